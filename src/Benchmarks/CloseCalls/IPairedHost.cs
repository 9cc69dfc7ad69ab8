namespace Lab.Benchmarks.CloseCalls;

/// <summary>One process of the in-process paired comparison of a close call's two maps (src/Paired, <c>--maps</c>).</summary>
internal interface IPairedHost
{
    /// <summary>
    /// Measures <paramref name="call"/>'s cell in one process: side a the leader, side b the runner-up.
    /// </summary>
    /// <param name="call">The close call.</param>
    /// <param name="process">The process's number, 1-based: its seed; even numbers load the runner-up first.</param>
    /// <param name="settings">The per-process time.</param>
    /// <returns>The process's row, or the reason it gave none (the host failed, or cannot run the cell in process).</returns>
    PairedAttempt Run(CloseCall call, int process, CloseCallSettings settings);
}
