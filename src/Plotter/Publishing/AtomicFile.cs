namespace Lab.Plotter.Publishing;

/// <summary>
/// Writes a file so a reader never sees it half-written: into a temporary file beside it, then
/// moved over the target in one rename.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        try
        {
            using (var stream = File.Create(temp))
            {
                write(stream);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
