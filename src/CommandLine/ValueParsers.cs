using System.Globalization;

namespace Lab.CommandLine;

/// <summary>The value shapes the lab's commands take; each names what it expects in its rejection.</summary>
public static class ValueParsers
{
    /// <summary>Any text (an empty value is refused before a parser sees it).</summary>
    public static ValueParser<string> Text { get; } = ValueParser<string>.Create("a text", text => (true, text));

    /// <summary>A whole number above zero (digits only).</summary>
    public static ValueParser<int> PositiveInteger { get; } = WholeNumber(1, int.MaxValue, "a positive integer");

    /// <summary>A number above zero (digits and a decimal point).</summary>
    public static ValueParser<double> PositiveNumber { get; } = ValueParser<double>.Create(
        "a positive number",
        text => (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0, value));

    /// <summary>
    /// A non-negative duration in nanoseconds, with or without its unit: <c>0.5ns</c> or <c>0.5</c>.
    /// </summary>
    public static ValueParser<double> Nanoseconds { get; } = ValueParser<double>.Create(
        "a non-negative duration in nanoseconds such as 0.5ns",
        text => Finite(text.EndsWith("ns", StringComparison.Ordinal) ? text[..^2] : text) is { } ns && ns >= 0 ? (true, ns) : (false, 0));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (digits only).</summary>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="expected">The noun phrase for the message; default "an integer from min to max".</param>
    public static ValueParser<int> WholeNumber(int min, int max, string? expected = null)
        => ValueParser<int>.Create(
            expected ?? string.Create(CultureInfo.InvariantCulture, $"an integer from {min} to {max}"),
            text => (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max, value));

    /// <summary>A finite number strictly between the bounds.</summary>
    /// <param name="exclusiveMin">Values must be above it.</param>
    /// <param name="exclusiveMax">Values must be below it.</param>
    /// <param name="expected">The noun phrase for the message; default "a number above min and below max".</param>
    public static ValueParser<double> Number(double exclusiveMin, double exclusiveMax, string? expected = null)
        => ValueParser<double>.Create(
            expected ?? string.Create(CultureInfo.InvariantCulture, $"a number above {exclusiveMin} and below {exclusiveMax}"),
            text => Finite(text) is { } value && value > exclusiveMin && value < exclusiveMax ? (true, value) : (false, 0));

    /// <summary>
    /// A percentage written with its sign, <c>5%</c> or <c>2.5%</c>, strictly between the bounds; the value
    /// is the fraction (0.05).
    /// </summary>
    /// <param name="exclusiveMin">The fraction must be above it.</param>
    /// <param name="exclusiveMax">The fraction must be below it.</param>
    public static ValueParser<double> Percent(double exclusiveMin, double exclusiveMax)
        => ValueParser<double>.Create(
            string.Create(CultureInfo.InvariantCulture, $"a percentage above {exclusiveMin * 100}% and below {exclusiveMax * 100}% such as 5%"),
            text => text.EndsWith('%') && Finite(text[..^1]) is { } percent && percent > exclusiveMin * 100 && percent < exclusiveMax * 100
                ? (true, percent / 100)
                : (false, 0));

    /// <summary>One of <paramref name="choices"/>, by its name (ordinal); the message lists the names.</summary>
    /// <typeparam name="T">The choices' type.</typeparam>
    /// <param name="choices">The accepted values, in the order the message lists them.</param>
    /// <param name="name">A choice's name on the command line.</param>
    public static ValueParser<T> OneOf<T>(IEnumerable<T> choices, Func<T, string> name)
    {
        var list = choices.ToList();
        return ValueParser<T>.Create(
            $"one of {string.Join(", ", list.Select(name))}",
            text => list.FirstOrDefault(choice => name(choice) == text) is { } found ? (true, found) : (false, default!));
    }

    /// <summary>A value <paramref name="parse"/> makes of the text, or <see langword="null"/> when it rejects it.</summary>
    /// <typeparam name="T">The value's type (a reference type).</typeparam>
    /// <param name="expected">What a value must be, for the message.</param>
    /// <param name="parse">The value, or null.</param>
    public static ValueParser<T> Of<T>(string expected, Func<string, T?> parse)
        where T : class
        => ValueParser<T>.Create(expected, text => parse(text) is { } value ? (true, value) : (false, null!));

    /// <summary>A value <paramref name="parse"/> makes of the text, or <see langword="null"/> when it rejects it.</summary>
    /// <typeparam name="T">The value's type (a value type).</typeparam>
    /// <param name="expected">What a value must be, for the message.</param>
    /// <param name="parse">The value, or null.</param>
    public static ValueParser<T> Of<T>(string expected, Func<string, T?> parse)
        where T : struct
        => ValueParser<T>.Create(expected, text => parse(text) is { } value ? (true, value) : (false, default));

    private static double? Finite(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
