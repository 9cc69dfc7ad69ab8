namespace Lab.CommandLine;

/// <summary>One row of an app's <see cref="VerbTable{THandler}"/>: the word, a line for the help, and what runs it.</summary>
/// <typeparam name="THandler">The app's command signature.</typeparam>
/// <param name="Name">The first argument that selects it (<c>compare</c>).</param>
/// <param name="Summary">One line for the help.</param>
/// <param name="Handler">Runs the verb with the arguments after the word.</param>
/// <param name="Hidden">True for a verb not typed by people (a child process's entry).</param>
public sealed record Verb<THandler>(string Name, string Summary, THandler Handler, bool Hidden = false)
    where THandler : Delegate;
