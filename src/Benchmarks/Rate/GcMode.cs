using System.Runtime;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// A garbage collector configuration, applied to a cell's child process through the runtime's
/// environment variables (<c>DOTNET_gcServer</c>, <c>DOTNET_gcConcurrent</c>), which take precedence
/// over the app's runtimeconfig. The id is the <c>--gc</c> value and the CSV value.
/// </summary>
/// <param name="Id">CSV and command-line value.</param>
/// <param name="IsServer">Server GC.</param>
/// <param name="IsConcurrent">Background (concurrent) gen2 collections.</param>
internal sealed record GcMode(string Id, bool IsServer, bool IsConcurrent)
{
    /// <summary>The app's own setting (and .NET's default): workstation, concurrent.</summary>
    public static readonly GcMode Workstation = new(Lab.Results.GcModes.Workstation, IsServer: false, IsConcurrent: true);

    /// <summary>Server GC (one heap per core), concurrent.</summary>
    public static readonly GcMode Server = new(Lab.Results.GcModes.Server, IsServer: true, IsConcurrent: true);

    /// <summary>Workstation GC without background collections: every gen2 is blocking.</summary>
    public static readonly GcMode ConcurrentOff = new(Lab.Results.GcModes.ConcurrentOff, IsServer: false, IsConcurrent: false);

    /// <summary>Every mode, in report order.</summary>
    public static IReadOnlyList<GcMode> All { get; } = [Workstation, Server, ConcurrentOff];

    /// <summary>The mode with the given id, or <see langword="null"/>.</summary>
    public static GcMode? Find(string id) => All.FirstOrDefault(mode => mode.Id == id);

    /// <summary>The mode this process runs under, or <see langword="null"/> when it matches none (e.g. server non-concurrent).</summary>
    public static GcMode? Current()
        => All.FirstOrDefault(mode => mode.IsServer == GCSettings.IsServerGC && mode.IsConcurrent == (GCSettings.LatencyMode != GCLatencyMode.Batch));

    /// <summary>The environment variables that select this mode in a child process.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables() => new Dictionary<string, string>
    {
        ["DOTNET_gcServer"] = IsServer ? "1" : "0",
        ["DOTNET_gcConcurrent"] = IsConcurrent ? "1" : "0",
    };

    /// <summary>Description in environment.csv's words, e.g. <c>workstation concurrent</c>.</summary>
    public string Description => (IsServer ? "server" : "workstation") + (IsConcurrent ? " concurrent" : " non-concurrent");

    public override string ToString() => Id;
}
