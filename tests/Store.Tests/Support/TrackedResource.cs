namespace Lab.CowStore.Tests;

/// <summary>A disposable snapshot value that counts its disposals.</summary>
public sealed class TrackedResource(int id) : IDisposable
{
    private int disposals;

    public int Id { get; } = id;

    public int Disposals => Volatile.Read(ref disposals);

    public bool IsDisposed => Disposals > 0;

    public void Dispose() => Interlocked.Increment(ref disposals);
}
