using System.Reflection;

namespace Lab.Paired;

/// <summary>
/// One build of src/Benchmarks loaded into its own <see cref="BuildLoadContext"/>, driven through the
/// contract <c>Lab.Benchmarks.Paired.PairedSlices</c>: <c>const int ContractVersion</c> (2) and
/// <c>static (Func&lt;int, long&gt; Run, Action AfterSlice, Action Close, int MaxInvocations)? Create(string cell)</c>,
/// BCL types only. A build of version 1 (lookups only, an earlier signature) is compared in launch mode.
/// </summary>
internal sealed class PairedBuild
{
    public const string ContractType = "Lab.Benchmarks.Paired.PairedSlices";
    public const int SupportedVersion = 2;
    public const string DefaultAssembly = "Lab.Benchmarks.dll";

    private readonly MethodInfo create;

    private PairedBuild(string folder, BuildLoadContext context, Assembly assembly, MethodInfo create)
    {
        Folder = folder;
        Context = context;
        Assembly = assembly;
        this.create = create;
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
        var version = type.GetField("ContractVersion", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue();
        if (version is not SupportedVersion)
        {
            throw new ContractMissingException($"{path}: {ContractType}.ContractVersion is {version ?? "missing"}, this runner knows {SupportedVersion}; compare in launch mode");
        }

        var create = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        if (create is null || create.ReturnType != typeof((Func<int, long>, Action, Action, int)?))
        {
            throw new ContractMissingException($"{path}: {ContractType}.Create(string) of contract version {SupportedVersion} not found; compare in launch mode");
        }

        return new PairedBuild(folder, context, assembly, create);
    }

    /// <summary>The build's runner of <paramref name="cell"/>, or null when it cannot run that cell in process.</summary>
    public SliceRunner? CreateRunner(string cell)
        => ((Func<int, long> Run, Action AfterSlice, Action Close, int MaxInvocations)?)create.Invoke(null, [cell]) is { } r
            ? new SliceRunner(r.Run, r.AfterSlice, r.Close, r.MaxInvocations)
            : null;
}
