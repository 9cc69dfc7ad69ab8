using System.Globalization;
using BenchmarkDotNet.Running;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Export;

/// <summary>
/// Finds a benchmark case's cell. Cases whose parameter is an <see cref="IBenchmarkCell"/> say it
/// themselves. Any other benchmark class in the assembly (e.g. the store benchmarks) is described by
/// convention: scenario = its first <c>[BenchmarkCategory]</c> (else the class name without
/// "Benchmarks"), map/mix/size/threads/keys = parameters of those names (<c>Variant</c>,
/// <c>Operation</c> and <c>Writers</c> also accepted), mix defaulting to the method name, threads to 1,
/// keys to uniform. Any other parameter is appended to the map (<c>-locked</c>, <c>-shards64</c>: a
/// number with the parameter's name), so every case of a class has its own cell id.
/// </summary>
internal static class CellResolver
{
    private static readonly string[] conventionalNames = ["Map", "Variant", "Mix", "Operation", "Size", "Threads", "Writers", "Keys"];

    public static CellInfo Resolve(BenchmarkCase benchmarkCase)
    {
        var parameters = benchmarkCase.Parameters.Items;
        if (parameters.Select(parameter => CellParameter.Unwrap(parameter.Value)).OfType<IBenchmarkCell>().FirstOrDefault() is { } cell)
        {
            return new CellInfo(cell.Scenario, cell.Map, cell.Mix, cell.ReadPercent, cell.Size, cell.Threads, cell.Keys, cell.OperationsPerBenchmarkOperation);
        }

        string? Parameter(params string[] names)
            => parameters.FirstOrDefault(item => names.Contains(item.Name, StringComparer.OrdinalIgnoreCase))?.Value?.ToString();

        var others = parameters
            .Where(item => !conventionalNames.Contains(item.Name, StringComparer.OrdinalIgnoreCase))
            .Select(item => Convert.ToString(item.Value, CultureInfo.InvariantCulture) is { } value && value.Length > 0 && value.All(char.IsAsciiDigit)
                ? item.Name + value
                : Convert.ToString(item.Value, CultureInfo.InvariantCulture));

        var descriptor = benchmarkCase.Descriptor;
        var typeName = descriptor.Type.Name;
        var scenario = descriptor.Categories.FirstOrDefault()
            ?? (typeName.EndsWith("Benchmarks", StringComparison.Ordinal) ? typeName[..^"Benchmarks".Length] : typeName);
        var method = descriptor.WorkloadMethod.Name;
        return new CellInfo(
            scenario.ToLowerInvariant(),
            string.Join('-', [Parameter("Map", "Variant") ?? method, .. others]).ToLowerInvariant(),
            (Parameter("Mix", "Operation") ?? method).ToLowerInvariant(),
            ReadPercent: null,
            int.TryParse(Parameter("Size"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : null,
            int.TryParse(Parameter("Threads", "Writers"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads) ? threads : 1,
            Parameter("Keys") ?? KeyDistribution.Uniform,
            OperationsPerBenchmarkOperation: 1);
    }
}
