using HdrHistogram;
using Lab.Plotter.Data;

namespace Lab.Plotter.Rate;

/// <summary>Reads the HdrHistogram logs of a rate run (format 1.3, UTF-8 or the .NET writer's UTF-16).</summary>
internal static class HistogramLogs
{
    /// <summary>The histogram tagged <c>reader</c> of a cell's log; a <see cref="CsvDataException"/> naming the file when there is none or the log is unreadable.</summary>
    public static HistogramBase ReadReader(string path, string cell)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new HistogramLogReader(stream);
            return reader.ReadHistograms().FirstOrDefault(h => h.Tag == "reader")
                ?? throw new CsvDataException(Path.GetFileName(path), 0, null, $"no histogram tagged 'reader' (cell {cell})");
        }
        catch (Exception exception) when (exception is FormatException or IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new CsvDataException(Path.GetFileName(path), 0, null, $"not a readable HdrHistogram log (cell {cell}): {exception.Message}");
        }
    }
}
