namespace Lab.Plotter.Input;

/// <summary>
/// A top-level CSV that Lab.Results has no row type for (a file a later commit added): every shard's copy
/// must have the same header line, and the merged file is that header followed by each shard's data lines,
/// byte for byte (quoted fields spanning lines included: only the first line is taken apart). Its rows have
/// no cell group, so only the shard checks apply to it.
/// </summary>
internal sealed class RawRowFile(string fileName) : RowFile(fileName)
{
    public override ShardRows Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var text = File.ReadAllText(path);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0 || text[..end].TrimEnd('\r').Length == 0)
        {
            throw new ResultsFileException(path, 1, null, "the file has no header line ending in a newline");
        }

        return new Text(this, path, text[..(end + 1)], text[(end + 1)..]);
    }

    public override void Write(string path, IReadOnlyList<ShardRows> parts)
    {
        var texts = parts.Cast<Text>().ToList();
        var different = texts.FirstOrDefault(part => part.Header != texts[0].Header);
        if (different is not null)
        {
            throw new MergeInputException($"{different.Path}: its header differs from {texts[0].Path}'s, so the rows cannot be joined");
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(texts[0].Header);
        foreach (var part in texts)
        {
            writer.Write(part.Body.Length == 0 || part.Body.EndsWith('\n') ? part.Body : part.Body + "\n");
        }
    }

    private sealed class Text(RowFile file, string path, string header, string body) : ShardRows(file, new HashSet<CellGroup>())
    {
        public string Path { get; } = path;

        public string Header { get; } = header;

        public string Body { get; } = body;
    }
}
