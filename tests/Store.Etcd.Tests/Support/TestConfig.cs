using System.Globalization;

namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>The value the tests keep in etcd: a name and a level the validators bound to 0..100.</summary>
public sealed record TestConfig(string Name, int Level)
{
    public const int MaxLevel = 100;

    public static string Json(int level, string name = "lab") =>
        string.Create(CultureInfo.InvariantCulture, $$"""{ "name": "{{name}}", "level": {{level}} }""");
}
