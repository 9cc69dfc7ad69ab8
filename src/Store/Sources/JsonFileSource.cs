using System.Text.Json;

namespace Lab.CowStore;

/// <summary>
/// Loads a <typeparamref name="T"/> from a JSON file with strict <c>System.Text.Json</c> rules
/// (see <see cref="StrictJson.CreateOptions"/>). Errors name the file, the 1-based line and byte position.
/// </summary>
/// <typeparam name="T">The store's value type.</typeparam>
public sealed class JsonFileSource<T> : ISnapshotSource<T>
{
    private readonly JsonSerializerOptions options;

    /// <summary>Creates a source for <paramref name="path"/>.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="options">Serializer options; null for <see cref="StrictJson.CreateOptions"/>.</param>
    public JsonFileSource(string path, JsonSerializerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        this.options = options ?? StrictJson.CreateOptions();
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Name => Path;

    /// <inheritdoc/>
    public async ValueTask<T> LoadAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(Path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotSourceException($"{Path}: cannot read: {ex.Message}", ex);
        }

        return StrictJson.Deserialize<T>(bytes, options, Path);
    }
}
