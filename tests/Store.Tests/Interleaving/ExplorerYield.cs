namespace Lab.CowStore.Tests.Interleaving;

/// <summary>The store's yield points, routed to the explorer's scheduler when the calling thread is scheduled by one.</summary>
internal readonly struct ExplorerYield : IYieldPoint
{
    public void Yield() => InterleavingExplorer.YieldCurrentThread();
}
