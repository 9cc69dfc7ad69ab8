namespace Lab.CommandLine.Tests;

public sealed class VerbTableTests
{
    private static readonly VerbTable<Func<IReadOnlyList<string>, string>> table = new(
        new Verb<Func<IReadOnlyList<string>, string>>("compare", "judges two runs", args => "compare " + string.Join(' ', args)),
        new Verb<Func<IReadOnlyList<string>, string>>("rate-cell", "a child", _ => "child", Hidden: true));

    [Fact]
    public void The_first_argument_selects_a_verb_and_the_rest_are_its_arguments()
    {
        Assert.True(table.TryMatch(["compare", "--base", "a"], out var verb, out var rest));
        Assert.Equal("compare --base a", verb(rest));
    }

    [Fact]
    public void Anything_else_is_the_default_commands_whole_line()
    {
        Assert.False(table.TryMatch(["results/latest"], out _, out var rest));
        Assert.Equal(["results/latest"], rest);
        Assert.False(table.TryMatch([], out _, out _));
    }

    [Fact]
    public void The_help_lists_the_visible_verbs()
        => Assert.Equal("  compare   judges two runs", table.Describe());
}
