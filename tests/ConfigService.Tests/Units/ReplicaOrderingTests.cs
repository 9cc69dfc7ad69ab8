using Lab.ConfigService.Http;
using Lab.ConfigService.Replica;
using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Tests.Units;

public sealed class ReplicaOrderingTests
{
    private static readonly ConfigOrigin copied = new(new Uri("http://127.0.0.1:5080/"), "a1", 5);

    [Theory]
    [InlineData("a1", 6L, true)]
    [InlineData("a1", 5L, false)]
    [InlineData("a1", 4L, false)]
    [InlineData("b2", 1L, true)]
    public void Only_newer_versions_of_the_same_origin_or_a_restarted_origin_are_copied(string instance, long version, bool expected) =>
        Assert.Equal(expected, ReplicaClient.IsNewer(new ConfigEntityTag(instance, version), copied));

    [Fact]
    public void Anything_is_newer_than_nothing() =>
        Assert.True(ReplicaClient.IsNewer(new ConfigEntityTag("a1", 1), null));
}
