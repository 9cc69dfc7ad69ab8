namespace Lab.CommandLine;

/// <summary>
/// Thrown by a value parser for text it does not accept; the option's name is added by
/// <see cref="ValueParser{T}.Parse"/>, which turns it into the <see cref="UsageException"/>
/// <c>--name: 'text' is not &lt;expected&gt;</c>.
/// </summary>
internal sealed class InvalidValueException(string text, string expected) : Exception($"'{text}' is not {expected}")
{
    /// <summary>The rejected text (for a list, the one item).</summary>
    public string Text { get; } = text;

    /// <summary>What a value must be, as a noun phrase ("a positive integer").</summary>
    public string Expected { get; } = expected;
}
