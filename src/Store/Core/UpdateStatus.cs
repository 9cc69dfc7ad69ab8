namespace Lab.CowStore;

/// <summary>How an update attempt ended.</summary>
public enum UpdateStatus
{
    /// <summary>A new snapshot was published.</summary>
    Published,

    /// <summary>The change returned the current value itself; nothing was published.</summary>
    Unchanged,

    /// <summary>The change function aborted (<see cref="Change{T}.Abort(string)"/>); nothing was published.</summary>
    Aborted,

    /// <summary>A validator rejected the new value; nothing was published.</summary>
    Rejected,

    /// <summary>The current version was not the expected one (optimistic concurrency); nothing was published.</summary>
    VersionConflict,

    /// <summary>The source could not produce a value (read or parse error); nothing was published.</summary>
    LoadFailed,
}
