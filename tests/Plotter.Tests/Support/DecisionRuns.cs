namespace Lab.Plotter.Tests.Support;

/// <summary>
/// The rate run the decision-page tests share: 10K and 100K entries, 1 and 4 readers, rates 0, 100 and
/// 1,000, maps cow (reads 12M/s at 100K, 4 readers, 1,000 writes/s), concurrent (10M/s) and rwlock (4M/s)
/// everywhere, plus the harness row noop (the fastest, never recommended); three replicates a cell, at
/// 0.98, 1 and 1.02 times the level (cow's at 1.02, 1, 0.98: the per-replicate ratios cow ÷ concurrent at
/// 100K, 4 readers, 1,000/s are 1.248, 1.2, 1.153). At 10K, 1 reader, rate 0, concurrent reads as fast as cow: a tie.
/// </summary>
public static class DecisionRuns
{
    /// <summary>Reader throughput of a map in the shared run.</summary>
    public static double Throughput(string map, int size, int readers, string rate)
        => map switch
        {
            "noop" => 90e6,
            "cow" when size == 100_000 && readers == 4 && rate == "1000" => 12e6,
            "cow" => 11e6,
            "concurrent" when size == 10_000 && readers == 1 && rate == "0" => 11e6,
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
                        for (var replicate = 1; replicate <= 3; replicate++)
                        {
                            var factor = map == "cow" ? 1.04 - (0.02 * replicate) : 0.96 + (0.02 * replicate);
                            folder.Add(map, size, readers, rate, Throughput(map, size, readers, rate) * factor, p999Ns: map == "cow" ? 1_500 : 900, replicate: replicate);
                        }
                    }
                }
            }
        }

        return folder.Write();
    }
}
