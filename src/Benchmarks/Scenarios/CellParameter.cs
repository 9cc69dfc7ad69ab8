using BenchmarkDotNet.Code;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// Hands a cell to BenchmarkDotNet as a parameter value: shown by its stable display text, rebuilt
/// in a benchmark process from <see cref="IBenchmarkCell.SourceCode"/>. Benchmarks declare their
/// parameter property of this type: the in-process toolchain assigns this object, generated
/// benchmark processes construct it from <see cref="ToSourceCode"/>.
/// </summary>
public sealed class CellParameter(IBenchmarkCell cell) : IParam
{
    /// <summary>The cell.</summary>
    public IBenchmarkCell Definition => cell;

    public object Value => cell;

    public string DisplayText => cell.ToString() ?? string.Empty;

    public override string ToString() => DisplayText;

    public string ToSourceCode() => $"new {typeof(CellParameter).FullName}({cell.SourceCode()})";

    /// <summary>The cell behind a BenchmarkDotNet parameter value, whether wrapped or not.</summary>
    public static IBenchmarkCell? Unwrap(object? value) => value switch
    {
        IBenchmarkCell cell => cell,
        CellParameter parameter => parameter.Definition,
        _ => null,
    };
}
