namespace Lab.Benchmarks.Tests.Cli;

/// <summary>Runner tests set process-wide environment variables: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunnerTestGroup
{
    public const string Name = "lab runner";
}
