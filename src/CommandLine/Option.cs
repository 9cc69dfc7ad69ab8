namespace Lab.CommandLine;

/// <summary>
/// One row of a command's option table: its name (<c>--name</c>), other spellings, the value it takes (none
/// for a <see cref="Flag"/>) and its help text. An option may be given more than once: a
/// <see cref="ParseResult"/> keeps every value in order; <see cref="ParseResult.Get{T}(ValueOption{T})"/> takes
/// the last (a later option overrides an earlier one, as scripts that prepend defaults need).
/// </summary>
public abstract class Option
{
    /// <summary>Creates the row.</summary>
    /// <param name="name">The option as typed, with its dashes (<c>--results</c>).</param>
    /// <param name="valueName">The value's placeholder in the help (<c>&lt;dir&gt;</c>); null for a flag.</param>
    /// <param name="help">The help text; more lines continue under the first.</param>
    private protected Option(string name, string? valueName, string help)
    {
        if (!name.StartsWith('-') || name.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not an option name (--name).", nameof(name));
        }

        Name = name;
        ValueName = valueName;
        Help = help;
    }

    /// <summary>The option as typed, with its dashes.</summary>
    public string Name { get; }

    /// <summary>Other spellings of the same option (<c>-h</c> for <c>--help</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The value's placeholder in the help; null for a flag.</summary>
    public string? ValueName { get; }

    /// <summary>The help text.</summary>
    public string Help { get; }

    /// <summary>True for an option the help does not list (an older spelling, a child process's option).</summary>
    public bool Hidden { get; init; }

    /// <summary>True when the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>The option's names as the help shows them: <c>--help, -h</c> or <c>--results &lt;dir&gt;</c>.</summary>
    internal string Label => string.Join(", ", [Name, .. Aliases]) + (ValueName is null ? "" : " " + ValueName);

    /// <summary>The value of <paramref name="text"/>; a flag has none.</summary>
    internal abstract object? ParseValue(string text);
}
