namespace Lab.Maps;

/// <summary>What a <see cref="MapWrite{TKey, TValue}"/> does.</summary>
public enum MapWriteKind
{
    /// <summary>Insert or replace the value.</summary>
    Set,

    /// <summary>Remove the key if present.</summary>
    Remove,
}
