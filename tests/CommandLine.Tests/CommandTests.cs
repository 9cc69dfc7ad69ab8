namespace Lab.CommandLine.Tests;

public sealed class CommandTests
{
    private static readonly ValueOption<string> results = new("--results", "<dir>", "where results go", ValueParsers.Text);
    private static readonly ValueOption<string> @base = new("--base", "<folder>", "a base run; repeatable", ValueParsers.Text);
    private static readonly ValueOption<double> threshold = new("--threshold", "<p%>", "smallest change", ValueParsers.Percent(0, 1));
    private static readonly ValueOption<double> noise = new("--noise", "<x>ns", "noise floor", ValueParsers.Nanoseconds);
    private static readonly ValueOption<IReadOnlyList<int>> sizes = new("--sizes", "N[,N...]", "sizes", ValueParsers.WholeNumber(1, 100, "a size from 1 to 100").List());
    private static readonly Flag plan = new("--plan", "print the plan\nand run nothing");

    private static readonly Command strict = new("Lab.Test verb", "A test command.")
    {
        Usage = ["Lab.Test verb [options] <folder>"],
        Options = [results, @base, threshold, noise, sizes, plan],
        Operands = new("<folder>", 0, 1),
        Notes = "Exit codes: 0 done, 2 bad input.",
    };

    private static readonly Command passing = new("Lab.Test", "Passes what it does not know.")
    {
        Options = [results, plan],
        Unknown = UnknownArguments.PassThrough,
    };

    [Fact]
    public void Unknown_arguments_pass_through_in_order_with_multi_value_options_and_inline_values()
    {
        var parsed = passing.Parse(["--filter", "*a*", "*b*", "c", "--results=/tmp/r", "--job", "Dry", "--plan", "--list=flat", "-f", "x"]);

        Assert.Equal(["--filter", "*a*", "*b*", "c", "--job", "Dry", "--list=flat", "-f", "x"], parsed.Unknown);
        Assert.Equal("/tmp/r", parsed.Get(results));
        Assert.True(parsed.Has(plan));
    }

    [Fact]
    public void Repeated_options_keep_every_value_and_the_last_one_counts()
    {
        var parsed = strict.Parse(["--base", "a", "--base=b", "--results", "x", "--results", "y"]);

        Assert.Equal(["a", "b"], parsed.All(@base));
        Assert.Equal("y", parsed.Get(results));
    }

    [Theory]
    [InlineData("5%", 0.05)]
    [InlineData("2.5%", 0.025)]
    public void Percentages_are_written_with_their_sign(string text, double expected)
        => Assert.Equal(expected, strict.Parse(["--threshold", text]).Get(threshold), 12);

    [Theory]
    [InlineData("0.5ns", 0.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("0", 0)]
    public void Nanoseconds_take_their_unit_or_none(string text, double expected)
        => Assert.Equal(expected, strict.Parse(["--noise", text]).Get(noise));

    [Fact]
    public void Lists_drop_repeats_and_keep_order()
        => Assert.Equal([10, 1], strict.Parse(["--sizes", "10, 1,10"]).Get(sizes));

    [Theory]
    [InlineData("unknown option '--colour'", "--colour", "red")]
    [InlineData("unknown option '--colour'", "--colour=red")]
    [InlineData("--results needs a value", "--results")]
    [InlineData("--results needs a value", "--results", "--plan")]
    [InlineData("--results needs a value", "--results=")]
    [InlineData("--plan takes no value", "--plan=yes")]
    [InlineData("--threshold: '5' is not a percentage above 0% and below 100% such as 5%", "--threshold", "5")]
    [InlineData("--threshold: '100%' is not a percentage", "--threshold", "100%")]
    [InlineData("--noise: '-1ns' is not a non-negative duration in nanoseconds", "--noise", "-1ns")]
    [InlineData("--sizes: '0' is not a size from 1 to 100", "--sizes", "10,0")]
    [InlineData("--sizes: '' is not a size from 1 to 100", "--sizes", "10,")]
    [InlineData("unexpected argument 'b': takes at most one <folder>", "a", "b")]
    public void Bad_command_lines_name_the_problem(string problem, params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => strict.Parse(args));
        Assert.StartsWith(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_operands_are_named()
    {
        var command = new Command("Lab.Test publish", "Publishes.") { Operands = new("<run folder>", 1, 1) };
        Assert.Equal("missing <run folder>", Assert.Throws<UsageException>(() => command.Parse([])).Message);
        Assert.Equal(["x"], command.Parse(["x"]).Operands);
    }

    [Fact]
    public void Run_prints_one_error_line_and_exits_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = strict.Run(["--colour"], output, error, _ => throw new InvalidOperationException("not reached"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: unknown option '--colour' (see Lab.Test verb --help)" + Environment.NewLine, error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_usage_exception_from_the_body_gets_the_same_line()
    {
        using var error = new StringWriter();

        var code = strict.Run([], TextWriter.Null, error, _ => throw new UsageException("either --base or --paired is required"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error: either --base or --paired is required (see Lab.Test verb --help)", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_wins_wherever_it_stands_and_runs_nothing(string help)
    {
        using var output = new StringWriter();

        var code = strict.Run(["--results", "x", help, "--colour"], output, TextWriter.Null, _ => throw new InvalidOperationException("not reached"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(strict.Help() + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void The_help_lists_every_visible_option_with_its_value_and_continued_lines()
    {
        var hidden = new Flag("--older", "an older spelling") { Hidden = true };
        var command = new Command("Lab.Test", "Summary line.") { Usage = ["Lab.Test [options]", "Lab.Test verb"], Options = [results, plan, hidden], Notes = "Notes." };

        var lines = command.Help().Split(Environment.NewLine);

        Assert.Equal(
            [
                "Summary line.",
                "",
                "Usage: Lab.Test [options]",
                "       Lab.Test verb",
                "",
                "Options:",
                "  --results <dir>  where results go",
                "  --plan           print the plan",
                "                   and run nothing",
                "  --help, -h       this text",
                "",
                "Notes.",
            ],
            lines);
    }

    [Fact]
    public void An_option_declared_twice_is_refused()
        => Assert.Throws<ArgumentException>(() => new Command("Lab.Test", "x") { Options = [results, new Flag("--results", "again")] });
}
