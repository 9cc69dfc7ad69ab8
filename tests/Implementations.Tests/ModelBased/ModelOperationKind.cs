namespace Lab.Implementations.Tests.ModelBased;

/// <summary>The kinds of step in a generated operation sequence.</summary>
public enum ModelOperationKind
{
    Set,
    Remove,
    Get,
    Batch,
    Count,
    Snapshot,
}
