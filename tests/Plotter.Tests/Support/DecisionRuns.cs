namespace Lab.Plotter.Tests.Support;

/// <summary>
/// The rate run the decision-page tests share: 10K and 100K entries, 1 and 4 readers, rates 0, 100 and
/// 1,000, maps cow (reads 12M/s at 100K, 4 readers, 1,000 writes/s), concurrent (10M/s) and rwlock (4M/s)
/// everywhere, plus the harness row noop (the fastest, never recommended).
/// </summary>
public static class DecisionRuns
{
    /// <summary>Reader throughput of a map in the shared run.</summary>
    public static double Throughput(string map, int size, int readers, string rate)
        => map switch
        {
            "noop" => 90e6,
            "cow" => size == 100_000 && readers == 4 && rate == "1000" ? 12e6 : 11e6,
            "concurrent" => 10e6,
            _ => 4e6,
        };

    /// <summary>Adds every cell of the shared run to <paramref name="folder"/> and writes it.</summary>
    public static string WriteDefault(DecisionRunFolder folder)
    {
        foreach (var size in new[] { 10_000, 100_000 })
        {
            foreach (var readers in new[] { 1, 4 })
            {
                foreach (var rate in new[] { "0", "100", "1000" })
                {
                    foreach (var map in new[] { "cow", "concurrent", "rwlock", "noop" })
                    {
                        folder.Add(map, size, readers, rate, Throughput(map, size, readers, rate), p999Ns: map == "cow" ? 1_500 : 900);
                    }
                }
            }
        }

        return folder.Write();
    }
}
