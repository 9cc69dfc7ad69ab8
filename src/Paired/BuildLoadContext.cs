using System.Reflection;
using System.Runtime.Loader;

namespace Lab.Paired;

/// <summary>
/// A load context for one build: the build's own assemblies (and its dependency closure, resolved by
/// <see cref="AssemblyDependencyResolver"/> from its .deps.json) load here, so two builds of the same
/// assembly names live side by side; framework assemblies resolve to the default context, so BCL
/// types (the contract's delegates) are shared.
/// </summary>
internal sealed class BuildLoadContext(string name, string mainAssemblyPath) : AssemblyLoadContext(name)
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
        => resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        => resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
