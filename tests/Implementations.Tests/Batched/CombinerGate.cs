using Lab.Implementations.Tests.Support;

namespace Lab.Implementations.Tests.Batched;

/// <summary>
/// Holds a <see cref="Lab.Maps.BatchedCowMap{TKey, TValue}"/> combiner inside its comparer: the
/// first time the comparer hashes <see cref="Key"/> it blocks until <see cref="Release"/>, so that
/// other writers line up behind the busy combiner. Optionally refuses a poisoned key.
/// </summary>
internal sealed class CombinerGate : IDisposable
{
    /// <summary>The key whose first hashing blocks.</summary>
    public const string Key = "gate";

    private readonly ManualResetEventSlim held = new();
    private readonly ManualResetEventSlim released = new();
    private int closed;

    public CombinerGate(string? poison = null)
    {
        var refuse = poison is null ? null : HookedComparer.Refusing(poison);
        Comparer = new HookedComparer(key =>
        {
            if (key == Key && Interlocked.Exchange(ref closed, 1) == 0)
            {
                held.Set();
                if (!released.Wait(FailureGuard.Timeout))
                {
                    throw new TimeoutException("The gate was never released.");
                }
            }

            refuse?.Invoke(key);
        });
    }

    /// <summary>The comparer to build the map with.</summary>
    public HookedComparer Comparer { get; }

    /// <summary>Waits until a combiner is blocked in the comparer.</summary>
    public void WaitUntilHeld() => Assert.True(held.Wait(FailureGuard.Timeout), "no combiner reached the gate");

    /// <summary>Lets the blocked combiner go on.</summary>
    public void Release() => released.Set();

    public void Dispose()
    {
        released.Set();
        held.Dispose();
        released.Dispose();
    }
}
