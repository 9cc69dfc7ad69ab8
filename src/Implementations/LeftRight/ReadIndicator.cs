using System.Numerics;
using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// The read indicator of the left-right technique (Ramalhete and Correia, 2015): two striped
/// counters of readers inside a read, and the version index that says which of the two a reader
/// arrives on. It lets a writer wait until every read that might still see the side it is about
/// to change has ended, while readers never wait for anything.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reader</b>: <see cref="Arrive"/> reads the version index and adds one to a counter of that
/// version, chosen by <see cref="ReadIndicatorStriping"/>; <see cref="Depart"/> takes the same
/// counter down. Both are one interlocked instruction on a cache line that, striped, only readers
/// on the same core write: no lock, no retry, no allocation. The interlocked add is a full fence,
/// so the reader's later read of the flipped state is ordered after its arrival.
/// </para>
/// <para>
/// <b>Writer</b> (one at a time, after publishing its flip with a full fence):
/// <see cref="WaitForEarlierReaders"/> waits until the counters of the other version are zero,
/// moves the version index to it, then waits until the counters of the previous version are zero.
/// A reader that arrived after the writer read its counter as zero reads the flip (both sides are
/// fenced), so when the method returns no reader that could have seen the old state is inside a
/// read. New readers arrive on the new version, so a stream of readers cannot hold the writer
/// forever: it waits only for reads that were under way. Each counter is non-negative (a reader
/// departs from the counter it arrived on), so "every stripe reads zero" means "empty".
/// </para>
/// <para>
/// <b>Layout</b>: counters are 128 bytes apart, each on its own 64-byte line and never in the
/// line pair an x64 core's adjacent-line prefetcher pulls together (the BCL pads its hot counters
/// to 128 bytes on x64 for the same reason), with 128 bytes of padding before the first and after
/// the last, so no other object shares their lines. Per-processor striping costs
/// 2 x 128 bytes per processor.
/// </para>
/// </remarks>
internal sealed class ReadIndicator
{
    // Ints between two counters: 128 bytes.
    private const int stride = 32;

    // The number the next thread draws for PerThread striping; 0 means "not drawn yet".
    private static int lastThreadNumber;

    [ThreadStatic]
    private static int threadNumber;

    private readonly int[] counters;
    private readonly int stripes;
    private readonly int mask;
    private readonly ReadIndicatorStriping striping;
    private int versionIndex;

    public ReadIndicator(ReadIndicatorStriping striping)
    {
        var processors = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, Environment.ProcessorCount));
        stripes = striping switch
        {
            ReadIndicatorStriping.PerProcessor => processors,
            ReadIndicatorStriping.PerThread => processors * 4,
            ReadIndicatorStriping.Shared => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(striping), striping, "Unknown read indicator striping."),
        };
        mask = stripes - 1;
        this.striping = striping;

        // Version v, stripe s lives at CounterIndex(v, s); one stride of padding at each end.
        counters = new int[((2 * stripes) + 2) * stride];
    }

    /// <summary>Announces a reader; returns the counter to hand to <see cref="Depart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Arrive()
    {
        var counter = CounterIndex(Volatile.Read(ref versionIndex), Stripe() & mask);
        Interlocked.Increment(ref counters[counter]);
        return counter;
    }

    /// <summary>Ends the read announced by the <see cref="Arrive"/> that returned <paramref name="counter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Depart(int counter) => Interlocked.Decrement(ref counters[counter]);

    /// <summary>
    /// Writer only, serialized by the caller, after it published its flip with a full fence
    /// (an interlocked write): returns once every reader that arrived before the flip has departed.
    /// Counts on <paramref name="costs"/> each wait that found a reader still inside.
    /// </summary>
    public void WaitForEarlierReaders(CostCounterSet costs)
    {
        var previous = versionIndex;
        var next = previous ^ 1;
        WaitUntilEmpty(next, costs);
        Interlocked.Exchange(ref versionIndex, next);
        WaitUntilEmpty(previous, costs);
    }

    private int CounterIndex(int version, int stripe) => ((version * stripes) + stripe + 1) * stride;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Stripe() => striping switch
    {
        ReadIndicatorStriping.PerProcessor => Thread.GetCurrentProcessorId(),
        ReadIndicatorStriping.PerThread => ThreadNumber(),
        _ => 0,
    };

    private static int ThreadNumber()
    {
        var number = threadNumber;
        if (number == 0)
        {
            number = threadNumber = Interlocked.Increment(ref lastThreadNumber);
        }

        return number;
    }

    private void WaitUntilEmpty(int version, CostCounterSet costs)
    {
        var waited = false;
        var spinner = default(SpinWait);
        for (var stripe = 0; stripe < stripes; stripe++)
        {
            ref var counter = ref counters[CounterIndex(version, stripe)];
            while (Volatile.Read(ref counter) != 0)
            {
                if (!waited)
                {
                    waited = true;
                    costs.AddReaderWaitSerialized();
                }

                // Spins, then yields the core, never sleeps: the reader it waits for may need the
                // core, and a sleep would add a timer tick to every write a reader overlaps.
                spinner.SpinOnce(sleep1Threshold: -1);
            }
        }
    }
}
