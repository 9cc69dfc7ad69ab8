using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter agreement &lt;run A&gt; &lt;run B&gt; [--out DIR]</c>: over the cells both rate runs measured,
/// counts the pairwise decisions either run calls confident and how many flip to the opposite confident
/// decision in the other (<see cref="RateAgreement"/>); prints the count and the percentage and writes
/// agreement.md. Exit codes: 0 done (whatever the count), 1 the file could not be written, 2 bad input.
/// </summary>
internal static class AgreementCommand
{
    /// <summary>The file it writes.</summary>
    public const string FileName = "agreement.md";

    public static readonly ValueOption<string> Out = new("--out", "<dir>", "where agreement.md goes (default: the current directory)", ValueParsers.Text);

    public static Command Command { get; } = new("Lab.Plotter agreement", """
        Compares two rate runs' decisions (who reads faster, per size, readers, write rate and GC mode, on
        reader throughput and p99.9): of the decisions either run calls confident, how many the other
        calls confidently the other way.
        """)
    {
        Usage = ["Lab.Plotter agreement <run A> <run B> [--out <dir>]"],
        Operands = new("<run A> <run B>", 2, 2),
        Options = [Out],
        Notes = "Exit codes: 0 done (whatever the count), 1 agreement.md could not be written, 2 bad input (a folder that is not a rate run).",
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed =>
        {
            RateResults runA, runB;
            try
            {
                runA = Load(parsed.Operands[0]);
                runB = Load(parsed.Operands[1]);
            }
            catch (ResultsFileException exception)
            {
                return Command.Fail(error, exception.Message);
            }

            var settings = RateDecisionSettings.Default;
            var agreement = RateAgreement.Of(runA.Rows, runB.Rows, settings);
            var path = Path.Combine(Path.GetFullPath(parsed.Get(Out) ?? "."), FileName);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, AgreementReportWriter.Build(runA, runB, agreement, settings));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {path} could not be written: {exception.Message}");
                return 1;
            }

            output.WriteLine(AgreementReportWriter.Summary(agreement));
            output.WriteLine($"wrote {path}");
            return 0;
        });

    private static RateResults Load(string folder)
        => Directory.Exists(folder) && RateResults.IsIn(folder)
            ? RateResults.Load(folder)
            : throw new UsageException($"'{folder}' is not a rate run folder (no {ResultFiles.Latency})");
}
