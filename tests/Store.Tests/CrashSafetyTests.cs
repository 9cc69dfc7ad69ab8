using System.Diagnostics;
using System.Globalization;
using Lab.CowStore.CrashWriter;

namespace Lab.CowStore.Tests;

/// <summary>
/// Starts the real writer process (tests/Store.CrashWriter), SIGKILLs it at random moments and checks
/// that every restart restores a valid checkpoint no older than the last version it acknowledged as durable.
/// Every third round also changes one digit of the checkpoint's header after the kill: restore must skip
/// that file and fall back to the backup generation, and the next writer's saves must keep the backup valid.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int rounds = 30;
    private const int headerDamageEvery = 3;
    private static readonly TimeSpan failureGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_restart_after_SIGKILL_restores_a_valid_snapshot_not_older_than_the_last_acknowledged()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("crash.ckpt");
        var checkpoint = new CheckpointFile<CrashState>(path);
        var random = new Random(20_261_127);
        long acknowledged = 0;
        var headerDamages = 0;

        for (var round = 0; round < rounds; round++)
        {
            using var guard = new CancellationTokenSource(failureGuard);
            using var child = StartWriter(path);
            var stderr = child.StandardError.ReadToEndAsync(guard.Token);

            var restoredByChild = Parse(await child.StandardOutput.ReadLineAsync(guard.Token), "restored", stderr);
            Assert.True(restoredByChild >= acknowledged, $"round {round}: child restored {restoredByChild} < acknowledged {acknowledged}");

            // Kill after a random number of acknowledgements, plus a random spin so the kill lands anywhere in update/save.
            for (var acks = random.Next(0, 25); acks > 0; acks--)
            {
                acknowledged = Parse(await child.StandardOutput.ReadLineAsync(guard.Token), "durable", stderr);
            }

            Thread.SpinWait(random.Next(0, 200_000));
            child.Kill();
            await child.WaitForExitAsync(guard.Token);

            // Lines written before the kill are acknowledgements too.
            while (await child.StandardOutput.ReadLineAsync(guard.Token) is { } line)
            {
                acknowledged = Parse(line, "durable", stderr);
            }

            var restored = checkpoint.Restore();
            Assert.NotNull(restored);
            Assert.True(restored.Version >= acknowledged, $"round {round}: restored {restored.Version} < acknowledged {acknowledged} ({string.Join("; ", restored.SkippedErrors)})");
            Assert.Equal(restored.Version, restored.Value.Counter);

            if (round % headerDamageEvery == headerDamageEvery - 1 && restored.Path == checkpoint.Path && File.Exists(checkpoint.BackupPath))
            {
                ChangeOneHeaderDigit(path, random);
                var fallback = checkpoint.Restore();
                Assert.NotNull(fallback);
                Assert.True(fallback.Path == checkpoint.BackupPath, $"round {round}: the altered header '{File.ReadLines(path).First()}' was accepted as version {fallback.Version}");
                Assert.StartsWith($"checkpoint '{path}': ", Assert.Single(fallback.SkippedErrors), StringComparison.Ordinal);
                Assert.Equal(fallback.Version, fallback.Value.Counter);

                // The damage deliberately discarded the newest generation: the next writer continues from the backup.
                acknowledged = fallback.Version;
                headerDamages++;
            }
        }

        Assert.True(acknowledged > rounds, $"only {acknowledged} versions acknowledged in {rounds} rounds");
        Assert.True(headerDamages > 0, "no round damaged a header");
    }

    private static void ChangeOneHeaderDigit(string path, Random random)
    {
        var bytes = File.ReadAllBytes(path);
        var digits = Enumerable.Range(0, Array.IndexOf(bytes, (byte)'\n')).Where(i => char.IsAsciiDigit((char)bytes[i])).ToArray();
        var position = digits[random.Next(digits.Length)];
        bytes[position] = (byte)('0' + ((bytes[position] - '0' + random.Next(1, 10)) % 10));
        File.WriteAllBytes(path, bytes);
    }

    private static Process StartWriter(string checkpointPath)
    {
        var writer = typeof(CrashState).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(checkpointPath);
        return Process.Start(start) ?? throw new InvalidOperationException("cannot start " + writer);
    }

    private static long Parse(string? line, string expectedWord, Task<string> stderr)
    {
        var parts = line?.Split(' ');
        if (parts is not [var word, var number] || word != expectedWord)
        {
            var error = stderr.IsCompleted ? stderr.Result : "(still running)";
            throw new InvalidOperationException($"unexpected child output '{line}', expected '{expectedWord} <version>'; stderr: {error}");
        }

        return long.Parse(number, CultureInfo.InvariantCulture);
    }
}
