namespace Lab.Benchmarks.Cli;

/// <summary>
/// How a run tells its caller which run folder it wrote: a complete matrix, rate or experiments run prints
/// <c>// lab: run folder &lt;path&gt;</c> as its last line of standard output (scripts/lab publishes that
/// folder). No line when nothing complete was written (help, plan, a failed cell).
/// </summary>
internal static class RunFolderLine
{
    /// <summary>The line's start; the rest of the line is the folder's full path.</summary>
    public const string Prefix = "// lab: run folder ";

    /// <summary>Prints the line for <paramref name="runFolder"/>.</summary>
    public static void Write(TextWriter output, string runFolder) => output.WriteLine(Prefix + runFolder);
}
