using HdrHistogram;

namespace Lab.Plotter.Input;

/// <summary>Reads the HdrHistogram logs of a rate run (format 1.3, UTF-8 or the .NET writer's UTF-16).</summary>
internal static class HistogramLogs
{
    /// <summary>Checks that the row's log holds a <c>reader</c> histogram of <c>reader_samples</c> values.</summary>
    public static void CheckReaderSamples(LatencyRow row, CsvRecord record, string folder)
    {
        var recorded = ReadReader(row.HistogramPathIn(folder), row.Cell.ToString()).TotalCount;
        if (recorded != row.ReaderSamples)
        {
            throw record.Error("histogram", $"the log's reader histogram holds {recorded} values, reader_samples says {record.Raw("reader_samples")}");
        }
    }

    /// <summary>The histogram tagged <c>reader</c> of a cell's log; a <see cref="ResultsFileException"/> naming the file when there is none or the log is unreadable.</summary>
    public static HistogramBase ReadReader(string path, string cell)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new HistogramLogReader(stream);
            return reader.ReadHistograms().FirstOrDefault(h => h.Tag == "reader")
                ?? throw new ResultsFileException(path, 0, null, $"no histogram tagged 'reader' (cell {cell})");
        }
        catch (Exception exception) when (exception is FormatException or IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new ResultsFileException(path, 0, null, $"not a readable HdrHistogram log (cell {cell}): {exception.Message}");
        }
    }
}
