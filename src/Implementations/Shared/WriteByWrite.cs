namespace Lab.Maps;

/// <summary>
/// A batch for designs without atomic batches: its writes applied one at a time through the map's
/// own <see cref="IConcurrentMap{TKey, TValue}.Set"/> and <see cref="IConcurrentMap{TKey, TValue}.Remove"/>,
/// so readers may see any prefix of it and a write that throws leaves the earlier ones applied.
/// </summary>
internal static class WriteByWrite
{
    /// <summary>Applies <paramref name="writes"/> to <paramref name="map"/> in order, each as its own operation.</summary>
    public static void Apply<TKey, TValue>(IConcurrentMap<TKey, TValue> map, ReadOnlySpan<MapWrite<TKey, TValue>> writes)
        where TKey : notnull
    {
        foreach (ref readonly var write in writes)
        {
            if (write.Kind == MapWriteKind.Remove)
            {
                map.Remove(write.Key);
            }
            else
            {
                map.Set(write.Key, write.Value);
            }
        }
    }
}
