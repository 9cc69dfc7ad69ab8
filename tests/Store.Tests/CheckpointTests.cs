using System.Globalization;
using System.Text;

namespace Lab.CowStore.Tests;

public sealed class CheckpointTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();
    private readonly CheckpointFile<ServiceConfig> checkpoint;
    private readonly SnapshotStore<ServiceConfig> store = new(ServiceConfig.Default, ServiceConfig.Options());

    public CheckpointTests() => checkpoint = new CheckpointFile<ServiceConfig>(directory.File("state.ckpt"));

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    [Fact]
    public void No_checkpoint_restores_nothing()
    {
        Assert.Null(checkpoint.Restore());
    }

    [Fact]
    public void A_saved_snapshot_restores_with_its_value_version_and_time()
    {
        var saved = store.Update(c => c with { Hosts = c.Hosts.Add("a"), Features = c.Features.Add("f", true) });
        checkpoint.Save(saved);

        var restored = checkpoint.Restore()!;

        Assert.Equal(checkpoint.Path, restored.Path);
        Assert.Empty(restored.SkippedErrors);
        Assert.Equal((saved.Version, saved.PublishedAt), (restored.Version, restored.PublishedAt));
        Assert.Empty(SnapshotDiff.Compare(saved.Value, restored.Value));
        Assert.False(File.Exists(checkpoint.TemporaryPath));
    }

    [Fact]
    public void Restoring_into_a_new_store_continues_the_versions()
    {
        store.Update(c => c with { LogLevel = "warn" });
        checkpoint.Save(store.Current);
        var restored = checkpoint.Restore()!;

        using var next = new SnapshotStore<ServiceConfig>(restored.Value, new SnapshotStoreOptions<ServiceConfig> { InitialVersion = restored.Version });

        Assert.Equal(("warn", 2L), (next.Current.Value.LogLevel, next.Version));
        Assert.Equal(3, next.Update(c => c with { MaxRetries = 1 }).Version);
    }

    [Fact]
    public void The_previous_checkpoint_is_kept_as_a_backup_generation()
    {
        checkpoint.Save(store.Current);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));

        Assert.Contains("version=2 ", FirstLine(checkpoint.Path), StringComparison.Ordinal);
        Assert.Contains("version=1 ", FirstLine(checkpoint.BackupPath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("extended")]
    public void A_corrupt_checkpoint_falls_back_to_the_previous_generation_with_a_clear_error(string damage)
    {
        checkpoint.Save(store.Current);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));
        Damage(checkpoint.Path, damage);

        var restored = checkpoint.Restore()!;

        Assert.Equal(checkpoint.BackupPath, restored.Path);
        Assert.Equal(1, restored.Version);
        Assert.Equal("info", restored.Value.LogLevel);
        var error = Assert.Single(restored.SkippedErrors);
        Assert.StartsWith($"checkpoint '{checkpoint.Path}': ", error, StringComparison.Ordinal);
        Assert.Contains(
            damage switch
            {
                "truncated" => "truncated: header says",
                "flipped" => "checksum mismatch",
                "empty" => "the file is empty",
                "garbage" => "no header line",
                _ => "extended: header says",
            },
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_newest_generation_falls_back_to_the_backup()
    {
        checkpoint.Save(store.Current);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));
        File.Delete(checkpoint.Path);

        Assert.Equal(1, checkpoint.Restore()!.Version);
    }

    [Fact]
    public void When_every_generation_is_corrupt_restore_fails_naming_each_file()
    {
        checkpoint.Save(store.Current);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));
        Damage(checkpoint.Path, "truncated");
        Damage(checkpoint.BackupPath, "flipped");

        var error = Assert.Throws<CheckpointCorruptException>(checkpoint.Restore);

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains(checkpoint.Path, error.Errors[0], StringComparison.Ordinal);
        Assert.Contains(checkpoint.BackupPath, error.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_that_no_longer_matches_the_type_is_corrupt()
    {
        var other = new CheckpointFile<OtherShape>(checkpoint.Path);
        other.Save(new SnapshotStore<OtherShape>(new OtherShape(1)).Current);

        var error = Assert.Throws<CheckpointCorruptException>(checkpoint.Restore);

        Assert.Contains("payload does not match the type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_temporary_file_from_a_crash_is_ignored_and_replaced()
    {
        checkpoint.Save(store.Current);
        File.WriteAllText(checkpoint.TemporaryPath, "half a checkp");

        Assert.Equal(1, checkpoint.Restore()!.Version);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));
        Assert.Equal(2, checkpoint.Restore()!.Version);
    }

    [Fact]
    public void Every_changed_digit_of_the_header_is_rejected_and_the_previous_generation_restored()
    {
        checkpoint.Save(store.Current);
        checkpoint.Save(store.Update(c => c with { LogLevel = "warn" }));
        var original = File.ReadAllBytes(checkpoint.Path);
        var headerLength = Array.IndexOf(original, (byte)'\n');
        var edits = 0;

        for (var position = 0; position < headerLength; position++)
        {
            if (!char.IsAsciiDigit((char)original[position]))
            {
                continue;
            }

            foreach (var digit in "0123456789".Where(d => d != original[position]))
            {
                var edited = (byte[])original.Clone();
                edited[position] = (byte)digit;
                File.WriteAllBytes(checkpoint.Path, edited);

                var restored = checkpoint.Restore()!;

                var header = Encoding.ASCII.GetString(edited, 0, headerLength);
                Assert.True(checkpoint.BackupPath == restored.Path, $"accepted the altered header '{header}' as version {restored.Version}");
                Assert.Equal(1, restored.Version);
                Assert.StartsWith($"checkpoint '{checkpoint.Path}': ", Assert.Single(restored.SkippedErrors), StringComparison.Ordinal);
                edits++;
            }
        }

        Assert.True(edits > 9 * 20, $"only {edits} header edits tried");
    }

    [Fact]
    public void A_format_1_checkpoint_written_before_the_header_was_checksummed_still_restores()
    {
        // Written by the format-1 CheckpointFile (its sha256 covers the payload only) and kept byte for byte.
        File.Copy(RepositoryPaths.Combine("tests", "Store.Tests", "Fixtures", "checkpoint-format1.ckpt"), checkpoint.Path);

        var restored = checkpoint.Restore()!;

        Assert.Equal(checkpoint.Path, restored.Path);
        Assert.Empty(restored.SkippedErrors);
        Assert.Equal(3, restored.Version);
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T19:08:40.1125357+00:00", CultureInfo.InvariantCulture), restored.PublishedAt);
        Assert.Equal(("warn", 7, "alpha,beta", true), (restored.Value.LogLevel, restored.Value.MaxRetries, string.Join(',', restored.Value.Hosts), restored.Value.Features["dark-mode"]));
    }

    [Fact]
    public void A_damaged_format_1_checkpoint_is_still_rejected()
    {
        File.Copy(RepositoryPaths.Combine("tests", "Store.Tests", "Fixtures", "checkpoint-format1.ckpt"), checkpoint.Path);
        Damage(checkpoint.Path, "flipped");

        var error = Assert.Throws<CheckpointCorruptException>(checkpoint.Restore);

        Assert.Contains("checksum mismatch", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void New_checkpoints_are_written_in_format_2()
    {
        checkpoint.Save(store.Current);

        Assert.StartsWith("LabCowStore-Checkpoint 2 version=1 published=", FirstLine(checkpoint.Path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("header")]
    public void Saving_over_a_damaged_checkpoint_never_demotes_it_over_the_valid_backup(string damage)
    {
        using var versions = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, new SnapshotStoreOptions<ServiceConfig> { InitialVersion = 10 });
        checkpoint.Save(versions.Current);
        checkpoint.Save(versions.Update(c => c with { LogLevel = "warn" }));
        if (damage == "truncated")
        {
            Damage(checkpoint.Path, damage);
        }
        else
        {
            File.WriteAllText(checkpoint.Path, File.ReadAllText(checkpoint.Path).Replace("version=11 ", "version=91 ", StringComparison.Ordinal));
        }

        Assert.Equal(10, checkpoint.Restore()!.Version);

        checkpoint.Save(versions.Update(c => c with { LogLevel = "debug" }));

        Assert.Equal(12, checkpoint.Restore()!.Version);

        // A crash between a save's two renames leaves the backup and no checkpoint: the backup must still be valid.
        File.Delete(checkpoint.Path);
        var fallback = checkpoint.Restore()!;
        Assert.Equal((checkpoint.BackupPath, 10L, "info"), (fallback.Path, fallback.Version, fallback.Value.LogLevel));
        Assert.Empty(fallback.SkippedErrors);
    }

    public sealed record OtherShape(int Count);

    private static string FirstLine(string path) => File.ReadLines(path).First();

    private static void Damage(string path, string damage)
    {
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(path, bytes[..^10]);
                break;
            case "flipped":
                bytes[^5] ^= 0x01;
                File.WriteAllBytes(path, bytes);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "garbage":
                File.WriteAllBytes(path, Encoding.ASCII.GetBytes("not a checkpoint at all"));
                break;
            default:
                File.WriteAllBytes(path, [.. bytes, (byte)' ']);
                break;
        }
    }
}
