namespace Lab.CowStore.Tests;

public sealed class ReloadTests : IDisposable
{
    private const string validJson = """
        {
          "logLevel": "debug",
          "timeout": "00:00:10",
          "maxRetries": 7,
          "hosts": ["a", "b"],
          "features": { "beta": true }
        }
        """;

    private readonly TemporaryDirectory directory = new();
    private readonly SnapshotStore<ServiceConfig> store = new(ServiceConfig.Default, ServiceConfig.Options());

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task Reload_parses_validates_and_publishes_a_good_file()
    {
        var source = Source(validJson);

        var result = await store.ReloadAsync(source);

        Assert.Equal(UpdateStatus.Published, result.Status);
        var value = store.Current.Value;
        Assert.Equal(("debug", TimeSpan.FromSeconds(10), 7), (value.LogLevel, value.Timeout, value.MaxRetries));
        Assert.Equal(["a", "b"], value.Hosts);
        Assert.Equal([new KeyValuePair<string, bool>("beta", true)], value.Features);
        Assert.Null(store.LastReloadError);
        Assert.Equal(0, store.ReloadFailureCount);
    }

    [Fact]
    public async Task An_unknown_member_is_an_error_with_file_line_and_position()
    {
        var source = Source(validJson.Replace("\"maxRetries\": 7,", "\"maxRetries\": 7,\n  \"maxRetires\": 3,", StringComparison.Ordinal));

        var result = await store.ReloadAsync(source);

        AssertFailedAndKept(result);
        Assert.Contains(source.Path, result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5", result.Error, StringComparison.Ordinal);
        Assert.Contains("maxRetires", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_error_is_an_error_with_its_position()
    {
        var source = Source(validJson.Replace("\"maxRetries\": 7", "\"maxRetries\": \"seven\"", StringComparison.Ordinal));

        var result = await store.ReloadAsync(source);

        AssertFailedAndKept(result);
        Assert.Matches(@"line 4, byte \d+ \(at \$\.maxRetries\)", result.Error);
    }

    [Fact]
    public async Task Invalid_json_missing_members_and_nulls_are_errors()
    {
        foreach (var bad in new[] { validJson[..40], "{ \"logLevel\": \"x\" }", validJson.Replace("\"debug\"", "null", StringComparison.Ordinal), "null", "" })
        {
            var result = await store.ReloadAsync(Source(bad));
            AssertFailedAndKept(result);
        }

        Assert.Equal(5, store.ReloadFailureCount);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_naming_the_file()
    {
        var source = new JsonFileSource<ServiceConfig>(directory.File("absent.json"));

        var result = await store.ReloadAsync(source);

        AssertFailedAndKept(result);
        Assert.Contains("absent.json: cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_validators_reject_is_a_reload_failure()
    {
        var source = Source(validJson.Replace("\"maxRetries\": 7", "\"maxRetries\": 700", StringComparison.Ordinal));

        var result = await store.ReloadAsync(source);

        Assert.Equal(UpdateStatus.Rejected, result.Status);
        Assert.Equal($"{source.Path}: rejected: MaxRetries must be between 0 and 100, got 700", result.Error);
        Assert.Equal(result.Error, store.LastReloadError);
        Assert.Equal(1, store.ReloadFailureCount);
        Assert.Equal(1, store.Version);
    }

    [Fact]
    public async Task A_good_reload_after_a_failure_clears_the_last_error()
    {
        AssertFailedAndKept(await store.ReloadAsync(Source("{")));
        Assert.NotNull(store.LastReloadError);

        Assert.True((await store.ReloadAsync(Source(validJson))).IsPublished);

        Assert.Null(store.LastReloadError);
        Assert.Equal(1, store.ReloadFailureCount);
    }

    [Fact]
    public async Task Reloading_an_equal_value_publishes_nothing_and_wakes_no_subscriber()
    {
        var published = (await store.ReloadAsync(Source(validJson))).Snapshot;
        AssertFailedAndKept(await store.ReloadAsync(Source("{")), version: 2);
        using var subscription = store.Subscribe();
        Assert.True(subscription.TryRead(out _));

        // The same value in another layout: members reordered, whitespace changed.
        var result = await store.ReloadAsync(Source("""
            { "features": { "beta": true }, "hosts": ["a", "b"], "maxRetries": 7, "timeout": "00:00:10", "logLevel": "debug" }
            """));

        Assert.Equal(UpdateStatus.Unchanged, result.Status);
        Assert.False(result.IsPublished);
        Assert.Empty(result.Errors);
        Assert.Same(published, result.Snapshot);
        Assert.Same(published, store.Current);
        Assert.False(subscription.TryRead(out _));
        Assert.Equal(1, store.UnchangedReloadCount);
        Assert.Equal(1, store.ReloadFailureCount);
        Assert.Null(store.LastReloadError);
    }

    [Fact]
    public async Task A_reload_that_changes_one_nested_entry_publishes()
    {
        await store.ReloadAsync(Source(validJson));

        var result = await store.ReloadAsync(Source(validJson.Replace("\"beta\": true", "\"beta\": false", StringComparison.Ordinal)));

        Assert.Equal(UpdateStatus.Published, result.Status);
        Assert.Equal(3, store.Version);
        Assert.Equal(0, store.UnchangedReloadCount);
    }

    [Fact]
    public async Task The_reload_comparer_option_replaces_structural_equality()
    {
        // The record's own Equals compares its immutable collections by reference: never equal after a load.
        var options = ServiceConfig.Options();
        options.ReloadComparer = EqualityComparer<ServiceConfig>.Default;
        using var byReference = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, options);
        var source = Source(validJson);

        await byReference.ReloadAsync(source);
        var again = await byReference.ReloadAsync(source);

        Assert.Equal(UpdateStatus.Published, again.Status);
        Assert.Equal(3, byReference.Version);
        Assert.Equal(0, byReference.UnchangedReloadCount);
    }

    [Fact]
    public async Task Any_exception_from_a_custom_source_keeps_the_old_snapshot()
    {
        var result = await store.ReloadAsync(new ThrowingSource());

        AssertFailedAndKept(result);
        Assert.Equal("broken-source: InvalidOperationException: connection refused", result.Error);
    }

    [Fact]
    public async Task Cancellation_propagates_and_is_not_counted_as_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReloadAsync(Source(validJson), cancelled.Token));

        Assert.Equal(0, store.ReloadFailureCount);
    }

    [Fact]
    public async Task SIGHUP_reloads_the_source()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var source = Source(validJson);
        using var subscription = store.Subscribe();
        Assert.True(subscription.TryRead(out _));
        using var registration = store.ReloadOnSignal(source);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var kill = System.Diagnostics.Process.Start("kill", ["-HUP", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(guard.Token);
        var reloaded = await subscription.ReadAsync(guard.Token);

        Assert.Equal(0, kill.ExitCode);
        Assert.Equal(("debug", 2L), (reloaded.Value.LogLevel, reloaded.Version));
    }

    private void AssertFailedAndKept(UpdateResult<ServiceConfig> result, long version = 1)
    {
        Assert.Equal(UpdateStatus.LoadFailed, result.Status);
        Assert.False(result.IsPublished);
        Assert.Equal(version, store.Version);
        Assert.Same(store.Current, result.Snapshot);
        Assert.Equal(result.Error, store.LastReloadError);
    }

    private JsonFileSource<ServiceConfig> Source(string json)
    {
        var path = directory.File($"config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return new JsonFileSource<ServiceConfig>(path);
    }

    private sealed class ThrowingSource : ISnapshotSource<ServiceConfig>
    {
        public string Name => "broken-source";

        public ValueTask<ServiceConfig> LoadAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection refused");
    }
}
