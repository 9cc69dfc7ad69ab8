using System.Collections.Immutable;

namespace Lab.CowStore.Tests;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Identical_values_have_no_changes()
    {
        Assert.Empty(SnapshotDiff.Compare(ServiceConfig.Default, ServiceConfig.Default));
        Assert.Empty(SnapshotDiff.Compare(ServiceConfig.Default, ServiceConfig.Default with { Hosts = [], Features = ImmutableDictionary<string, bool>.Empty }));
    }

    [Fact]
    public void Changed_scalars_are_reported_with_old_and_new_values()
    {
        var changes = SnapshotDiff.Compare(ServiceConfig.Default, ServiceConfig.Default with { LogLevel = "debug", Timeout = TimeSpan.FromSeconds(1) });

        Assert.Equal(
            [new MemberChange("LogLevel", ChangeKind.Changed, "info", "debug"), new MemberChange("Timeout", ChangeKind.Changed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1))],
            changes);
    }

    [Fact]
    public void Dictionary_keys_are_added_removed_and_changed()
    {
        var before = ServiceConfig.Default with { Features = ImmutableDictionary<string, bool>.Empty.Add("a", true).Add("b", true) };
        var after = before with { Features = before.Features.Remove("a").SetItem("b", false).Add("c", true) };

        var changes = SnapshotDiff.Compare(before, after).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new MemberChange("Features[a]", ChangeKind.Removed, true, null),
                new MemberChange("Features[b]", ChangeKind.Changed, true, false),
                new MemberChange("Features[c]", ChangeKind.Added, null, true),
            ],
            changes);
    }

    [Fact]
    public void List_items_are_compared_by_index()
    {
        var before = ServiceConfig.Default with { Hosts = ["a", "b", "c"] };

        Assert.Equal([new MemberChange("Hosts[3]", ChangeKind.Added, null, "d")], SnapshotDiff.Compare(before, before with { Hosts = before.Hosts.Add("d") }));
        Assert.Equal([new MemberChange("Hosts[2]", ChangeKind.Removed, "c", null)], SnapshotDiff.Compare(before, before with { Hosts = ["a", "b"] }));
        Assert.Equal([new MemberChange("Hosts[1]", ChangeKind.Changed, "b", "x")], SnapshotDiff.Compare(before, before with { Hosts = ["a", "x", "c"] }));
    }

    [Fact]
    public void Sets_report_added_and_removed_elements()
    {
        var before = new Tagged(ImmutableHashSet.Create("red", "green"));
        var after = new Tagged(ImmutableHashSet.Create("green", "blue"));

        var changes = SnapshotDiff.Compare(before, after);

        Assert.Equal([new MemberChange("Tags[red]", ChangeKind.Removed, "red", null), new MemberChange("Tags[blue]", ChangeKind.Added, null, "blue")], changes);
    }

    [Fact]
    public void Nested_records_inside_collections_are_walked()
    {
        var before = new Cluster("eu", null, ImmutableDictionary<string, Node>.Empty.Add("n1", new Node("10.0.0.1", 80, ["x"])));
        var after = before with
        {
            Owner = new Owner("ops"),
            Nodes = before.Nodes.SetItem("n1", new Node("10.0.0.1", 8080, ["x", "y"])),
        };

        var changes = SnapshotDiff.Compare(before, after);

        Assert.Equal(
            [
                new MemberChange("Owner", ChangeKind.Added, null, new Owner("ops")),
                new MemberChange("Nodes[n1].Port", ChangeKind.Changed, 80, 8080),
                new MemberChange("Nodes[n1].Labels[1]", ChangeKind.Added, null, "y"),
            ],
            changes);
    }

    [Fact]
    public void Snapshots_of_a_store_can_be_compared()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;
        var after = store.Update(c => c with { MaxRetries = 9, Hosts = c.Hosts.Add("h") });

        Assert.Equal(
            ["~ MaxRetries: 3 -> 9", "+ Hosts[0] = h"],
            SnapshotDiff.Compare(before, after).Select(c => c.ToString()));
    }

    [Fact]
    public void A_cyclic_value_fails_clearly()
    {
        var a = new Link { Name = "a" };
        var b = new Link { Name = "b", Next = a };
        a.Next = b;
        var c = new Link { Name = "a" };
        var d = new Link { Name = "b", Next = c };
        c.Next = d;

        var error = Assert.Throws<InvalidOperationException>(() => SnapshotDiff.Compare(a, c));
        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
    }

    public sealed record Tagged(ImmutableHashSet<string> Tags);

    public sealed record Owner(string Team);

    public sealed record Node(string Address, int Port, ImmutableList<string> Labels);

    public sealed record Cluster(string Region, Owner? Owner, ImmutableDictionary<string, Node> Nodes);

    public sealed class Link
    {
        public string Name { get; set; } = "";

        public Link? Next { get; set; }
    }
}
