using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Lab.CowStore;

/// <summary>How <see cref="SnapshotDiff"/> walks values of one runtime type; computed once per type and cached.</summary>
internal sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> cache = new();

    private TypeShape(TypeShapeKind kind, (string Name, Func<object, object?> Get)[] members)
    {
        Kind = kind;
        Members = members;
    }

    public TypeShapeKind Kind { get; }

    /// <summary>Public instance properties (without indexers) and fields, for <see cref="TypeShapeKind.Object"/>.</summary>
    public (string Name, Func<object, object?> Get)[] Members { get; }

    public static TypeShape Of(Type type) => cache.GetOrAdd(type, static type => Create(type));

    private static TypeShape Create(Type type)
    {
        if (IsLeaf(type))
        {
            return new(TypeShapeKind.Leaf, []);
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new(TypeShapeKind.Dictionary, []);
        }

        if (type.GetInterfaces().Any(static i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ISet<>) || i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>))))
        {
            return new(TypeShapeKind.Set, []);
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return new(TypeShapeKind.Sequence, []);
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(static p => (p.Name, (Func<object, object?>)p.GetValue));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(static f => (f.Name, (Func<object, object?>)f.GetValue));
        var members = properties.Concat(fields).ToArray();
        return new(members.Length == 0 ? TypeShapeKind.Leaf : TypeShapeKind.Object, members);
    }

    /// <summary>Values compared with <see cref="object.Equals(object, object)"/> rather than walked.</summary>
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid)
        || type == typeof(Uri) || type == typeof(Version) || typeof(Type).IsAssignableFrom(type)
        || typeof(Delegate).IsAssignableFrom(type);
}
