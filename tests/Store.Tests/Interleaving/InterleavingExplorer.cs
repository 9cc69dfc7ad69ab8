namespace Lab.CowStore.Tests.Interleaving;

/// <summary>
/// A small systematic concurrency tester (stateless model checking, depth-first). Every logical thread
/// of a <see cref="Scenario"/> runs on a real thread, but only one runs at a time: it runs until its next
/// yield point, then the scheduler picks which thread continues. A schedule is the sequence of picks;
/// the explorer replays each schedule prefix and enumerates every alternative at every pick, so every
/// interleaving of the yield-point steps is run exactly once.
/// Code between two yield points runs atomically, so put a yield point before every shared access.
/// Bound (as in CHESS, Musuvathi and Qadeer): at most <c>maxPreemptions</c> switches away from a thread
/// that could have continued; switches after a thread finishes are free. Small bounds already cover the
/// interleavings behind most concurrency bugs while keeping the count of schedules polynomial.
/// </summary>
internal static class InterleavingExplorer
{
    [ThreadStatic]
    private static ScheduledThread? current;

    /// <summary>Called at a yield point: hands control back to the scheduler when the thread is scheduled.</summary>
    public static void YieldCurrentThread() => current?.YieldToScheduler();

    /// <summary>
    /// Runs <paramref name="createScenario"/>'s scenario under every schedule with at most
    /// <paramref name="maxPreemptions"/> preemptions, stopping at the first failure or after <paramref name="maxSchedules"/>.
    /// </summary>
    public static ExplorationResult Explore(Func<Scenario> createScenario, int maxPreemptions, int maxSchedules)
    {
        var prefix = new List<int>();
        for (var schedules = 1; ; schedules++)
        {
            var (choices, failure) = Run(createScenario(), prefix, maxPreemptions);
            if (failure is not null)
            {
                return new(schedules, false, $"schedule [{string.Join(",", choices.Select(c => c.Chosen))}]: {failure}");
            }

            var last = choices.FindLastIndex(c => c.Chosen + 1 < c.Options);
            if (last < 0)
            {
                return new(schedules, true, null);
            }

            if (schedules >= maxSchedules)
            {
                return new(schedules, false, null);
            }

            prefix = [.. choices.Take(last).Select(c => c.Chosen), choices[last].Chosen + 1];
        }
    }

    private static (List<(int Chosen, int Options)> Choices, string? Failure) Run(Scenario scenario, List<int> prefix, int maxPreemptions)
    {
        using var schedulerTurn = new SemaphoreSlim(0);
        var threads = scenario.Threads.Select((body, index) => new ScheduledThread(index, body, schedulerTurn)).ToList();
        var choices = new List<(int Chosen, int Options)>();
        var preemptions = 0;
        ScheduledThread? running = null;
        threads.ForEach(t => t.Start());

        // Option 0 continues the running thread when it can; choosing another one then is a preemption.
        while (threads.Where(t => !t.IsDone).OrderBy(t => t == running ? 0 : 1).ThenBy(t => t.Index).ToList() is { Count: > 0 } enabled)
        {
            var canContinue = enabled[0] == running;
            var options = canContinue && preemptions == maxPreemptions ? 1 : enabled.Count;
            var chosen = choices.Count < prefix.Count ? prefix[choices.Count] : 0;
            choices.Add((chosen, options));
            if (canContinue && chosen != 0)
            {
                preemptions++;
            }

            running = enabled[chosen];
            running.Resume();
            if (!schedulerTurn.Wait(TimeSpan.FromSeconds(30)))
            {
                throw new InvalidOperationException($"thread {running.Index} blocked outside a yield point (a lock held by a parked thread?)");
            }
        }

        threads.ForEach(t => t.Join());
        var failure = threads.Select(t => t.Failure).FirstOrDefault(f => f is not null);
        if (failure is null)
        {
            try
            {
                scenario.Check();
            }
            catch (Exception ex)
            {
                failure = "final check: " + ex.Message;
            }
        }

        return (choices, failure);
    }

    /// <summary>A logical thread: parked on its own semaphore except while the scheduler lets it run.</summary>
    private sealed class ScheduledThread(int index, Action body, SemaphoreSlim schedulerTurn)
    {
        private readonly SemaphoreSlim turn = new(0);
        private volatile bool done;
        private Thread? os;

        public int Index => index;

        public bool IsDone => done;

        public string? Failure { get; private set; }

        public void Start()
        {
            os = new Thread(Main) { IsBackground = true, Name = $"explored-{index}" };
            os.Start();
        }

        public void Resume() => turn.Release();

        public void YieldToScheduler()
        {
            schedulerTurn.Release();
            turn.Wait();
        }

        public void Join()
        {
            os!.Join();
            turn.Dispose();
        }

        private void Main()
        {
            current = this;
            turn.Wait();
            try
            {
                body();
            }
            catch (Exception ex)
            {
                Failure = $"thread {index}: {ex.GetType().Name}: {ex.Message}";
            }
            finally
            {
                current = null;
                done = true;
                schedulerTurn.Release();
            }
        }
    }
}
