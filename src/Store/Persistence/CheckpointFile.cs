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
/// <para>Format 2: one ASCII header line <c>LabCowStore-Checkpoint 2 version=V published=ISO-8601 length=N sha256=HEX</c>,
/// then exactly N bytes of JSON. HEX is the SHA-256 of the file with <c> sha256=HEX</c> cut out: the header's
/// other fields, the newline and the payload, so every field trusted on restore is covered. A missing,
/// truncated, extended or altered file (header or payload) fails the check.</para>
/// <para>Format 1 (written before the header was checksummed; HEX covers the payload only) is still read,
/// never written: in such a file an altered <c>version</c> or <c>published</c> cannot be detected.</para>
/// <para>Save: write <c>path.tmp</c>, flush it to the device (<c>FileStream.Flush(true)</c>, fsync), rename the
/// current checkpoint to <c>path.bak</c> if it is valid, rename <c>path.tmp</c> to <c>path</c>. An invalid current
/// checkpoint (torn, altered) is replaced, never rotated, so <c>path.bak</c> is never overwritten by an invalid file:
/// once it holds a valid generation it always does. A crash at any point leaves
/// either the new checkpoint, or the last valid one as <c>path</c> or <c>path.bak</c>: <see cref="Restore"/> never sees a
/// half-written file as valid. The directory itself is not fsynced (no portable API), so after a power
/// loss (not a process crash) the last rename may be lost and the previous generation restored.</para>
/// </remarks>
public sealed class CheckpointFile<T>
{
    private const string magic = "LabCowStore-Checkpoint";
    private const int formatVersion = 2;

    // Read, never written: its sha256 covers the payload only.
    private const int payloadOnlyFormatVersion = 1;
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
        var fields = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{magic} {formatVersion} version={snapshot.Version} published={snapshot.PublishedAt:O} length={payload.Length}"));
        var checksum = Encoding.ASCII.GetBytes($" sha256={Checksum(fields, payload)}\n");

        lock (saveLock)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using (var stream = new FileStream(TemporaryPath, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(fields);
                stream.Write(checksum);
                stream.Write(payload);
                stream.Flush(flushToDisk: true);
            }

            // Only a valid checkpoint becomes the backup: demoting a torn or altered one would
            // overwrite the last good generation, and a crash before the next rename would leave none.
            if (IsValid(Path))
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
        var format = fields.Length > 1 && fields[1] == payloadOnlyFormatVersion.ToString(CultureInfo.InvariantCulture)
            ? payloadOnlyFormatVersion
            : formatVersion;
        if (fields.Length != 6 || fields[0] != magic || fields[1] != format.ToString(CultureInfo.InvariantCulture))
        {
            throw Corrupt(path, $"bad header, expected '{magic} {formatVersion} version=.. published=.. length=.. sha256=..' (or format {payloadOnlyFormatVersion})");
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

        // ASCII decoding maps byte i to char i, so the header's fields before " sha256=" are the file's first bytes.
        var actual = format == payloadOnlyFormatVersion
            ? Convert.ToHexStringLower(SHA256.HashData(payload))
            : Checksum(file.AsSpan(0, newline - fields[5].Length - 1), payload);
        if (!string.Equals(actual, checksum, StringComparison.Ordinal))
        {
            throw Corrupt(path, $"checksum mismatch: header says sha256 {checksum}, {(format == payloadOnlyFormatVersion ? "content has" : "header and content have")} {actual}");
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

    // False when the file is missing or fails the check Restore makes.
    private bool IsValid(string path)
    {
        byte[] file;
        try
        {
            file = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return false;
        }

        try
        {
            Read(file, path);
            return true;
        }
        catch (CheckpointCorruptException)
        {
            return false;
        }
    }

    // Format 2's checksum: SHA-256 of the header's fields before " sha256=", a newline, and the payload.
    private static string Checksum(ReadOnlySpan<byte> headerFields, ReadOnlySpan<byte> payload)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(headerFields);
        hash.AppendData("\n"u8);
        hash.AppendData(payload);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Field(string field, string name, string path) =>
        field.StartsWith(name + "=", StringComparison.Ordinal) ? field[(name.Length + 1)..] : throw Corrupt(path, $"header field '{name}' is missing");

    private static CheckpointCorruptException Corrupt(string path, string problem) => new($"checkpoint '{path}': {problem}");
}
