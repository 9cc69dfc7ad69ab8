using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.ConfigService.Tests.Support;

/// <summary>
/// A strict parser of the Prometheus text exposition format (0.0.4): <c># HELP</c>/<c># TYPE</c> lines
/// and samples <c>name{label="value",...} value [timestamp]</c>. Anything else is a format error.
/// </summary>
internal sealed partial class PrometheusText
{
    private PrometheusText(IReadOnlyDictionary<string, string> types, IReadOnlyList<PrometheusSample> samples)
    {
        Types = types;
        Samples = samples;
    }

    /// <summary>Metric family name to type (counter, gauge, ...).</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    public static PrometheusText Parse(string text)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<PrometheusSample>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var type = TypeLine().Match(line);
                if (type.Success)
                {
                    if (!types.TryAdd(type.Groups["name"].Value, type.Groups["type"].Value))
                    {
                        throw new FormatException($"line {number}: second TYPE for {type.Groups["name"].Value}");
                    }
                }
                else if (!HelpLine().IsMatch(line) && !line.StartsWith("# EOF", StringComparison.Ordinal))
                {
                    throw new FormatException($"line {number}: not a HELP or TYPE comment: {line}");
                }

                continue;
            }

            var sample = SampleLine().Match(line);
            if (!sample.Success)
            {
                throw new FormatException($"line {number}: not a sample: {line}");
            }

            var name = sample.Groups["name"].Value;
            if (!types.Keys.Any(family => name == family || name.StartsWith(family + "_", StringComparison.Ordinal)))
            {
                throw new FormatException($"line {number}: sample {name} before its TYPE line");
            }

            samples.Add(new PrometheusSample(name, ParseLabels(sample.Groups["labels"].Value, number), ParseValue(sample.Groups["value"].Value, number)));
        }

        return new PrometheusText(types, samples);
    }

    /// <summary>The value of the one sample named <paramref name="name"/>; null when absent, an error when ambiguous.</summary>
    public double? Value(string name)
    {
        var matches = Samples.Where(s => s.Name == name).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0].Value,
            _ => throw new InvalidOperationException($"{matches.Count} samples named {name}"),
        };
    }

    private static Dictionary<string, string> ParseLabels(string text, int number)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var label = LabelPair().Match(text, position);
            if (!label.Success || label.Index != position)
            {
                throw new FormatException($"line {number}: bad label list {{{text}}}");
            }

            if (!labels.TryAdd(label.Groups["name"].Value, Unescape(label.Groups["value"].Value)))
            {
                throw new FormatException($"line {number}: label {label.Groups["name"].Value} twice");
            }

            position += label.Length;
        }

        return labels;
    }

    private static double ParseValue(string text, int number) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"line {number}: bad value {text}"),
    };

    private static string Unescape(string value)
    {
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            result.Append(value[i] != '\\' ? value[i] : value[++i] switch
            {
                'n' => '\n',
                var escaped => escaped,
            });
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^# TYPE (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<type>counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)( -?[0-9]+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(\\.|[^""\\])*)"",?")]
    private static partial Regex LabelPair();
}
