namespace Lab.ConfigService.Hosting;

/// <summary>
/// The command line of the service, parsed and checked. A process is an origin (serves a JSON file given
/// by <c>--config</c>), a replica (mirrors another process given by <c>--replica-of</c>) or an etcd
/// follower (serves one etcd key given by <c>--etcd</c> and <c>--etcd-key</c>, like every other process
/// watching that key).
/// </summary>
internal sealed record ServiceOptions
{
    /// <summary>Where Kestrel listens when <c>--urls</c> is not given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Default cap of the replica's retry delay.</summary>
    public static readonly TimeSpan DefaultMaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>The JSON file served in origin mode; null in replica mode.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>True to reload the file when it changes on disk as well as on SIGHUP.</summary>
    public bool Watch { get; init; }

    /// <summary>The origin mirrored in replica mode; null in origin mode.</summary>
    public Uri? ReplicaOf { get; init; }

    /// <summary>The etcd client URL in etcd mode; null otherwise.</summary>
    public Uri? Etcd { get; init; }

    /// <summary>The etcd key served in etcd mode; null otherwise.</summary>
    public string? EtcdKey { get; init; }

    /// <summary>The checkpoint file of etcd mode; null for none.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Cap of the replica's retry delay.</summary>
    public TimeSpan MaxBackoff { get; init; } = DefaultMaxBackoff;

    /// <summary>Kestrel's listen addresses, separated by ';'.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>True to log JSON lines instead of plain single lines.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>True when <c>--help</c> was asked for; nothing else is meaningful then.</summary>
    public bool ShowHelp { get; init; }
}
