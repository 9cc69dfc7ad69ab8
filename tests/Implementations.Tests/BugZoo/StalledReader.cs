using Lab.Implementations.Tests.Support;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// A one-shot forced interleaving for the broken left-right maps: the first reader to reach
/// <see cref="TryStall"/> stops there, on the copy it is about to read, until a writer reports
/// through <see cref="WriterChanging"/> that it has half changed that very copy; the writer then
/// waits until the reader has read the copy and called <see cref="Finished"/>. A correct left-right
/// map never lets a writer change a copy a reader may be in, so only a broken one meets this
/// interleaving, and when it does its reader sees a half-applied batch on every run.
/// </summary>
/// <remarks>
/// Waits are bounded only so that a misused map cannot hang a test run; when one expires the
/// interleaving did not happen and the zoo test fails loudly. The bound is the suite's
/// <see cref="FailureGuard"/>, not a shorter one: a writer that waits for preempted readers (the
/// flag-before-arrival map keeps the real wait) can take tens of seconds to reach its first batch
/// on a loaded 2-core machine, and a 30-second bound let the stall expire there before the batch.
/// </remarks>
internal sealed class StalledReader
{
    private const int idle = 0;
    private const int claiming = 1;
    private const int stalled = 2;
    private const int resumed = 3;
    private const int finished = 4;

    private readonly ManualResetEventSlim resumeSignal = new();
    private readonly ManualResetEventSlim finishedSignal = new();
    private int state;
    private int side = -1;

    /// <summary>
    /// The first caller stalls until a writer half changes <paramref name="copy"/>, and returns
    /// <see langword="true"/>: it must call <see cref="Finished"/> once it has read the copy. Every
    /// other caller returns <see langword="false"/> at once.
    /// </summary>
    public bool TryStall(int copy)
    {
        if (Interlocked.CompareExchange(ref state, claiming, idle) != idle)
        {
            return false;
        }

        Volatile.Write(ref side, copy);
        Volatile.Write(ref state, stalled);
        resumeSignal.Wait(FailureGuard.Timeout);
        return true;
    }

    /// <summary>Called by a writer that has applied part of a batch to <paramref name="copy"/>.</summary>
    public void WriterChanging(int copy)
    {
        if (Volatile.Read(ref state) == stalled
            && Volatile.Read(ref side) == copy
            && Interlocked.CompareExchange(ref state, resumed, stalled) == stalled)
        {
            resumeSignal.Set();
            finishedSignal.Wait(FailureGuard.Timeout);
        }
    }

    /// <summary>The stalled reader has read its copy.</summary>
    public void Finished()
    {
        Volatile.Write(ref state, finished);
        finishedSignal.Set();
    }
}
