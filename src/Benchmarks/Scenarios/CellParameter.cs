using BenchmarkDotNet.Code;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// Hands a cell to BenchmarkDotNet as a parameter value: shown by its stable display text, rebuilt
/// in a benchmark process from <see cref="IBenchmarkCell.SourceCode"/>. The benchmark's property
/// receives the cell itself.
/// </summary>
public sealed class CellParameter(IBenchmarkCell cell) : IParam
{
    public object Value => cell;

    public string DisplayText => cell.ToString() ?? string.Empty;

    public string ToSourceCode() => cell.SourceCode();

    /// <summary>The cell behind a BenchmarkDotNet parameter value, whether wrapped or not.</summary>
    public static IBenchmarkCell? Unwrap(object? value) => value switch
    {
        IBenchmarkCell cell => cell,
        IParam parameter => parameter.Value as IBenchmarkCell,
        _ => null,
    };
}
