using System.Globalization;

namespace Lab.ConfigService.Tests.Support;

/// <summary>A temporary directory with config files for one test; deleted on dispose.</summary>
internal sealed class ConfigFiles : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lab-configservice-");

    public string Path(string name) => System.IO.Path.Combine(directory.FullName, name);

    /// <summary>Writes a valid config whose <c>maxRetries</c> identifies it; returns the path.</summary>
    public string WriteValid(string name, int maxRetries) => Write(name, ValidJson(maxRetries));

    /// <summary>A valid config whose <c>maxRetries</c> identifies it.</summary>
    public static string ValidJson(int maxRetries) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "logLevel": "Information",
          "timeout": "00:00:05",
          "maxRetries": {{maxRetries}},
          "hosts": ["alpha.internal", "beta.internal"],
          "features": { "newCheckout": false }
        }
        """);

    /// <summary>Writes <paramref name="json"/> as is (for broken files); returns the path.</summary>
    public string Write(string name, string json)
    {
        // Replace atomically, as deploy tools do, so a reload never reads a half-written file.
        var path = Path(name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public void Dispose() => directory.Delete(recursive: true);
}
