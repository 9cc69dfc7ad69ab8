using System.Globalization;

namespace Lab.Results;

/// <summary>
/// The stable id of a benchmark cell, <c>scenario/map/mix/size/threads/keys</c> (e.g.
/// <c>matrix/cow/read90/10000/2/uniform</c>; the size is empty where a benchmark has none): the
/// <c>cell</c> value of summary.csv, measurements.csv and verdicts.csv, and the cell the in-process
/// paired runner measures. The only place the id is composed and parsed.
/// </summary>
/// <param name="Scenario">Benchmark family: <c>matrix</c>, <c>targets</c>, <c>store</c>, ...</param>
/// <param name="Map">Catalog id, <c>noop</c>, a reference map or another benchmark's variant.</param>
/// <param name="Mix">Matrix mix (<c>read90</c>, <c>churn</c>) or operation (<c>lookup</c>, ...).</param>
/// <param name="Size">Entries prefilled; null where the benchmark has no size.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="Keys">Key distribution.</param>
public readonly record struct CellId(string Scenario, string Map, string Mix, int? Size, int Threads, string Keys)
{
    /// <summary>The shape of an id, for messages.</summary>
    public const string Shape = "scenario/map/mix/size/threads/keys";

    /// <summary>The placeholder of the map in a cell template (<c>targets/{map}/lookup/1000/1/uniform</c>).</summary>
    public const string MapPlaceholder = "{map}";

    /// <summary>The id text.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scenario}/{Map}/{Mix}/{Size}/{Threads}/{Keys}");

    /// <summary>This cell with another map (a template's <see cref="MapPlaceholder"/> filled in).</summary>
    public CellId WithMap(string map) => this with { Map = map };

    /// <summary>True when the map is <see cref="MapPlaceholder"/>.</summary>
    public bool IsTemplate => Map == MapPlaceholder;

    /// <summary>Parses an id: six non-empty parts (the size may be empty), size and threads integers.</summary>
    public static bool TryParse(string? text, out CellId cell)
    {
        cell = default;
        if (text?.Split('/') is not [var scenario, var map, var mix, var sizeText, var threadsText, var keys]
            || scenario.Length == 0 || map.Length == 0 || mix.Length == 0 || keys.Length == 0)
        {
            return false;
        }

        int? size = null;
        if (sizeText.Length > 0)
        {
            if (!int.TryParse(sizeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                return false;
            }

            size = parsed;
        }

        if (!int.TryParse(threadsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var threads))
        {
            return false;
        }

        cell = new CellId(scenario, map, mix, size, threads, keys);
        return cell.ToString() == text;
    }

    /// <summary>Parses an id; throws <see cref="FormatException"/> naming the expected shape.</summary>
    public static CellId Parse(string text)
        => TryParse(text, out var cell) ? cell : throw new FormatException($"'{text}' is not a cell id ({Shape})");
}
