namespace Lab.Implementations.Tests.Linearizability;

/// <summary>
/// One completed operation of a concurrent history: what was asked, what came back, and the
/// interval [<see cref="Call"/>, <see cref="Return"/>] it ran in, read from one shared
/// sequentially consistent counter so that <c>a.Return &lt; b.Call</c> means a returned before b was called.
/// </summary>
/// <param name="Thread">The thread that ran it.</param>
/// <param name="Kind">Get, set or remove.</param>
/// <param name="Key">The key.</param>
/// <param name="Argument">The value a set wrote.</param>
/// <param name="Found">Get: whether the key was found; remove: whether it removed.</param>
/// <param name="Result">Get: the value found.</param>
/// <param name="Call">Counter value just before the call.</param>
/// <param name="Return">Counter value just after the return.</param>
public readonly record struct HistoryEvent(
    int Thread,
    HistoryOperationKind Kind,
    int Key,
    int Argument,
    bool Found,
    int Result,
    long Call,
    long Return)
{
    public override string ToString() => Kind switch
    {
        HistoryOperationKind.Get => $"t{Thread} [{Call},{Return}] Get({Key}) -> {(Found ? Result.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")}",
        HistoryOperationKind.Set => $"t{Thread} [{Call},{Return}] Set({Key}, {Argument})",
        _ => $"t{Thread} [{Call},{Return}] Remove({Key}) -> {Found}",
    };
}
