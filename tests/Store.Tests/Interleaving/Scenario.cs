namespace Lab.CowStore.Tests.Interleaving;

/// <summary>One run of a concurrent scenario: logical threads whose shared accesses are marked with yield points, and a final check.</summary>
/// <param name="Threads">The logical threads; each runs on its own OS thread, one at a time, switching only at yield points.</param>
/// <param name="Check">Runs after every thread finished; throws when an invariant is broken.</param>
internal sealed record Scenario(IReadOnlyList<Action> Threads, Action Check);
