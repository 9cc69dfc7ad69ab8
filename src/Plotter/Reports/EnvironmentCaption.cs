using System.Globalization;

namespace Lab.Plotter.Reports;

/// <summary>How charts and reports name the machine of a run.</summary>
internal static class EnvironmentCaption
{
    /// <summary>One line naming the machine, for chart subtitles: CPU, cores, runtime, GC mode.</summary>
    public static string MachineCaption(this EnvironmentRow environment)
        => $"{environment.Cpu} · {environment.LogicalCores} logical / {environment.PhysicalCores?.ToString(CultureInfo.InvariantCulture) ?? "?"} physical cores · {environment.Runtime} · {environment.GcMode} GC";
}
