namespace Lab.CommandLine;

/// <summary>An option with a value: <c>--name value</c> or <c>--name=value</c>, parsed by its <see cref="ValueParser{T}"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="name">The option as typed, with its dashes.</param>
/// <param name="valueName">The value's placeholder in the help (<c>&lt;dir&gt;</c>, <c>quick|default|full</c>).</param>
/// <param name="help">The help text; more lines continue under the first.</param>
/// <param name="parser">Turns the text into the value or rejects it.</param>
public sealed class ValueOption<T>(string name, string valueName, string help, ValueParser<T> parser) : Option(name, valueName, help)
{
    /// <summary>The option's value parser.</summary>
    public ValueParser<T> Parser { get; } = parser;

    internal override object? ParseValue(string text) => Parser.Parse(Name, text);
}
