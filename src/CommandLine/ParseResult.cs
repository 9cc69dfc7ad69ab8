namespace Lab.CommandLine;

/// <summary>A command line parsed against a <see cref="Command"/>'s table: the options given, their values, the operands, and what passed through.</summary>
public sealed class ParseResult
{
    private readonly Dictionary<Option, List<object?>> values;

    internal ParseResult(Dictionary<Option, List<object?>> values, IReadOnlyList<string> operands, IReadOnlyList<string> unknown, bool helpRequested)
    {
        this.values = values;
        Operands = operands;
        Unknown = unknown;
        HelpRequested = helpRequested;
    }

    /// <summary>True when <c>--help</c> (or <c>-h</c>, <c>-?</c>) was given: nothing else was checked.</summary>
    public bool HelpRequested { get; }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Operands { get; }

    /// <summary>With <see cref="UnknownArguments.PassThrough"/>, every argument the table does not know, in order, values included.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>True when <paramref name="option"/> was given at least once.</summary>
    /// <param name="option">An option of the command's table.</param>
    public bool Has(Option option) => values.ContainsKey(option);

    /// <summary>The last value given to <paramref name="option"/>; the type's default (null for references) when it was not given.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="option">An option of the command's table.</param>
    public T? Get<T>(ValueOption<T> option) => values.TryGetValue(option, out var given) ? (T?)given[^1] : default;

    /// <summary>The last value given to <paramref name="option"/>, or <paramref name="fallback"/> when it was not given.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="option">An option of the command's table.</param>
    /// <param name="fallback">The default.</param>
    public T Get<T>(ValueOption<T> option, T fallback) => values.TryGetValue(option, out var given) ? (T)given[^1]! : fallback;

    /// <summary>Every value given to a repeatable option (<c>--base a --base b</c>), in order.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="option">An option of the command's table.</param>
    public IReadOnlyList<T> All<T>(ValueOption<T> option) => values.TryGetValue(option, out var given) ? [.. given.Cast<T>()] : [];
}
