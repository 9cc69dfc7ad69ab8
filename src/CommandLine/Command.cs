namespace Lab.CommandLine;

/// <summary>
/// One command of the lab (<c>Lab.Plotter compare</c>, <c>Lab.Benchmarks rate</c>): its option table, its
/// operands, its help and the one error format. The table is the whole definition: <see cref="Parse"/> reads
/// a command line against it, <see cref="Help"/> renders it, <see cref="Run"/> does both and turns every
/// <see cref="UsageException"/> into <c>error: &lt;problem&gt; (see &lt;command&gt; --help)</c> and exit code 2.
/// <para>
/// Accepted shapes: <c>--name value</c> and <c>--name=value</c>; an option given again adds a value (the
/// last one counts unless the command reads them all); a value may not start with <c>--</c> (then the option
/// "needs a value") nor be empty; <c>--help</c>, <c>-h</c> and <c>-?</c> ask for the help wherever they stand.
/// </para>
/// </summary>
public sealed class Command
{
    private static readonly string[] helpNames = ["--help", "-h", "-?"];
    private readonly Dictionary<string, Option> byName = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Option> options = [];

    /// <summary>Creates a command; give its table with the init properties.</summary>
    /// <param name="name">As the user names it in messages: the program and the verb (<c>Lab.Plotter compare</c>).</param>
    /// <param name="summary">The help's first paragraph: what the command does.</param>
    public Command(string name, string summary)
    {
        Name = name;
        Summary = summary;
    }

    /// <summary>The program and the verb, as <c>(see &lt;name&gt; --help)</c> names them.</summary>
    public string Name { get; }

    /// <summary>The help's first paragraph.</summary>
    public string Summary { get; }

    /// <summary>The usage lines, without "Usage:".</summary>
    public IReadOnlyList<string> Usage { get; init; } = [];

    /// <summary>The option table, in the help's order (<c>--help</c> is added by the command).</summary>
    /// <exception cref="ArgumentException">Two options share a name.</exception>
    public IReadOnlyList<Option> Options
    {
        get => options;
        init
        {
            options = value;
            foreach (var option in value)
            {
                foreach (var name in (IEnumerable<string>)[option.Name, .. option.Aliases])
                {
                    if (helpNames.Contains(name, StringComparer.Ordinal) || !byName.TryAdd(name, option))
                    {
                        throw new ArgumentException($"{Name}: the option {name} is declared twice.", nameof(value));
                    }
                }
            }
        }
    }

    /// <summary>The operands the command takes; null for none.</summary>
    public Operands? Operands { get; init; }

    /// <summary>What happens to arguments the table does not know (default: refused).</summary>
    public UnknownArguments Unknown { get; init; } = UnknownArguments.Reject;

    /// <summary>The help's last paragraphs (exit codes, outputs, examples); may be empty.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Reads <paramref name="args"/> against the table.</summary>
    /// <param name="args">The arguments after the program and the verb.</param>
    /// <exception cref="UsageException">An unknown option (unless passed through), a missing or rejected value, an unexpected or missing operand.</exception>
    public ParseResult Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<Option, List<object?>>();
        var operands = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (helpNames.Contains(argument, StringComparer.Ordinal))
            {
                return new ParseResult([], [], [], helpRequested: true);
            }

            if (argument.Length > 1 && argument[0] == '-')
            {
                var (name, inline) = Split(argument);
                if (!byName.TryGetValue(name, out var option))
                {
                    unknown.Add(Unknown == UnknownArguments.PassThrough ? argument : throw new UsageException($"unknown option '{name}'"));
                    continue;
                }

                object? value = null;
                if (!option.TakesValue)
                {
                    _ = inline is null ? 0 : throw new UsageException($"{option.Name} takes no value");
                }
                else
                {
                    var text = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "");
                    value = text.Length > 0 ? option.ParseValue(text) : throw new UsageException($"{option.Name} needs a value");
                }

                if (!values.TryGetValue(option, out var given))
                {
                    values[option] = given = [];
                }

                given.Add(value);
            }
            else if (Operands is { } shape && operands.Count < shape.Max)
            {
                operands.Add(argument);
            }
            else if (Unknown == UnknownArguments.PassThrough)
            {
                unknown.Add(argument);
            }
            else
            {
                throw new UsageException(Operands is { } taken
                    ? $"unexpected argument '{argument}': takes {(taken.Min == taken.Max ? "" : "at most ")}{(taken.Max == 1 ? "one" : taken.Max)} {taken.Name}"
                    : $"unexpected argument '{argument}'");
            }
        }

        if (Operands is { } required && operands.Count < required.Min)
        {
            throw new UsageException($"missing {required.Name}");
        }

        return new ParseResult(values, operands, unknown, helpRequested: false);
    }

    /// <summary>The help: summary, usage, the option table (one column of names, one of help), notes.</summary>
    public string Help() => HelpWriter.Render(this);

    /// <summary>The one error line: <c>error: &lt;problem&gt; (see &lt;command&gt; --help)</c>.</summary>
    /// <param name="problem">What is wrong, naming the option or value.</param>
    public string ErrorLine(string problem) => $"error: {problem} (see {Name} --help)";

    /// <summary>Writes <see cref="ErrorLine"/> and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="problem">What is wrong.</param>
    public int Fail(TextWriter error, string problem)
    {
        error.WriteLine(ErrorLine(problem));
        return ExitCodes.BadInput;
    }

    /// <summary>
    /// Parses <paramref name="args"/>, prints the help when asked (exit 0), else runs <paramref name="body"/>;
    /// a <see cref="UsageException"/> from either becomes <see cref="Fail"/>'s line and exit code 2.
    /// </summary>
    /// <param name="args">The arguments after the program and the verb.</param>
    /// <param name="output">Where the help goes.</param>
    /// <param name="error">Where the error line goes.</param>
    /// <param name="body">The command's work; its return value is the exit code.</param>
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<ParseResult, int> body)
    {
        try
        {
            var parsed = Parse(args);
            if (parsed.HelpRequested)
            {
                output.WriteLine(Help());
                return ExitCodes.Success;
            }

            return body(parsed);
        }
        catch (UsageException exception)
        {
            return Fail(error, exception.Message);
        }
    }

    /// <summary>The options the help lists, <c>--help</c> last.</summary>
    internal IEnumerable<Option> VisibleOptions => options.Where(option => !option.Hidden).Append(HelpOption);

    private static Flag HelpOption { get; } = new("--help", "this text") { Aliases = ["-h"] };

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (argument[..equals], argument[(equals + 1)..]) : (argument, null);
    }
}
