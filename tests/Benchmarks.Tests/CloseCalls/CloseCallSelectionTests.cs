using Lab.Benchmarks.CloseCalls;
using static Lab.Benchmarks.Tests.CloseCalls.CloseCallRows;

namespace Lab.Benchmarks.Tests.CloseCalls;

public sealed class CloseCallSelectionTests
{
    [Fact]
    public void A_runner_up_within_the_noise_bound_makes_a_close_call_and_one_beyond_it_does_not()
    {
        var bound = Math.Exp(CloseCallRow.NoiseLogRatio);
        var calls = CloseCallSelection.Select(
        [
            Summary("matrix/cow/read100/1000/2/uniform", 10),
            Summary("matrix/concurrent/read100/1000/2/uniform", 10 * bound * 0.999),
            Summary("matrix/hamt/read100/1000/2/uniform", 30),
            Summary("matrix/cow/churn/1000/2/uniform", 10),
            Summary("matrix/concurrent/churn/1000/2/uniform", 10 * bound * 1.001),
        ]);

        var call = Assert.Single(calls);
        Assert.Equal("matrix/{map}/read100/1000/2/uniform", call.Template.ToString());
        Assert.Equal(("cow", "concurrent"), (call.Leader, call.RunnerUp));
        Assert.Equal(bound * 0.999, call.LaunchRatio, 9);
    }

    [Fact]
    public void Only_recommendable_matrix_maps_compete()
    {
        var calls = CloseCallSelection.Select(
        [
            Summary("matrix/noop/read100/1000/1/uniform", 1),
            Summary("matrix/dictionary/read100/1000/1/uniform", 5),
            Summary("matrix/cow/read100/1000/1/uniform", 10),
            Summary("matrix/concurrent/read100/1000/1/uniform", 10.5),
            Summary("targets/hamt/lookup/1000/1/uniform", 7),
            Summary("targets/cow/lookup/1000/1/uniform", 7),
        ]);

        var call = Assert.Single(calls);
        Assert.Equal(("cow", "concurrent"), (call.Leader, call.RunnerUp));
    }

    [Fact]
    public void A_cell_with_one_recommendable_map_is_no_close_call()
        => Assert.Empty(CloseCallSelection.Select([Summary("matrix/cow/read100/1000/2/uniform", 10), Summary("matrix/noop/read100/1000/2/uniform", 10)]));

    [Fact]
    public void Close_calls_come_closest_first_and_equal_times_rank_by_catalog_order()
    {
        var calls = CloseCallSelection.Select(
        [
            Summary("matrix/cow/read100/1000/2/uniform", 10),
            Summary("matrix/concurrent/read100/1000/2/uniform", 11),
            Summary("matrix/concurrent/churn/1000/2/uniform", 20),
            Summary("matrix/cow/churn/1000/2/uniform", 20),
        ]);

        Assert.Equal(["matrix/{map}/churn/1000/2/uniform", "matrix/{map}/read100/1000/2/uniform"], calls.Select(call => call.Template.ToString()));
        var tie = calls[0];
        var catalog = Lab.References.LabMaps.All.Select(entry => entry.Id).ToList();
        Assert.True(catalog.IndexOf(tie.Leader) < catalog.IndexOf(tie.RunnerUp));
        Assert.Equal(1, tie.LaunchRatio);
    }
}
