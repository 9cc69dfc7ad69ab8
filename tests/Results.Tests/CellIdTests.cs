namespace Lab.Results.Tests;

public sealed class CellIdTests
{
    [Theory]
    [InlineData("matrix/cow/read90/10000/2/uniform")]
    [InlineData("targets/hamt/lookup-shuffled/1000/1/uniform")]
    [InlineData("store/read/read//1/uniform")]
    [InlineData("targets/{map}/lookup/1000/1/uniform")]
    public void Ids_round_trip(string text) => Assert.Equal(text, CellId.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("matrix/cow/read90/10000/two/uniform")]
    [InlineData("matrix/cow/read90/ten/2/uniform")]
    [InlineData("matrix//read90/10000/2/uniform")]
    [InlineData("matrix/cow/read90/10000/2/uniform/extra")]
    [InlineData("matrix/cow/read90/+10000/2/uniform")]
    public void Malformed_ids_are_refused(string text)
    {
        Assert.False(CellId.TryParse(text, out _));
        Assert.Contains(CellId.Shape, Assert.Throws<FormatException>(() => CellId.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_is_filled_with_a_map()
    {
        var template = CellId.Parse("targets/{map}/lookup/1000/1/uniform");
        Assert.True(template.IsTemplate);
        Assert.Equal("targets/cow/lookup/1000/1/uniform", template.WithMap("cow").ToString());
    }

    [Theory]
    [InlineData("rate/cow/100000/2/100/workstation", 100.0)]
    [InlineData("rate/noop/1000/1/max/concurrent-off", null)]
    [InlineData("rate/hamt/10000/4/0/server", 0.0)]
    public void Rate_ids_round_trip_with_their_target(string text, double? target)
    {
        Assert.True(RateCellId.TryParse(text, out var cell));
        Assert.Equal(text, cell.ToString());
        Assert.Equal(target, cell.TargetWritesPerSecond);
        Assert.Equal("histograms/" + text.Replace('/', '_') + ".hlog", cell.HistogramPath);
    }

    [Theory]
    [InlineData("rate/cow/100000/2/fast/workstation")]
    [InlineData("rate/cow/100000/2/100/turbo")]
    [InlineData("rate/cow/0/2/100/workstation")]
    [InlineData("matrix/cow/100000/2/100/workstation")]
    public void Malformed_rate_ids_are_refused(string text) => Assert.False(RateCellId.TryParse(text, out _));
}
