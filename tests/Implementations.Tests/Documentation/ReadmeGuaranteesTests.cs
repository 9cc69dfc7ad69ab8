using System.Text;
using Lab.Maps;
using Lab.References;

namespace Lab.Implementations.Tests.Documentation;

/// <summary>Keeps docs/maps.md's guarantees table identical to what the catalog and the reference rows declare.</summary>
public sealed class ReadmeGuaranteesTests
{
    private const string header =
        "| id | design | read path | write path | what a reader may see | batch atomicity | left by a batch whose comparer throws | snapshot cost | memory behavior |";

    [Fact]
    public void Readme_guarantees_table_matches_the_catalog()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "maps.md"));
        var expected = Render();
        Assert.True(
            readme.Contains(expected, StringComparison.Ordinal),
            "docs/maps.md's guarantees table is out of date. Replace it with:\n" + expected);
    }

    [Fact]
    public void Catalog_ids_are_unique_short_and_lowercase()
    {
        var ids = LabMaps.All.Select(entry => entry.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9-]{1,15}$", id));
        Assert.Equal(Enum.GetValues<MapKind>().Length, MapCatalog.All.Count);
        Assert.Equal(MapCatalog.All.Count, Enum.GetValues<MapKind>().Select(MapCatalog.Get).Distinct().Count());
    }

    [Fact]
    public void Only_the_dictionary_baseline_is_not_thread_safe()
        => Assert.Equal(["dictionary"], LabMaps.All.Where(entry => !entry.IsThreadSafe).Select(entry => entry.Id));

    private static string Render()
    {
        var table = new StringBuilder()
            .Append(header).Append('\n')
            .Append("|---|---|---|---|---|---|---|---|---|").Append('\n');
        foreach (var entry in LabMaps.All)
        {
            var g = entry.Guarantees;
            table.Append($"| `{entry.Id}` | {entry.DisplayName} | {g.ReadPath} | {g.WritePath} | {g.ReaderSees} | {g.BatchAtomicity} | {g.FailedBatchLeaves} | {g.SnapshotCost} | {g.MemoryBehavior} |")
                .Append('\n');
        }

        return table.ToString();
    }
}
