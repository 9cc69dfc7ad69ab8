using System.Reflection;

namespace Lab.CowStore.Tests;

/// <summary>The README's API table names the return type of every public method of <see cref="SnapshotStore{T}"/>.</summary>
public sealed class ReadmeApiTableTests
{
    [Fact]
    public void Every_store_method_row_names_its_return_type()
    {
        var rows = File.ReadAllLines(RepositoryPaths.Combine("src", "Store", "README.md"))
            .Where(line => line.StartsWith('|'))
            .ToList();
        var methods = typeof(SnapshotStore<>).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName)
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            var row = rows.FirstOrDefault(line => line.Contains($"`{method.Name}(", StringComparison.Ordinal));
            Assert.True(row is not null, $"No API table row for {method.Name}.");
            var returns = Format(method.ReturnType);
            Assert.True(row!.Contains($"`{returns}`", StringComparison.Ordinal), $"The row of {method.Name} does not name its return type `{returns}`: {row}");
        });
    }

    /// <summary>C# spelling of a type: <c>Task&lt;UpdateResult&lt;T&gt;&gt;</c>, <c>void</c>, <c>IDisposable</c>, <c>IReadOnlyList&lt;string&gt;</c>.</summary>
    private static string Format(Type type)
    {
        if (type == typeof(void))
        {
            return "void";
        }

        if (type == typeof(string))
        {
            return "string";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Format))}>";
    }
}
