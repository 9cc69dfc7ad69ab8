using Lab.Maps;

namespace Lab.Implementations.Tests.Conformance;

public sealed class SmokeTests
{
    public static TheoryData<string> AllIds() => [.. MapCatalog.All.Select(entry => entry.Id)];

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Set_then_get_returns_the_value(string id)
    {
        var map = MapCatalog.Get(id).Create<int, string>();
        map.Set(1, "one");
        Assert.True(map.TryGetValue(1, out var value));
        Assert.Equal("one", value);
        Assert.Equal(1, map.Count);
    }
}
