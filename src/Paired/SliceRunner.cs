namespace Lab.Paired;

/// <summary>
/// One build's runner of one cell, as the contract's <c>PairedSlices.Create</c> returns it: BCL
/// delegates only, so the host never sees a type of either build.
/// </summary>
/// <param name="Run">Runs n invocations (the timed slice) and returns a checksum of every read.</param>
/// <param name="AfterSlice">Restores the cell's state after a slice, outside the timed region.</param>
/// <param name="Close">Releases the cell (stops its worker threads).</param>
/// <param name="MaxInvocations">The most invocations one slice may hold.</param>
/// <param name="OperationsPerInvocation">
/// The operations one invocation measures (what BenchmarkDotNet divides by); null from a build of
/// contract version 2, which does not say.
/// </param>
internal sealed record SliceRunner(Func<int, long> Run, Action AfterSlice, Action Close, int MaxInvocations, long? OperationsPerInvocation = null);
