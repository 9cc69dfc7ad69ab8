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

    public const string HelpText = """
        Lab.ConfigService: serves a typed configuration snapshot over HTTP, reloads it on SIGHUP,
        exports Prometheus metrics, and can mirror another instance.

        Usage:
          dotnet Lab.ConfigService.dll --config <file.json> [--watch] [--urls <url>] [--json-logs]
          dotnet Lab.ConfigService.dll --replica-of <http://host:port> [--max-backoff <seconds>] [--urls <url>] [--json-logs]
          dotnet Lab.ConfigService.dll --etcd <http://host:port> --etcd-key <key> [--checkpoint <file>] [--urls <url>] [--json-logs]

        Options:
          --config <path>         JSON file to serve (origin mode). Reloaded on SIGHUP; a file that does
                                  not parse or validate is rejected and the old snapshot keeps serving;
                                  an unchanged value publishes nothing.
          --watch                 Also reload when the file changes on disk (origin mode only).
          --replica-of <url>      Base URL of another instance to mirror (replica mode): long-polls its
                                  /config with If-None-Match and republishes every newer snapshot.
          --max-backoff <seconds> Cap of the replica's exponential retry delay while the origin is
                                  unreachable (default 10, range 0.1-300).
          --etcd <url>            etcd client URL (etcd mode): serves the key given by --etcd-key, watches
                                  it and publishes every put; a value that does not parse or validate is
                                  rejected and the old snapshot keeps serving; so does a deleted key.
                                  While etcd is unreachable the last good snapshot keeps serving.
          --etcd-key <key>        The etcd key holding the configuration as JSON (etcd mode).
          --checkpoint <file>     Saves every published snapshot to <file> (etcd mode) and starts from it
                                  when etcd is unreachable at start or the key is unusable.
          --urls <url>[;<url>]    Addresses to listen on (default http://127.0.0.1:5080; port 0 picks a free port).
          --json-logs             Write logs as JSON lines (every message template property a field)
                                  instead of one human-readable line per entry.
          --help                  Prints this text.

        Endpoints:
          GET /config                      snapshot as JSON, version in a strong ETag; If-None-Match -> 304
          GET /config?waitForChange=<s>    long-polls up to <s> seconds (0-60) for a newer version
          PUT /config?revision=<r>         etcd mode: writes the body to the key if its mod revision is
                                           still <r> (409 otherwise); answers once this instance serves it
          GET /metrics                     Prometheus text: config_version, config_age_seconds,
                                           config_updates_total, config_reload_failures_total,
                                           config_reloads_unchanged_total
          GET /health                      200 while a snapshot is serving ("degraded" with a reason in etcd
                                           mode when the snapshot may be older than etcd's), 503 before the first one

        Other methods answer 405 (Allow: GET); errors are application/problem+json.

        Exit codes: 0 after a clean shutdown, 1 when the service cannot start (the initial config file is
        unusable; etcd is unreachable or its key unusable and no checkpoint exists; an address is in use
        or cannot be bound), 2 for bad arguments.
        """;

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
