using System.Diagnostics;
using System.Globalization;
using Lab.Results;

namespace Lab.Benchmarks.Export;

/// <summary>What identifies a run: its id (UTC start + short commit, + <c>-shard-i-of-n</c> for a shard), start time, commit, profile and shard.</summary>
internal sealed record RunInfo(string RunId, DateTimeOffset StartedUtc, string Commit, string Profile)
{
    /// <summary>The shard this run measures; <see cref="Shard.Unsharded"/> for a whole run.</summary>
    public Shard Shard { get; init; } = Shard.Unsharded;

    /// <summary>This run as shard <paramref name="shard"/>: the run id gains <c>-shard-i-of-n</c> (nothing when unsharded), so shards started in one second on one machine get their own folders.</summary>
    public RunInfo AsShard(Shard shard)
        => shard.IsUnsharded ? this : this with { Shard = shard, RunId = string.Create(CultureInfo.InvariantCulture, $"{RunId}-shard-{shard.Index}-of-{shard.Count}") };

    /// <summary>Describes a run starting now, reading the commit of the repository at <paramref name="repositoryDirectory"/>.</summary>
    public static RunInfo Start(string profile, string repositoryDirectory)
    {
        var now = DateTimeOffset.UtcNow;
        var head = Git(repositoryDirectory, "rev-parse HEAD");
        var commit = head is null
            ? "unknown"
            : head + (string.IsNullOrEmpty(Git(repositoryDirectory, "status --porcelain --untracked-files=no")) ? string.Empty : "-dirty");
        var shortCommit = head is null ? "nogit" : head[..Math.Min(7, head.Length)];
        var runId = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + shortCommit;
        return new RunInfo(runId, now, commit, profile);
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git not installed
        }
    }
}
