namespace Lab.CommandLine;

/// <summary>
/// Turns an option's text into a value, or rejects it with what a value must be. Every rejection reads
/// <c>--name: 'text' is not &lt;expected&gt;</c>; a list names the one item it rejected.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ValueParser<T>
{
    private readonly Func<string, T> parse;

    private ValueParser(string expected, Func<string, T> parse)
    {
        Expected = expected;
        this.parse = parse;
    }

    /// <summary>What a value must be, as a noun phrase that follows "is not" ("a positive integer").</summary>
    public string Expected { get; }

    /// <summary>A parser from a function that says whether it accepts the text (see <see cref="ValueParsers"/> for the usual ones).</summary>
    /// <param name="expected">What a value must be ("a thread count from 1 to 256").</param>
    /// <param name="parse">Accepted and the value, or not accepted.</param>
    internal static ValueParser<T> Create(string expected, Func<string, (bool Accepted, T Value)> parse)
        => new(expected, text => parse(text) is (true, var value) ? value : throw new InvalidValueException(text, expected));

    /// <summary>The value of <paramref name="text"/> given to <paramref name="option"/>.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The text after the option (or after its <c>=</c>).</param>
    /// <exception cref="UsageException">The text is rejected: <c>--name: 'text' is not &lt;expected&gt;</c>.</exception>
    public T Parse(string option, string text)
    {
        try
        {
            return parse(text);
        }
        catch (InvalidValueException exception)
        {
            throw new UsageException($"{option}: '{exception.Text}' is not {exception.Expected}");
        }
    }

    /// <summary>The parsed value turned into another.</summary>
    /// <typeparam name="TResult">The new value's type.</typeparam>
    /// <param name="map">The conversion; it cannot reject.</param>
    public ValueParser<TResult> Select<TResult>(Func<T, TResult> map) => new(Expected, text => map(parse(text)));

    /// <summary>The same parser, which also takes <paramref name="word"/> for <paramref name="value"/> (<c>cores</c>, <c>max</c>).</summary>
    /// <param name="word">The literal word.</param>
    /// <param name="value">Its value.</param>
    /// <param name="expected">What a value must be now.</param>
    public ValueParser<T> Or(string word, T value, string expected)
        => new(expected, text => text == word ? value : ParseOrReject(text, expected));

    /// <summary>
    /// A list of values separated by <paramref name="separator"/> (items trimmed, repeats dropped, order
    /// kept); an empty item or a rejected one is named in the message.
    /// </summary>
    /// <param name="separator">Between items (',' unless the shape is another's, such as Kestrel's ';').</param>
    public ValueParser<IReadOnlyList<T>> List(char separator = ',')
        => new(Expected, text =>
        {
            var items = new List<T>();
            foreach (var part in text.Split(separator, StringSplitOptions.TrimEntries))
            {
                var item = part.Length == 0 ? throw new InvalidValueException(part, Expected) : parse(part);
                if (!items.Contains(item))
                {
                    items.Add(item);
                }
            }

            return items;
        });

    private T ParseOrReject(string text, string expected)
    {
        try
        {
            return parse(text);
        }
        catch (InvalidValueException)
        {
            throw new InvalidValueException(text, expected);
        }
    }
}
