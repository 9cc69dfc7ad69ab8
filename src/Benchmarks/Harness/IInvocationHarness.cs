namespace Lab.Benchmarks.Harness;

/// <summary>A prepared workload that one benchmark invocation runs once; independent of the key type.</summary>
internal interface IInvocationHarness : IDisposable
{
    /// <summary>Operations one invocation performs, over all workers.</summary>
    long OperationsPerInvocation { get; }

    /// <summary>Writes one invocation performs, over all workers (exact: every slice holds the same number).</summary>
    long WritesPerInvocation { get; }

    /// <summary>Runs one invocation and returns a value derived from every read, so no read is optimized away.</summary>
    long RunInvocation();
}
