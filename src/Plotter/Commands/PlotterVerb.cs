namespace Lab.Plotter.Commands;

/// <summary>A verb of the plotter (<see cref="PlotterVerbs.Table"/>).</summary>
/// <param name="args">The arguments after the verb.</param>
/// <param name="output">What the verb reports.</param>
/// <param name="error">Error messages.</param>
/// <returns>The exit code (0 done, 2 bad input; compare's 1 is a Slower cell, the others' 1 a failed write).</returns>
internal delegate int PlotterVerb(IReadOnlyList<string> args, TextWriter output, TextWriter error);
