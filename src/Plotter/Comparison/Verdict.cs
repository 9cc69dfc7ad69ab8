namespace Lab.Plotter.Comparison;

/// <summary>The judgment of one cell, diff against base (lower ns/op is better).</summary>
internal enum Verdict
{
    /// <summary>Diff is slower than base beyond both the relative threshold and the noise floor.</summary>
    Slower,

    /// <summary>No difference beyond the relative threshold or the noise floor could be shown.</summary>
    Same,

    /// <summary>Diff is faster than base beyond both the relative threshold and the noise floor.</summary>
    Faster,

    /// <summary>Too few, too spread out or multimodal samples: no verdict is guessed.</summary>
    Noisy,
}
