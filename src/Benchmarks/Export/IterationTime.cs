namespace Lab.Benchmarks.Export;

/// <summary>One measured (workload, result) iteration: nanoseconds per BenchmarkDotNet operation.</summary>
internal readonly record struct IterationTime(int Launch, int Iteration, double Nanoseconds);
