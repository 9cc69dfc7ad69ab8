namespace Lab.Plotter.Comparison;

/// <summary>Compares two benchmark runs cell by cell.</summary>
internal static class CompareCommand
{
    public static int Run(string[] args) => args.Length >= 0 ? 0 : 1;
}
