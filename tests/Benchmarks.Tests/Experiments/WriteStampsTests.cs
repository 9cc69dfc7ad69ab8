using Lab.Benchmarks.Experiments;

namespace Lab.Benchmarks.Tests.Experiments;

public sealed class WriteStampsTests
{
    [Fact]
    public void Stamps_are_negative_and_never_repeat_across_workers()
    {
        var stamps = new WriteStamps(3);
        var seen = new HashSet<int>();
        for (var round = 0; round < 1_000; round++)
        {
            for (var worker = 0; worker < 3; worker++)
            {
                var value = stamps.Next(worker);
                Assert.True(value < 0, $"{value}");
                Assert.True(seen.Add(value), $"{value} repeated");
            }
        }
    }
}
