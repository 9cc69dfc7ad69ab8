namespace Lab.ConfigService.Tests.Support;

/// <summary>Where the built service lives: the service project's own output for this test run's configuration.</summary>
internal static class ServiceBinary
{
    public static string DllPath { get; } = Locate();

    /// <summary>The dotnet host running the tests, so the child runs on the same runtime.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Locate()
    {
        // The tests run from tests/ConfigService.Tests/bin/<Configuration>/<tfm>/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Lab.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Lab.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "src", "ConfigService", "bin", configuration, framework, "Lab.ConfigService.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the service first: {dll} is missing.", dll);
    }
}
