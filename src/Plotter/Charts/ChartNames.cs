
namespace Lab.Plotter.Charts;

/// <summary>File names and title fragments shared by the chart families; names are stable across runs.</summary>
internal static class ChartNames
{
    public static string File(params object[] parts)
        => string.Join("-", parts.Select(part => part.ToString()!.ToLowerInvariant())) + ".png";

    public static string Entries(int size) => $"{Mixes.SizeLabel(size)} entries";

    public static string KeysLabel(string keys) => $"{keys} keys";
}
