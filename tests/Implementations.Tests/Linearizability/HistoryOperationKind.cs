namespace Lab.Implementations.Tests.Linearizability;

/// <summary>The single-key operations a recorded history holds.</summary>
public enum HistoryOperationKind
{
    Get,
    Set,
    Remove,
}
