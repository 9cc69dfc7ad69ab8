namespace Lab.CommandLine;

/// <summary>An option that takes no value (<c>--plan</c>): given or not.</summary>
/// <param name="name">The option as typed, with its dashes.</param>
/// <param name="help">The help text.</param>
public sealed class Flag(string name, string help) : Option(name, null, help)
{
    internal override object? ParseValue(string text) => throw new InvalidOperationException($"{Name} takes no value.");
}
