namespace Lab.Plotter.Input;

/// <summary>
/// One shard's run folder (written by the benchmark app with <c>--shard i/n</c>), fully read: its one
/// environment row and shard, its shard-plan.csv, every top-level CSV as rows (<see cref="RowFiles"/>), the
/// histogram logs and any other file (BenchmarkDotNet artefacts). Derived outputs (REPORT.md, EXPERIMENTS.md,
/// charts) and hidden entries are left out: the merged run is drawn anew.
/// </summary>
internal sealed class ShardRun
{
    private static readonly string[] derivedFiles = [ReportWriter.FileName, ExperimentsReportWriter.FileName];
    private static readonly string[] derivedFolders = [StagedOutput.ChartsFolderName, ExperimentsContext.ChartsFolderName];

    private ShardRun(string folder, EnvironmentRow environment, Shard shard, IReadOnlyList<ShardPlanRow> plan, IReadOnlyList<ShardRows> rowFiles, IReadOnlyList<string> histograms, IReadOnlyList<string> artefacts)
    {
        Folder = folder;
        Environment = environment;
        Shard = shard;
        Plan = plan;
        RowFiles = rowFiles;
        Histograms = histograms;
        Artefacts = artefacts;
        Groups = rowFiles.SelectMany(rows => rows.Groups).ToHashSet();
    }

    /// <summary>The folder, full path.</summary>
    public string Folder { get; }

    /// <summary>The one row of its environment.csv.</summary>
    public EnvironmentRow Environment { get; }

    /// <summary>The shard it ran.</summary>
    public Shard Shard { get; }

    /// <summary>Its shard-plan.csv: the whole partition, every shard's groups.</summary>
    public IReadOnlyList<ShardPlanRow> Plan { get; }

    /// <summary>Its top-level CSVs but environment.csv and shard-plan.csv, read, in file-name order.</summary>
    public IReadOnlyList<ShardRows> RowFiles { get; }

    /// <summary>Its histogram logs, paths relative to the folder (<c>histograms/...</c>), ordinal order.</summary>
    public IReadOnlyList<string> Histograms { get; }

    /// <summary>Every other file, paths relative to the folder, ordinal order.</summary>
    public IReadOnlyList<string> Artefacts { get; }

    /// <summary>The file of this shard holding rows of <paramref name="group"/> (the first such), for messages.</summary>
    public string FileOf(CellGroup group)
        => Path.Combine(Folder, RowFiles.FirstOrDefault(rows => rows.Groups.Contains(group))?.File.FileName ?? ResultFiles.ShardPlan);

    /// <summary>Every cell group its rows belong to.</summary>
    public IReadOnlySet<CellGroup> Groups { get; }

    /// <summary>
    /// Reads <paramref name="folder"/>; throws <see cref="MergeInputException"/> when it is not one shard of a
    /// sharded run, <see cref="ResultsFileException"/> on a malformed file (file, line and column named).
    /// </summary>
    public static ShardRun Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new MergeInputException($"run folder not found: {folder}");
        }

        var environmentPath = Path.Combine(folder, ResultFiles.Environment);
        var environment = EnvironmentRow.Read(environmentPath);
        if (environment.Shards.Shards is not [var shard])
        {
            throw new MergeInputException(environment.Shards.IsEmpty
                ? $"{environmentPath}: the run is not a shard (its shard field is empty); merge the folders of a run made with --shard i/n"
                : $"{environmentPath}: the run is already a merge of shards {environment.Shards}; merge the shards' own folders");
        }

        var plan = ShardPlanRow.Read(Path.Combine(folder, ResultFiles.ShardPlan));
        var rowFiles = Directory.GetFiles(folder, "*.csv")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.') && !Input.RowFiles.Special.Contains(name))
            .Order(StringComparer.Ordinal)
            .Select(name => Input.RowFiles.For(name).Read(folder))
            .ToList();
        var others = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(path => path.Contains('/') || !(path.EndsWith(".csv", StringComparison.Ordinal) || derivedFiles.Contains(path)))
            .Where(path => !path.Split('/').Any(part => part.StartsWith('.')) && !derivedFolders.Contains(path.Split('/')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var histogramPrefix = ResultFiles.HistogramFolder + "/";
        return new ShardRun(
            folder,
            environment,
            shard,
            plan,
            rowFiles,
            [.. others.Where(path => path.StartsWith(histogramPrefix, StringComparison.Ordinal))],
            [.. others.Where(path => !path.StartsWith(histogramPrefix, StringComparison.Ordinal))]);
    }
}
