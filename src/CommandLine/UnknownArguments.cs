namespace Lab.CommandLine;

/// <summary>What a command does with an argument its table does not know.</summary>
public enum UnknownArguments
{
    /// <summary>Refuse it: <c>unknown option '--x'</c> (or <c>unexpected argument 'x'</c>).</summary>
    Reject,

    /// <summary>
    /// Keep it, in order with its values, in <see cref="ParseResult.Unknown"/>: the benchmark app hands
    /// them to BenchmarkDotNet (<c>--filter a b c</c>, <c>--job Dry</c>).
    /// </summary>
    PassThrough,
}
