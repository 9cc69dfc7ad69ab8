using System.Collections.Immutable;

namespace Lab.CowStore.CrashWriter;

/// <summary>The checkpointed value: a counter equal to the version and a payload large enough that kills land mid-write.</summary>
public sealed record CrashState(long Counter, ImmutableList<string> Payload)
{
    public static CrashState Initial { get; } = new(1, []);

    public CrashState Next() => new(Counter + 1, Payload.Count < 300 ? Payload.Add($"entry-{Counter}-{new string('x', 40)}") : Payload.SetItem((int)(Counter % 300), $"entry-{Counter}"));
}
