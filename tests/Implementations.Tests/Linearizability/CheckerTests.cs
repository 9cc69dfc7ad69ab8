namespace Lab.Implementations.Tests.Linearizability;

/// <summary>The checker itself: it must accept valid histories and reject invalid ones.</summary>
public sealed class CheckerTests
{
    private static readonly Dictionary<int, int> empty = [];

    [Fact]
    public void Overlapping_operations_may_take_either_order()
    {
        // Set(0, 1) overlaps a get that saw nothing, and another get that saw 1.
        HistoryEvent[] history =
        [
            Set(thread: 0, key: 0, value: 1, call: 1, ret: 4),
            Get(thread: 1, key: 0, found: false, result: 0, call: 2, ret: 3),
            Get(thread: 2, key: 0, found: true, result: 1, call: 2, ret: 5),
        ];

        Assert.Null(LinearizabilityChecker.FindViolation(history, empty));
    }

    [Fact]
    public void A_read_of_an_overwritten_value_after_the_overwrite_returned_is_rejected()
    {
        HistoryEvent[] history =
        [
            Set(thread: 0, key: 0, value: 1, call: 1, ret: 2),
            Set(thread: 0, key: 0, value: 2, call: 3, ret: 4),
            Get(thread: 1, key: 0, found: true, result: 1, call: 5, ret: 6),
        ];

        Assert.NotNull(LinearizabilityChecker.FindViolation(history, empty));
    }

    [Fact]
    public void A_lost_write_is_rejected()
    {
        // Two sets to different keys, then reads: the write to key 1 vanished.
        HistoryEvent[] history =
        [
            Set(thread: 0, key: 0, value: 1, call: 1, ret: 3),
            Set(thread: 1, key: 1, value: 2, call: 2, ret: 4),
            Get(thread: 2, key: 0, found: true, result: 1, call: 5, ret: 6),
            Get(thread: 2, key: 1, found: false, result: 0, call: 7, ret: 8),
        ];

        Assert.NotNull(LinearizabilityChecker.FindViolation(history, empty));
    }

    [Fact]
    public void Two_removes_of_one_key_cannot_both_succeed()
    {
        HistoryEvent[] history =
        [
            Remove(thread: 0, key: 0, removed: true, call: 1, ret: 3),
            Remove(thread: 1, key: 0, removed: true, call: 2, ret: 4),
        ];

        Assert.NotNull(LinearizabilityChecker.FindViolation(history, new Dictionary<int, int> { [0] = 5 }));
        Assert.Null(LinearizabilityChecker.FindViolation([history[0], history[1] with { Found = false }], new Dictionary<int, int> { [0] = 5 }));
    }

    private static HistoryEvent Set(int thread, int key, int value, long call, long ret)
        => new(thread, HistoryOperationKind.Set, key, value, false, 0, call, ret);

    private static HistoryEvent Get(int thread, int key, bool found, int result, long call, long ret)
        => new(thread, HistoryOperationKind.Get, key, 0, found, result, call, ret);

    private static HistoryEvent Remove(int thread, int key, bool removed, long call, long ret)
        => new(thread, HistoryOperationKind.Remove, key, 0, removed, 0, call, ret);
}
