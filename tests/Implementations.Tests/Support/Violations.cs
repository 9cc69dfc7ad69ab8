using System.Collections.Concurrent;

namespace Lab.Implementations.Tests.Support;

/// <summary>
/// Thread-safe collector of the contract violations a concurrent check observes. Checks return
/// it instead of throwing from worker threads, so a test can assert none were seen and a bug-zoo
/// test can assert some were.
/// </summary>
public sealed class Violations
{
    private const int keptLimit = 20;
    private readonly ConcurrentQueue<string> kept = new();
    private int total;

    /// <summary>Every violation recorded, including those not kept for the message.</summary>
    public int Count => Volatile.Read(ref total);

    /// <summary>The first violations recorded, verbatim.</summary>
    public IReadOnlyCollection<string> First => kept;

    /// <summary>Records one violation; only the first few are kept verbatim.</summary>
    public void Add(string violation)
    {
        if (Interlocked.Increment(ref total) <= keptLimit)
        {
            kept.Enqueue(violation);
        }
    }

    /// <summary>Fails the test, listing the first violations, unless none were recorded.</summary>
    public void AssertNone(string subject)
    {
        if (Count > 0)
        {
            Assert.Fail($"{subject}: {Count} violation(s), first ones:{Environment.NewLine}{string.Join(Environment.NewLine, kept)}");
        }
    }

    public override string ToString() => $"{Count} violation(s): {string.Join("; ", kept)}";
}
