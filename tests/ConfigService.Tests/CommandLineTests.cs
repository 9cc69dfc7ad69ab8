using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>The process refuses bad command lines and unusable files with a clear message and a non-zero exit.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "Give either --config")]
    [InlineData(new[] { "--config" }, "--config needs a value")]
    [InlineData(new[] { "--config", "a.json", "--replica-of", "http://127.0.0.1:1" }, "exclude each other")]
    [InlineData(new[] { "--replica-of", "ftp://x" }, "not an absolute http://")]
    [InlineData(new[] { "--replica-of", "http://127.0.0.1:1", "--watch" }, "--watch needs --config")]
    [InlineData(new[] { "--replica-of", "http://127.0.0.1:1", "--max-backoff", "0" }, "--max-backoff")]
    [InlineData(new[] { "--bogus" }, "Unknown argument '--bogus'")]
    public async Task Bad_arguments_exit_2_naming_the_problem(string[] arguments, string expected)
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0_and_documents_every_option()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--config", "--watch", "--replica-of", "--max-backoff", "--urls", "--json-logs", "waitForChange", "/metrics", "/health" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unusable_initial_file_exits_1_naming_file_and_line()
    {
        using var files = new ConfigFiles();
        var path = files.Write("config.json", "{\n  \"logLevel\": \"Information\",\n  \"timeout\": oops\n}");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--config", path);

        Assert.Equal(1, exitCode);
        Assert.Contains(path, output, StringComparison.Ordinal);
        Assert.Contains("line 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_initial_file_exits_1()
    {
        using var files = new ConfigFiles();

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--config", files.Path("missing.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("missing.json", output, StringComparison.Ordinal);
    }
}
