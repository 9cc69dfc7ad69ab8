namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// A one-shot forced interleaving that makes a bug-zoo map's race happen on every run instead of
/// by luck. The first thread to reach <see cref="TryHold"/> blocks inside the bug's window until
/// another thread reports, through <see cref="PartnerActed"/>, an action it began while the window
/// was open: exactly the interleaving that exposes the bug. From then until the holder calls
/// <see cref="Close"/>, any other thread reaching <see cref="TryHold"/> waits, so the holder's
/// operation overlaps the partner's action and nothing else that passes through the window.
/// </summary>
/// <remarks>
/// A partner samples <see cref="IsOpen"/> BEFORE its action and reports after it, so a reported
/// action provably happened inside the window. Waits are bounded only so that a misused map
/// cannot hang a test run; when one expires the race did not happen and the zoo test fails loudly.
/// </remarks>
internal sealed class RaceWindow
{
    private const int notYetOpened = 0;
    private const int open = 1;
    private const int closing = 2;
    private const int closed = 3;
    private static readonly TimeSpan hangGuard = TimeSpan.FromSeconds(30);

    private readonly ManualResetEventSlim partnerActed = new();
    private readonly ManualResetEventSlim closedSignal = new();
    private int state;

    /// <summary>True while the holder waits for a partner.</summary>
    public bool IsOpen => Volatile.Read(ref state) == open;

    /// <summary>
    /// The first caller waits here for a partner and returns <see langword="true"/>: it must call
    /// <see cref="Close"/> when its operation is over. A caller arriving after the partner acted
    /// waits for <see cref="Close"/>. Every other caller returns <see langword="false"/> at once.
    /// </summary>
    public bool TryHold()
    {
        var seen = Interlocked.CompareExchange(ref state, open, notYetOpened);
        if (seen == notYetOpened)
        {
            partnerActed.Wait(hangGuard);
            Interlocked.CompareExchange(ref state, closing, open);
            return true;
        }

        if (seen == closing)
        {
            closedSignal.Wait(hangGuard);
        }

        return false;
    }

    /// <summary>Reports an action that began when <see cref="IsOpen"/> read <paramref name="sawOpen"/>.</summary>
    public void PartnerActed(bool sawOpen)
    {
        if (sawOpen)
        {
            Interlocked.CompareExchange(ref state, closing, open);
            partnerActed.Set();
        }
    }

    /// <summary>Ends the holder's operation: the window never opens again.</summary>
    public void Close()
    {
        Volatile.Write(ref state, closed);
        closedSignal.Set();
    }
}
