namespace Lab.Paired.Tests;

public class PairedSessionTests
{
    [Fact]
    public void Every_pair_runs_both_sides_once_in_a_random_order()
    {
        var order = new List<char>();
        long A(int invocations)
        {
            order.Add('a');
            return invocations;
        }

        long B(int invocations)
        {
            order.Add('b');
            return invocations;
        }

        var ratios = PairedSession.Run(A, B, pairs: 200, invocationsPerSlice: 3, warmupPairs: 5, new Random(1));

        Assert.Equal(200, ratios.Length);
        Assert.All(ratios, r => Assert.True(double.IsFinite(r)));
        var measured = order.Skip(order.Count - 400).Chunk(2).Select(p => new string(p)).ToList();
        Assert.All(measured, p => Assert.Contains(p, new[] { "ab", "ba" }));
        Assert.InRange(measured.Count(p => p == "ab"), 70, 130); // both orders, about half each
    }

    [Theory]
    [InlineData(new[] { "--base", "a", "--maps", "cow", "--cell", "targets/{map}/lookup/1000/1/uniform" }, "--maps cow")]
    [InlineData(new[] { "--base", "a", "--maps", "cow,dictionary", "--cell", "targets/cow/lookup/1000/1/uniform" }, "{map}")]
    [InlineData(new[] { "--base", "a", "--cell", "c" }, "--diff or --maps are required")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--pairs", "0" }, "--pairs 0")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--colour", "red" }, "unknown option --colour")]
    public void Bad_options_are_refused_naming_the_problem(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => PairedOptions.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_mode_parses_two_maps()
    {
        var options = PairedOptions.Parse(["--base", "a", "--maps", "cow,dictionary", "--cell", "targets/{map}/lookup/1000/1/uniform", "--diff-first"]);

        Assert.NotNull(options);
        Assert.Equal(("cow", "dictionary"), options.Maps);
        Assert.True(options.DiffFirst);
    }
}
