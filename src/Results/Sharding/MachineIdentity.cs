namespace Lab.Results;

/// <summary>
/// The machine a run (or shard) was measured on, as environment.csv names it: host name, processor, OS,
/// architecture and logical cores. Two shards' rows come from one machine when these are equal; a
/// runner's host name differs from job to job, so <see cref="Kind"/> (everything but the host) says which
/// machines are of one kind (e.g. two <c>ubuntu-24.04</c> runners).
/// </summary>
/// <param name="Host">Host name (<see cref="Environment.MachineName"/>); empty in runs before the column.</param>
/// <param name="Cpu">Processor name.</param>
/// <param name="Os">OS description.</param>
/// <param name="Arch">Process architecture, e.g. <c>x64</c>, <c>arm64</c>; empty in runs before the column.</param>
/// <param name="LogicalCores">Logical cores.</param>
public readonly record struct MachineIdentity(string Host, string Cpu, string Os, string Arch, int LogicalCores)
{
    /// <summary>The machine without its host name: processor, OS, architecture and cores.</summary>
    public MachineIdentity Kind => this with { Host = "" };

    /// <summary>E.g. <c>runner-1 (AMD EPYC 7763, 4 cores, Ubuntu 24.04.1 LTS, x64)</c>; the host is left out when empty.</summary>
    public override string ToString()
        => (Host.Length > 0 ? $"{Host} " : "") + $"({Cpu}, {LogicalCores} cores, {Os}, {Arch})";
}
