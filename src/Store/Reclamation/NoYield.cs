namespace Lab.CowStore;

/// <summary>The production <see cref="IYieldPoint"/>: does nothing and is inlined away.</summary>
internal readonly struct NoYield : IYieldPoint
{
    public void Yield()
    {
    }
}
