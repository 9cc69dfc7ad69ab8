using System.Reflection;

namespace Lab.Paired;

/// <summary>
/// One build of src/Benchmarks loaded into its own <see cref="BuildLoadContext"/>, driven through the
/// contract <c>Lab.Benchmarks.Paired.PairedSlices</c>: <c>const int ContractVersion</c> (3) and
/// <c>static (Func&lt;int, long&gt; Run, Action AfterSlice, Action Close, int MaxInvocations, long OperationsPerInvocation)? Create(string cell)</c>,
/// BCL types only. A build of version 2 (the same without the operations, so the runner compares its
/// slices per invocation) still loads; a build of version 1 (lookups only) is compared in launch mode.
/// </summary>
internal sealed class PairedBuild
{
    public const string ContractType = "Lab.Benchmarks.Paired.PairedSlices";
    public const int SupportedVersion = 3;

    /// <summary>The oldest contract version this runner still drives (its runners state no operations per invocation).</summary>
    public const int OldestVersion = 2;
    public const string DefaultAssembly = "Lab.Benchmarks.dll";

    private readonly MethodInfo create;
    private readonly int version;

    private PairedBuild(string folder, BuildLoadContext context, Assembly assembly, MethodInfo create, int version)
    {
        Folder = folder;
        Context = context;
        Assembly = assembly;
        this.create = create;
        this.version = version;
    }

    /// <summary>The build's output folder.</summary>
    public string Folder { get; }

    /// <summary>The load context holding this build.</summary>
    public BuildLoadContext Context { get; }

    /// <summary>The build's main assembly, as loaded into <see cref="Context"/>.</summary>
    public Assembly Assembly { get; }

    /// <summary>
    /// Loads <paramref name="assemblyFile"/> of <paramref name="folder"/> into a new context named
    /// <paramref name="name"/>. Throws <see cref="ContractMissingException"/> when the build has no
    /// contract (a commit before it) or an unknown version, and <see cref="FileNotFoundException"/>
    /// when the folder holds no such assembly.
    /// </summary>
    public static PairedBuild Load(string name, string folder, string assemblyFile = DefaultAssembly)
    {
        var path = Path.GetFullPath(Path.Combine(folder, assemblyFile));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such build output (build src/Benchmarks -c Release first)", path);
        }

        var context = new BuildLoadContext(name, path);
        var assembly = context.LoadFromAssemblyPath(path);
        var type = assembly.GetType(ContractType)
            ?? throw new ContractMissingException($"{path} has no {ContractType}: a build before the paired-runner contract; compare it in launch mode (scripts/lab compare)");
        var declared = type.GetField("ContractVersion", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue();
        if (declared is not int version || version < OldestVersion || version > SupportedVersion)
        {
            throw new ContractMissingException($"{path}: {ContractType}.ContractVersion is {declared ?? "missing"}, this runner knows {OldestVersion} to {SupportedVersion}; compare in launch mode");
        }

        var expected = version == OldestVersion ? typeof((Func<int, long>, Action, Action, int)?) : typeof((Func<int, long>, Action, Action, int, long)?);
        var create = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        if (create is null || create.ReturnType != expected)
        {
            throw new ContractMissingException($"{path}: {ContractType}.Create(string) of contract version {version} not found; compare in launch mode");
        }

        return new PairedBuild(folder, context, assembly, create, version);
    }

    /// <summary>The build's runner of <paramref name="cell"/>, or null when it cannot run that cell in process.</summary>
    public SliceRunner? CreateRunner(string cell)
    {
        var runner = create.Invoke(null, [cell]);
        if (version == OldestVersion)
        {
            return ((Func<int, long> Run, Action AfterSlice, Action Close, int MaxInvocations)?)runner is { } old
                ? new SliceRunner(old.Run, old.AfterSlice, old.Close, old.MaxInvocations)
                : null;
        }

        return ((Func<int, long> Run, Action AfterSlice, Action Close, int MaxInvocations, long OperationsPerInvocation)?)runner is { } r
            ? new SliceRunner(r.Run, r.AfterSlice, r.Close, r.MaxInvocations, r.OperationsPerInvocation)
            : null;
    }
}
