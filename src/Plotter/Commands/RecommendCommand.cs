using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter recommend --size N --readers R --writes-per-second W [--keys int|string] [--from folder...]</c>:
/// answers "which map?" for one cell from committed runs (by default <c>results/latest-rate</c> and
/// <c>results/latest</c> under the repository root): the nearest measured rate cells (<see cref="CellDistance"/>)
/// and the matrix cells at the nearest size and threads, each with the recommended map, the runner-up, the
/// margin with its interval, the verdict and the ties (<see cref="Recommendation"/>, <see cref="RecommendationWriter"/>).
/// It measures nothing: <c>scripts/lab recommend --measure</c> runs the benchmark app for the asked cells
/// and then this command with <c>--from</c> that run (the plotter never references the benchmark app).
/// <para>Exit codes: 0 answered; 2 bad input (a bad command line, a missing folder, a folder with no run, CSVs the plotter rejects).</para>
/// </summary>
internal static class RecommendCommand
{
    /// <summary>The key types a user can ask about.</summary>
    public static IReadOnlyList<string> KeyTypes { get; } = ["int", "string"];

    public static readonly ValueOption<int> Size = new("--size", "N", "entries in the map (required)", ValueParsers.WholeNumber(1, 1_000_000_000, "a size from 1 to 1,000,000,000"));

    public static readonly ValueOption<int> Readers = new("--readers", "R", "reader threads (required)", ValueParsers.WholeNumber(1, 1024, "a thread count from 1 to 1,024"));

    public static readonly ValueOption<int> WritesPerSecond = new("--writes-per-second", "W", "writes per second, one writer (required)", ValueParsers.WholeNumber(0, 10_000_000, "writes per second from 0 to 10,000,000"));

    public static readonly ValueOption<string> Keys = new("--keys", "int|string", "the key type (default int)", ValueParsers.OneOf(KeyTypes, key => key));

    public static readonly ValueOption<string> From = new("--from", "<run folder>", "a results folder to answer from (repeatable; default: results/latest-rate and results/latest)", ValueParsers.Text);

    public static Command Command { get; } = new("Lab.Plotter recommend", """
        Which map for this size, readers and write rate? Answers from measured runs: the nearest measured
        rate cells (log-distance in size, readers and 1 + writes/s) and the matrix cells at the nearest size
        and threads, each with the recommended map, the runner-up, the margin with its interval and the ties.
        """)
    {
        Usage =
        [
            "dotnet run -c Release --project src/Plotter -- recommend --size N --readers R --writes-per-second W [--keys int|string] [--from <run folder>...]",
            "scripts/lab recommend --size N --readers R --writes-per-second W [--keys int|string] [--from <run folder>...] [--measure]",
        ],
        Options = [Size, Readers, WritesPerSecond, Keys, From],
        Notes = """
            Without --from: results/latest-rate and results/latest under the repository root (those that exist).
            scripts/lab recommend --measure measures the asked cells on this machine first (a rate run of just
            them) and answers from that run. How to read the answer: docs/answers.md.
            Exit codes: 0 answered, 2 bad input.
            """,
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed =>
        {
            foreach (var required in new Option[] { Size, Readers, WritesPerSecond })
            {
                if (!parsed.Has(required))
                {
                    return Command.Fail(error, $"{required.Name} is required");
                }
            }

            var query = new RecommendationQuery(parsed.Get(Size), parsed.Get(Readers), parsed.Get(WritesPerSecond), parsed.Get(Keys) == "string");
            var folders = parsed.All(From) is { Count: > 0 } given
                ? [.. given.Select(Path.GetFullPath)]
                : DefaultFolders(Directory.GetCurrentDirectory());
            return Recommend(query, folders, output, error);
        });

    /// <summary>
    /// Answers <paramref name="query"/> from <paramref name="folders"/> (each a matrix run, a rate run or both);
    /// an exit code. Nothing is written but the answer.
    /// </summary>
    public static int Recommend(RecommendationQuery query, IReadOnlyList<string> folders, TextWriter output, TextWriter error)
    {
        if (folders.Count == 0)
        {
            return Command.Fail(error, "no committed runs found (results/latest-rate, results/latest); give --from <run folder>");
        }

        var sets = new List<AnswerSet>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                return Command.Fail(error, $"--from: results folder not found: {folder}");
            }

            var hasMatrix = File.Exists(Path.Combine(folder, ResultFiles.Summary));
            var hasRate = RateResults.IsIn(folder);
            if (!hasMatrix && !hasRate)
            {
                return Command.Fail(error, $"--from: {folder} holds no run ({ResultFiles.Summary} or {ResultFiles.Latency})");
            }

            try
            {
                sets.Add(AnswerSet.From(hasMatrix ? BenchmarkResults.Load(folder) : null, hasRate ? RateResults.Load(folder) : null));
            }
            catch (ResultsFileException exception)
            {
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.BadInput;
            }
        }

        var answers = AnswerSet.Combine(sets);
        output.Write(RecommendationWriter.Write(Recommendation.For(query, answers), answers));
        return ExitCodes.Success;
    }

    /// <summary>results/latest-rate and results/latest under the repository root found from <paramref name="start"/>, those that exist.</summary>
    public static IReadOnlyList<string> DefaultFolders(string start)
    {
        var root = RepositoryLayout.ResultsFolder(start);
        return [.. new[] { LatestFolder.RateName, LatestFolder.Name }.Select(name => Path.Combine(root, name)).Where(Directory.Exists)];
    }
}
