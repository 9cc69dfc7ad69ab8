namespace Lab.CowStore.Tests.Interleaving;

/// <summary>What an exploration found.</summary>
/// <param name="Schedules">How many distinct schedules ran.</param>
/// <param name="Complete">True when every schedule was explored (the bound was not hit).</param>
/// <param name="Failure">The first failure with the schedule that produced it, or null.</param>
internal sealed record ExplorationResult(int Schedules, bool Complete, string? Failure);
