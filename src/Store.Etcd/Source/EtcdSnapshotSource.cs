using System.Text.Json;
using Etcdserverpb;
using Google.Protobuf;

namespace Lab.CowStore.Etcd;

/// <summary>
/// One etcd key as a snapshot source: <see cref="LoadAsync"/> reads the key and parses its value with the
/// store's strict JSON rules (<see cref="StrictJson.CreateOptions"/> unless other options are given), and
/// <see cref="CompareAndSetAsync"/> writes it only if its mod revision is still the expected one, in one
/// etcd transaction. Errors name the endpoint, the key and, for a bad value, the revision, line and byte.
/// A missing key is a load error (<see cref="SnapshotSourceException"/>): a store keeps its last value.
/// Thread-safe; holds no state beyond its settings.
/// </summary>
/// <typeparam name="T">The value type stored as JSON in the key.</typeparam>
public sealed class EtcdSnapshotSource<T> : ISnapshotSource<EtcdValue<T>>
{
    private readonly JsonSerializerOptions options;
    private readonly ByteString keyBytes;

    /// <summary>Creates the source for <paramref name="key"/> on <paramref name="connection"/>.</summary>
    /// <param name="connection">The etcd connection; not owned.</param>
    /// <param name="key">The key, such as <c>/lab/config</c>.</param>
    /// <param name="options">Serializer options; null for <see cref="StrictJson.CreateOptions"/>.</param>
    public EtcdSnapshotSource(EtcdConnection connection, string key, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(key);
        Connection = connection;
        Key = key;
        keyBytes = ByteString.CopyFromUtf8(key);
        this.options = options ?? StrictJson.CreateOptions();
        Name = $"etcd {connection.Endpoint.AbsoluteUri.TrimEnd('/')} key {key}";
    }

    /// <summary>The connection the key is read through.</summary>
    public EtcdConnection Connection { get; }

    /// <summary>The etcd key.</summary>
    public string Key { get; }

    /// <inheritdoc/>
    public string Name { get; }

    internal ByteString KeyBytes => keyBytes;

    /// <summary>Reads the key (a linearizable read) and parses its value.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value with its mod revision.</returns>
    /// <exception cref="EtcdUnavailableException">etcd did not answer within the connection's request timeout.</exception>
    /// <exception cref="SnapshotSourceException">The key does not exist, or its value is not valid JSON for <typeparamref name="T"/>.</exception>
    public async ValueTask<EtcdValue<T>> LoadAsync(CancellationToken cancellationToken) =>
        Parse(await ReadAsync(cancellationToken));

    /// <summary>
    /// Writes <paramref name="value"/> (serialized with this source's JSON options) if the key's mod revision
    /// is <paramref name="expectedRevision"/>: one etcd transaction comparing the mod revision, so of two
    /// writers that read the same revision exactly one succeeds. 0 means "the key does not exist yet".
    /// Validate the value first (<see cref="SnapshotStore{T}.Check(T)"/>): every watching store rejects an
    /// invalid value, but etcd stores whatever it is given.
    /// </summary>
    /// <param name="expectedRevision">The mod revision the caller's change is based on (<see cref="EtcdValue{T}.ModRevision"/>).</param>
    /// <param name="value">The new value.</param>
    /// <param name="cancellationToken">Cancels the call; the write may still have happened.</param>
    /// <returns>Written with the new mod revision, or Conflict with the key's current one.</returns>
    /// <exception cref="EtcdUnavailableException">etcd did not answer; the write may or may not have happened.</exception>
    public async Task<EtcdWriteResult> CompareAndSetAsync(long expectedRevision, T value, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedRevision);
        var request = new TxnRequest
        {
            Compare = { new Compare { Key = keyBytes, Target = Compare.Types.CompareTarget.Mod, Result = Compare.Types.CompareResult.Equal, ModRevision = expectedRevision } },
            Success = { new RequestOp { RequestPut = new PutRequest { Key = keyBytes, Value = ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(value, options)) } } },
            Failure = { new RequestOp { RequestRange = new RangeRequest { Key = keyBytes } } },
        };
        var response = await Connection.CallAsync((deadline, token) => Connection.KV.TxnAsync(request, deadline: deadline, cancellationToken: token), $"compare-and-set of key {Key}", cancellationToken);
        if (response.Succeeded)
        {
            // A put inside a transaction gets the transaction's revision, the one in the header.
            return new EtcdWriteResult(EtcdWriteStatus.Written, response.Header.Revision);
        }

        var current = response.Responses.Count > 0 ? response.Responses[0].ResponseRange.Kvs : null;
        return new EtcdWriteResult(EtcdWriteStatus.Conflict, current is { Count: > 0 } ? current[0].ModRevision : 0);
    }

    /// <summary>Reads the key's raw value and revisions.</summary>
    internal async Task<EtcdKeyRead> ReadAsync(CancellationToken cancellationToken)
    {
        var request = new RangeRequest { Key = keyBytes };
        var response = await Connection.CallAsync((deadline, token) => Connection.KV.RangeAsync(request, deadline: deadline, cancellationToken: token), $"read of key {Key}", cancellationToken);
        return response.Kvs.Count == 0
            ? new EtcdKeyRead(null, 0, response.Header.Revision)
            : new EtcdKeyRead(response.Kvs[0].Value.ToByteArray(), response.Kvs[0].ModRevision, response.Header.Revision);
    }

    /// <summary>Parses a read; a missing or deleted key and a bad value throw <see cref="SnapshotSourceException"/>.</summary>
    internal EtcdValue<T> Parse(EtcdKeyRead read)
    {
        if (read.Value is null)
        {
            throw new SnapshotSourceException(read.ModRevision == 0
                ? $"{Name}: the key does not exist (etcd revision {read.Revision})"
                : $"{Name}: the key was deleted at revision {read.ModRevision}");
        }

        return new EtcdValue<T>(StrictJson.Deserialize<T>(read.Value, options, $"{Name} at revision {read.ModRevision}"), read.ModRevision);
    }
}
