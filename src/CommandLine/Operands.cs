namespace Lab.CommandLine;

/// <summary>The arguments of a command that are not options (a results folder), with how many it takes.</summary>
/// <param name="Name">The placeholder in the usage and in messages (<c>&lt;run folder&gt;</c>).</param>
/// <param name="Min">The fewest.</param>
/// <param name="Max">The most.</param>
public sealed record Operands(string Name, int Min, int Max);
