namespace Lab.Benchmarks.Cli;

/// <summary>A verb of the benchmark app (<see cref="LabRunner.Verbs"/>).</summary>
/// <param name="args">The arguments after the verb.</param>
/// <param name="repositoryRoot">The clone's root (results/ goes under it unless told otherwise).</param>
/// <param name="output">Progress, the plan and the result.</param>
/// <param name="error">Error messages.</param>
/// <returns>The exit code: 0 done, 1 a failure, 2 bad input.</returns>
internal delegate int LabVerb(IReadOnlyList<string> args, string repositoryRoot, TextWriter output, TextWriter error);
