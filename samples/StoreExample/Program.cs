using System.Collections.Immutable;
using Lab.CowStore;

// A store of an immutable record; validators run before every publish.
var options = new SnapshotStoreOptions<AppConfig> { Name = "app" }
    .AddValidator(c => c.MaxRetries is >= 0 and <= 100 ? null : $"MaxRetries must be 0..100, got {c.MaxRetries}");
using var store = new SnapshotStore<AppConfig>(new AppConfig("info", 3, []), options);
using var subscription = store.Subscribe();

// Readers: one volatile load gives value, version and publish time together.
var before = store.Current;
Console.WriteLine($"v{before.Version}: {before.Value.LogLevel}");

// Writers: copy-on-write with `with`; a rejected update keeps the old snapshot.
var after = store.Update(c => c with { LogLevel = "debug", Hosts = c.Hosts.Add("db-1") });
try
{
    store.Update(c => c with { MaxRetries = 500 });
}
catch (SnapshotValidationException e)
{
    Console.WriteLine(e.Message);
}

foreach (var change in SnapshotDiff.Compare(before, after))
{
    Console.WriteLine(change);
}

// Reload from a strict JSON file: an unknown member is an error with file, line and byte.
var directory = Directory.CreateTempSubdirectory("cowstore-example-").FullName;
var file = Path.Combine(directory, "app.json");
File.WriteAllText(file, """{ "logLevel": "warn", "maxRetries": 5, "hosts": ["db-1"], "timeout": 1 }""");
var reload = await store.ReloadAsync(new JsonFileSource<AppConfig>(file));
Console.WriteLine($"{reload.Status}: {reload.Error}");
File.WriteAllText(file, """{ "logLevel": "warn", "maxRetries": 5, "hosts": ["db-1", "db-2"] }""");
Console.WriteLine((await store.ReloadAsync(new JsonFileSource<AppConfig>(file))).Status);

// A slow subscriber skips versions but always ends at the newest.
var newest = await subscription.ReadAsync();
Console.WriteLine($"subscriber at v{newest.Version}, skipped {subscription.SkippedVersions}");

// Checkpoint atomically, restore on the next start.
var checkpoint = new CheckpointFile<AppConfig>(Path.Combine(directory, "app.ckpt"));
checkpoint.Save(store.Current);
var restored = checkpoint.Restore()!;
Console.WriteLine($"restored v{restored.Version} with {restored.Value.Hosts.Count} hosts");
Directory.Delete(directory, recursive: true);

/// <summary>The example's configuration: immutable members only.</summary>
public sealed record AppConfig(string LogLevel, int MaxRetries, ImmutableList<string> Hosts);
