namespace Lab.Benchmarks.Workloads;

/// <summary>
/// An operation mix as plain data: the share of reads in per mille, the rest writes. Writes update
/// existing keys, so the map's size never drifts; a churn mix writes remove + reinsert pairs of
/// the same key instead (the size dips by at most one entry per writing thread).
/// </summary>
/// <param name="Id">Stable id: a CSV value and part of benchmark ids; never rename one.</param>
/// <param name="ReadPermille">Reads per 1,000 operations, exact in every <see cref="BlockSize"/> block.</param>
/// <param name="Churn">True when writes are remove + reinsert pairs rather than updates.</param>
internal sealed record Mix(string Id, int ReadPermille, bool Churn)
{
    public static readonly Mix Read100 = new("read100", 1000, Churn: false);
    public static readonly Mix Read99 = new("read99", 990, Churn: false);
    public static readonly Mix Read90 = new("read90", 900, Churn: false);
    public static readonly Mix Read50 = new("read50", 500, Churn: false);

    /// <summary>90% reads; the other 10% are 50 remove + reinsert pairs per 1,000 operations.</summary>
    public static readonly Mix ChurnMix = new("churn", 900, Churn: true);

    /// <summary>Every mix, in report order.</summary>
    public static IReadOnlyList<Mix> All { get; } = [Read100, Read99, Read90, Read50, ChurnMix];

    /// <summary>Reads in percent, for the CSV's <c>read_pct</c> column.</summary>
    public int ReadPercent => ReadPermille / 10;

    /// <summary>Share of writes, from 0 to 1.</summary>
    public double WriteShare => (1000 - ReadPermille) / 1000.0;

    /// <summary>
    /// The smallest number of operations in which the mix is exact: a whole number of writes (an
    /// even number for churn pairs). Every operation stream is built from such blocks.
    /// </summary>
    public int BlockSize
    {
        get
        {
            for (var block = 1; ; block++)
            {
                var writeThousandths = block * (1000 - ReadPermille);
                if (writeThousandths % 1000 == 0 && (!Churn || writeThousandths / 1000 % 2 == 0))
                {
                    return block;
                }
            }
        }
    }

    /// <summary>The mix with the given id.</summary>
    public static Mix Get(string id)
        => All.FirstOrDefault(mix => mix.Id == id)
           ?? throw new ArgumentException($"Unknown mix '{id}'. Known mixes: {string.Join(", ", All.Select(mix => mix.Id))}.", nameof(id));
}
