using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lab.CowStore;

/// <summary>
/// Saves snapshots to one file atomically and restores them on start-up, keeping the previous
/// checkpoint as a backup generation (<see cref="BackupPath"/>).
/// </summary>
/// <typeparam name="T">The store's value type; serialized with <c>System.Text.Json</c>.</typeparam>
/// <remarks>
/// <para>Format: one ASCII header line <c>LabCowStore-Checkpoint 1 version=V published=ISO-8601 length=N sha256=HEX</c>,
/// then exactly N bytes of JSON whose SHA-256 is HEX. A missing, truncated, extended or altered file fails the check.</para>
/// <para>Save: write <c>path.tmp</c>, flush it to the device (<c>FileStream.Flush(true)</c>, fsync), rename the
/// current checkpoint to <c>path.bak</c>, rename <c>path.tmp</c> to <c>path</c>. A crash at any point leaves
/// either the new checkpoint, or the old one as <c>path</c> or <c>path.bak</c>: <see cref="Restore"/> never sees a
/// half-written file as valid. The directory itself is not fsynced (no portable API), so after a power
/// loss (not a process crash) the last rename may be lost and the previous generation restored.</para>
/// </remarks>
public sealed class CheckpointFile<T>
{
    private const string magic = "LabCowStore-Checkpoint";
    private const int formatVersion = 1;
    private const int maxHeaderBytes = 512;
    private readonly JsonSerializerOptions options;
    private readonly Lock saveLock = new();

    /// <summary>Creates a checkpoint at <paramref name="path"/>.</summary>
    /// <param name="path">The checkpoint file; <c>.tmp</c> and <c>.bak</c> siblings are used next to it.</param>
    /// <param name="options">Serializer options; null for <see cref="StrictJson.CreateOptions"/>.</param>
    public CheckpointFile(string path, JsonSerializerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        BackupPath = Path + ".bak";
        TemporaryPath = Path + ".tmp";
        this.options = options ?? StrictJson.CreateOptions();
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }

    /// <summary>The previous generation, restored when <see cref="Path"/> is missing or corrupt.</summary>
    public string BackupPath { get; }

    /// <summary>Where a save is written before it is renamed over <see cref="Path"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>
    /// Writes <paramref name="snapshot"/> durably: when this returns, the checkpoint (or, after a power
    /// loss, its previous generation) holds it. Saves are serialized.
    /// </summary>
    /// <param name="snapshot">The snapshot to save.</param>
    public void Save(Snapshot<T> snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var payload = JsonSerializer.SerializeToUtf8Bytes(snapshot.Value, options);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"{magic} {formatVersion} version={snapshot.Version} published={snapshot.PublishedAt:O} length={payload.Length} sha256={Convert.ToHexStringLower(SHA256.HashData(payload))}\n");

        lock (saveLock)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using (var stream = new FileStream(TemporaryPath, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(Encoding.ASCII.GetBytes(header));
                stream.Write(payload);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(Path))
            {
                File.Move(Path, BackupPath, overwrite: true);
            }

            File.Move(TemporaryPath, Path, overwrite: true);
        }
    }

    /// <summary>
    /// Reads the newest valid generation: <see cref="Path"/>, else <see cref="BackupPath"/>.
    /// </summary>
    /// <returns>The restored checkpoint, or null when neither file exists (a first start).</returns>
    /// <exception cref="CheckpointCorruptException">Files exist but none is valid; the message names each file and its problem.</exception>
    public RestoredCheckpoint<T>? Restore()
    {
        var errors = new List<string>();
        var found = false;
        foreach (var path in (string[])[Path, BackupPath])
        {
            if (!File.Exists(path))
            {
                continue;
            }

            found = true;
            try
            {
                var (value, version, publishedAt) = Read(File.ReadAllBytes(path), path);
                return new RestoredCheckpoint<T>(value, version, publishedAt, path, errors);
            }
            catch (CheckpointCorruptException ex)
            {
                errors.Add(ex.Message);
            }
        }

        return found ? throw new CheckpointCorruptException(errors) : null;
    }

    private (T Value, long Version, DateTimeOffset PublishedAt) Read(byte[] file, string path)
    {
        var newline = Array.IndexOf(file, (byte)'\n', 0, Math.Min(file.Length, maxHeaderBytes));
        if (newline < 0)
        {
            throw Corrupt(path, file.Length == 0 ? "the file is empty" : "no header line (truncated or not a checkpoint)");
        }

        var fields = Encoding.ASCII.GetString(file, 0, newline).Split(' ');
        if (fields.Length != 6 || fields[0] != magic || fields[1] != formatVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw Corrupt(path, $"bad header, expected '{magic} {formatVersion} version=.. published=.. length=.. sha256=..'");
        }

        var version = long.TryParse(Field(fields[2], "version", path), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v : throw Corrupt(path, "header field 'version' is not a number");
        var publishedAt = DateTimeOffset.TryParseExact(Field(fields[3], "published", path), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)
            ? p : throw Corrupt(path, "header field 'published' is not an ISO-8601 time");
        var length = int.TryParse(Field(fields[4], "length", path), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw Corrupt(path, "header field 'length' is not a number");
        var checksum = Field(fields[5], "sha256", path);

        var payload = file.AsSpan(newline + 1);
        if (payload.Length != length)
        {
            throw Corrupt(path, $"{(payload.Length < length ? "truncated" : "extended")}: header says {length} payload bytes, file has {payload.Length}");
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(payload));
        if (!string.Equals(actual, checksum, StringComparison.Ordinal))
        {
            throw Corrupt(path, $"checksum mismatch: header says sha256 {checksum}, content has {actual}");
        }

        try
        {
            return (StrictJson.Deserialize<T>(payload, options, path), version, publishedAt);
        }
        catch (SnapshotSourceException ex)
        {
            throw Corrupt(path, $"payload does not match the type: {ex.Message}");
        }
    }

    private static string Field(string field, string name, string path) =>
        field.StartsWith(name + "=", StringComparison.Ordinal) ? field[(name.Length + 1)..] : throw Corrupt(path, $"header field '{name}' is missing");

    private static CheckpointCorruptException Corrupt(string path, string problem) => new($"checkpoint '{path}': {problem}");
}
