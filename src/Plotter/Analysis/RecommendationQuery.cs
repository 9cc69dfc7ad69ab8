namespace Lab.Plotter.Analysis;

/// <summary>What <c>recommend</c> is asked: a map size, reader threads, a write rate and the key type.</summary>
/// <param name="Size">Entries, positive.</param>
/// <param name="Readers">Reader threads, positive.</param>
/// <param name="WritesPerSecond">Writes per second, zero or more.</param>
/// <param name="StringKeys">True for string keys, false for int keys.</param>
internal sealed record RecommendationQuery(int Size, int Readers, int WritesPerSecond, bool StringKeys)
{
    /// <summary>The matrix key distribution that stands for the asked key type: uniform int keys, or the long-prefix string keys.</summary>
    public string MatrixKeys => StringKeys ? KeyDistributions.Prefix : KeyDistributions.Uniform;
}
