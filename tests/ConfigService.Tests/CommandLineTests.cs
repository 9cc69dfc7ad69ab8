using System.Net;
using System.Net.Sockets;
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
    [InlineData(new[] { "--bogus" }, "error: unknown option '--bogus' (see Lab.ConfigService --help)")]
    [InlineData(new[] { "--etcd", "http://127.0.0.1:2379" }, "--etcd needs --etcd-key")]
    [InlineData(new[] { "--etcd-key", "/k" }, "Give either --config")]
    [InlineData(new[] { "--config", "a.json", "--etcd-key", "/k" }, "--etcd-key needs --etcd")]
    [InlineData(new[] { "--etcd", "127.0.0.1:2379", "--etcd-key", "/k" }, "--etcd: '127.0.0.1:2379' is not an etcd client URL")]
    [InlineData(new[] { "--etcd", "http://127.0.0.1", "--etcd-key", "/k" }, "is not an etcd client URL")]
    [InlineData(new[] { "--etcd", "http://127.0.0.1:2379", "--etcd-key", "/k", "--config", "a.json" }, "exclude each other")]
    [InlineData(new[] { "--config", "a.json", "--checkpoint", "c.ckpt" }, "--checkpoint needs --etcd")]
    [InlineData(new[] { "--etcd", "http://127.0.0.1:2379", "--etcd-key", "/k", "--watch" }, "--watch needs --config")]
    [InlineData(new[] { "--config", "a.json", "--urls", "foo" }, "--urls: 'foo' is not a listen address")]
    [InlineData(new[] { "--config", "a.json", "--urls", "http://127.0.0.1:0;ftp://x:1" }, "--urls: 'ftp://x:1' is not a listen address")]
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
        foreach (var option in new[] { "--config", "--watch", "--replica-of", "--max-backoff", "--etcd", "--etcd-key", "--checkpoint", "--urls", "--json-logs", "waitForChange", "/metrics", "/health" })
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
    public async Task A_busy_port_exits_1_naming_the_address()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        // The test holds the port for the whole run: the OS picked it free, so no other process has it.
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--config", path, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exitCode);
        Assert.Contains($"address 127.0.0.1:{port} is already in use", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_cannot_be_assigned_exits_1_naming_it()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);

        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): documentation only, never an address of this machine.
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--config", path, "--urls", "http://192.0.2.1:5080");

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot listen on http://192.0.2.1:5080", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
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
