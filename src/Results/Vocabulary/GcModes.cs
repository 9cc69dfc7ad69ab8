namespace Lab.Results;

/// <summary>The <c>gc_mode</c> values of latency.csv: the GC configuration of a rate cell's process.</summary>
public static class GcModes
{
    /// <summary>Workstation, concurrent: .NET's default.</summary>
    public const string Workstation = "workstation";

    /// <summary>Server GC, concurrent.</summary>
    public const string Server = "server";

    /// <summary>Workstation GC without background collections.</summary>
    public const string ConcurrentOff = "concurrent-off";

    /// <summary>Every mode, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Workstation, Server, ConcurrentOff];
}
