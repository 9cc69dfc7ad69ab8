using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.ConfigService.Tests.Support;

/// <summary>
/// One running service process on loopback. Its stdout and stderr are collected line by line; tests
/// synchronize on lines (<c>WaitForLineAsync</c>) or on the service's long-poll endpoint, never on
/// sleeps. Every wait has a deadline that only guards against a hang. Disposing kills the process.
/// </summary>
internal sealed partial class ServiceProcess : IAsyncDisposable
{
    /// <summary>Failure guard for every wait: generous, because CI machines are slow and shared.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    private readonly Process process;
    private readonly Lock gate = new();
    private readonly List<string> lines = [];
    private readonly List<(int From, Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pendingEnds = 3; // stdout EOF, stderr EOF, process exit
    private int disposed;

    private ServiceProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = Deadline + TimeSpan.FromSeconds(60) };

    /// <summary>Number of output lines so far: pass it to <c>WaitForLineAsync</c> to wait for a later line.</summary>
    public int LineCount
    {
        get
        {
            lock (gate)
            {
                return lines.Count;
            }
        }
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Starts the service and waits until it announces the address it listens on.</summary>
    public static async Task<ServiceProcess> StartAsync(params string[] arguments)
    {
        var service = Launch(arguments.Contains("--urls") ? arguments : [.. arguments, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var line = await service.WaitForLineAsync(l => ListeningLine().IsMatch(l));
            service.BaseAddress = new Uri(ListeningLine().Match(line).Groups["url"].Value);
            service.Http.BaseAddress = service.BaseAddress;
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the service to completion (for command lines that make it exit): exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] arguments)
    {
        await using var service = Launch(arguments);
        await service.exited.Task.WaitAsync(Deadline);
        return (service.process.ExitCode, service.Output);
    }

    /// <summary>Completes with the first line at index <paramref name="from"/> or later that matches.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match, int from = 0)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            for (var i = from; i < lines.Count; i++)
            {
                if (match(lines[i]))
                {
                    return Task.FromResult(lines[i]);
                }
            }

            waiters.Add((from, match, found));
        }

        return WithDiagnosticsAsync(found.Task);
    }

    public Task<string> WaitForLineAsync(string contains, int from = 0) =>
        WaitForLineAsync(l => l.Contains(contains, StringComparison.Ordinal), from);

    public void Signal(int signal) => PosixSignals.Send(process.Id, signal);

    /// <summary>SIGTERM (a clean stop), then waits until the process is gone; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        Signal(PosixSignals.Terminate);
        await exited.Task.WaitAsync(Deadline);
        return process.ExitCode;
    }

    /// <summary>SIGKILL, then waits until the process is gone and its output is drained.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await exited.Task.WaitAsync(Deadline);
    }

    /// <summary>Kills the process (once; later calls do nothing).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        Http.Dispose();
        try
        {
            await KillAsync();
        }
        finally
        {
            process.Dispose();
        }
    }

    private static ServiceProcess Launch(string[] arguments)
    {
        var start = new ProcessStartInfo(ServiceBinary.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ServiceBinary.DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => service.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => service.OnLine(e.Data);
        process.Exited += (_, _) => service.OnEnd();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Null marks the end of one stream.</summary>
    private void OnLine(string? line)
    {
        if (line is null)
        {
            OnEnd();
            return;
        }

        lock (gate)
        {
            lines.Add(line);
            var index = lines.Count - 1;
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (index >= waiters[i].From && waiters[i].Match(line))
                {
                    waiters[i].Found.TrySetResult(line);
                    waiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>The process counts as exited when both streams ended and it is gone.</summary>
    private void OnEnd()
    {
        if (Interlocked.Decrement(ref pendingEnds) == 0)
        {
            FailWaiters();
            exited.TrySetResult();
        }
    }

    private void FailWaiters()
    {
        lock (gate)
        {
            foreach (var waiter in waiters)
            {
                waiter.Found.TrySetException(new InvalidOperationException($"The service exited before the awaited line. Output:\n{string.Join('\n', lines)}"));
            }

            waiters.Clear();
        }
    }

    private async Task<string> WithDiagnosticsAsync(Task<string> found)
    {
        try
        {
            return await found.WaitAsync(Deadline);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"No matching output line within {Deadline}. Output:\n{Output}", ex);
        }
    }

    [GeneratedRegex(@"Listening on (?<url>http://[^ ]+) as ")]
    private static partial Regex ListeningLine();
}
