using Lab.References;

namespace Lab.Plotter.Analysis;

/// <summary>
/// The matrix cells a complete run would have but this one lacks: every map seen in the run crossed
/// with every mix, size, thread count and key distribution seen, minus the cells present. The
/// unsynchronized baseline is expected only in single-threaded pure-read cells (issue 3). Cell ids in
/// <see cref="MatrixView"/> dimension order.
/// </summary>
internal static class AbsentCells
{
    public static IReadOnlyList<string> Find(MatrixView matrix)
    {
        var absent = new List<string>();
        foreach (var keys in matrix.Keys)
        {
            foreach (var map in matrix.Maps)
            {
                foreach (var mix in matrix.Mixes)
                {
                    foreach (var size in matrix.Sizes)
                    {
                        foreach (var threads in matrix.Threads)
                        {
                            if (IsExpected(map, matrix.ReadPercentOf(mix), threads) && matrix.Find(map, mix, size, threads, keys) is null)
                            {
                                absent.Add(new CellId(ScenarioNames.Matrix, map, mix, size, threads, keys).ToString());
                            }
                        }
                    }
                }
            }
        }

        return absent;
    }

    private static bool IsExpected(string map, int? readPercent, int threads)
        => map == HarnessMap.Id || LabMaps.Get(map).IsThreadSafe || (threads == 1 && readPercent == 100);
}
