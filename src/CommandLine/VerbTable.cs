namespace Lab.CommandLine;

/// <summary>
/// An app's verbs: the first argument selects one, the rest are its arguments; anything else goes to the
/// app's default command. One table per app, so the dispatch and the help's verb list cannot disagree.
/// </summary>
/// <typeparam name="THandler">The app's command signature.</typeparam>
public sealed class VerbTable<THandler>
    where THandler : Delegate
{
    private readonly Dictionary<string, Verb<THandler>> byName = new(StringComparer.Ordinal);

    /// <summary>Creates the table.</summary>
    /// <param name="verbs">The verbs, in the help's order.</param>
    /// <exception cref="ArgumentException">Two verbs share a name.</exception>
    public VerbTable(params IReadOnlyList<Verb<THandler>> verbs)
    {
        Verbs = verbs;
        foreach (var verb in verbs)
        {
            if (!byName.TryAdd(verb.Name, verb))
            {
                throw new ArgumentException($"The verb {verb.Name} is declared twice.", nameof(verbs));
            }
        }
    }

    /// <summary>The verbs, in the help's order.</summary>
    public IReadOnlyList<Verb<THandler>> Verbs { get; }

    /// <summary>The verb <paramref name="args"/> starts with, and the arguments after it.</summary>
    /// <param name="args">The whole command line.</param>
    /// <param name="handler">The verb's handler, when found.</param>
    /// <param name="rest">The arguments after the verb's word.</param>
    /// <returns>False when the first argument is no verb: the default command takes the whole line.</returns>
    public bool TryMatch(IReadOnlyList<string> args, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out THandler? handler, out IReadOnlyList<string> rest)
    {
        if (args.Count > 0 && byName.TryGetValue(args[0], out var verb))
        {
            handler = verb.Handler;
            rest = [.. args.Skip(1)];
            return true;
        }

        handler = null;
        rest = args;
        return false;
    }

    /// <summary>The visible verbs, one line each (<c>  compare   judges two runs</c>), for a help's notes.</summary>
    public string Describe()
    {
        var visible = Verbs.Where(verb => !verb.Hidden).ToList();
        var width = visible.Count == 0 ? 0 : visible.Max(verb => verb.Name.Length) + 3;
        return string.Join('\n', visible.Select(verb => "  " + verb.Name.PadRight(width) + verb.Summary));
    }
}
