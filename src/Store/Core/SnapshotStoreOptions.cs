using System.Diagnostics.Metrics;

namespace Lab.CowStore;

/// <summary>Construction-time settings of a <see cref="SnapshotStore{T}"/>.</summary>
/// <typeparam name="T">The store's value type.</typeparam>
public sealed class SnapshotStoreOptions<T>
{
    private readonly List<Func<T, string?>> validators = [];

    /// <summary>The store's name, reported as the <c>store</c> tag of every metric. Default: "default".</summary>
    public string Name { get; set; } = "default";

    /// <summary>The version of the initial snapshot; set it to a restored checkpoint's version. Default: 1.</summary>
    public long InitialVersion { get; set; } = 1;

    /// <summary>Clock for <see cref="Snapshot{T}.PublishedAt"/> and ages. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Creates the store's <see cref="Meter"/> (for dependency injection). When null the store creates and
    /// owns its own meter named <see cref="CowStoreMetrics.MeterName"/>.
    /// </summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// Decides whether a value loaded by <see cref="SnapshotStore{T}.ReloadAsync(ISnapshotSource{T}, CancellationToken)"/>
    /// equals the current one; an equal value is not published (<see cref="UpdateStatus.Unchanged"/>), so
    /// re-reading an unchanged source wakes no subscriber. Default (null): structural equality, that is
    /// <see cref="SnapshotDiff.Compare{T}(T, T)"/> finds no difference (collections by content, records by
    /// member). Set <see cref="EqualityComparer{T}.Default"/> for the type's own <c>Equals</c>.
    /// </summary>
    public IEqualityComparer<T>? ReloadComparer { get; set; }

    /// <summary>The registered validators, in registration order.</summary>
    public IReadOnlyList<Func<T, string?>> Validators => validators;

    /// <summary>
    /// Registers a validator: it returns null when the value is valid, else a message saying what is
    /// wrong. Every validator runs on every new value before it is published; validators must be pure
    /// and fast, because they run under the writer lock (or repeatedly, for CAS updates).
    /// </summary>
    /// <param name="validator">The rule.</param>
    /// <returns>These options, for chaining.</returns>
    public SnapshotStoreOptions<T> AddValidator(Func<T, string?> validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validators.Add(validator);
        return this;
    }
}
