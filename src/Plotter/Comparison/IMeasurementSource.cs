namespace Lab.Plotter.Comparison;

/// <summary>
/// Reads the iterations of one results folder. The comparison needs only this; the lab's shared
/// results reader can replace <see cref="CsvMeasurementSource"/> behind it.
/// </summary>
internal interface IMeasurementSource
{
    /// <summary>
    /// Every row of <c>&lt;folder&gt;/measurements.csv</c>, in file order.
    /// Throws <see cref="CompareInputException"/> naming the file, line and column of bad input.
    /// </summary>
    IReadOnlyList<Measurement> Read(string folder);
}
