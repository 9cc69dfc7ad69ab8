namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>
/// A test that needs a real etcd (<see cref="EtcdServer"/>). Where <c>etcd</c> is not on PATH it is skipped
/// with a reason that says how to install it, except in CI (<c>CI=true</c>): there it runs, and fails on
/// the missing binary, because .ci/run installs etcd and an etcd test must never be skipped silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EtcdFactAttribute : FactAttribute
{
    public EtcdFactAttribute()
    {
        if (EtcdServer.BinaryPath is null && !EtcdServer.IsCi)
        {
            Skip = EtcdServer.MissingBinaryMessage;
        }
    }
}
