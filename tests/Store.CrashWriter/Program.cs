using Lab.CowStore;
using Lab.CowStore.CrashWriter;

// Usage: Lab.CowStore.CrashWriter <checkpoint-path>
// Restores the checkpoint, then forever: update, save, print "durable <version>" once Save returned.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Lab.CowStore.CrashWriter <checkpoint-path>");
    return 2;
}

var checkpoint = new CheckpointFile<CrashState>(args[0]);
var restored = checkpoint.Restore();
var options = new SnapshotStoreOptions<CrashState> { InitialVersion = restored?.Version ?? 1 }
    .AddValidator(static s => s.Payload.Count <= 300 ? null : "payload too large");
using var store = new SnapshotStore<CrashState>(restored?.Value ?? CrashState.Initial, options);
Console.Out.WriteLine($"restored {store.Version}");
Console.Out.Flush();
while (true)
{
    var snapshot = store.Update(static s => s.Next());
    if (snapshot.Value.Counter != snapshot.Version)
    {
        Console.Error.WriteLine($"counter {snapshot.Value.Counter} != version {snapshot.Version}");
        return 1;
    }

    checkpoint.Save(snapshot);
    Console.Out.WriteLine($"durable {snapshot.Version}");
    Console.Out.Flush();
}
