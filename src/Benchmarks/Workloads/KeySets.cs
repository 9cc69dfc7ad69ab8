using System.Globalization;

namespace Lab.Benchmarks.Workloads;

/// <summary>The keys a map is prefilled with; streams refer to them by index.</summary>
internal static class KeySets
{
    /// <summary>The common prefix of string keys: long, so hashing and equality dominate a lookup.</summary>
    public const string CommonPrefix = "tenants/eu-west-1/production/services/configuration/entries/";

    /// <summary>
    /// Distinct integer keys, scattered over the int range by an odd multiplier (a bijection), so
    /// no design benefits from sequential keys.
    /// </summary>
    public static int[] Integers(int count)
    {
        var keys = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = unchecked((int)((uint)i * 2_654_435_761u));
        }

        return keys;
    }

    /// <summary>Distinct strings sharing <see cref="CommonPrefix"/>, differing only in the last 8 characters.</summary>
    public static string[] PrefixedStrings(int count)
    {
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = CommonPrefix + i.ToString("D8", CultureInfo.InvariantCulture);
        }

        return keys;
    }

    /// <summary>The initial contents: key i maps to value i.</summary>
    public static IEnumerable<KeyValuePair<TKey, int>> Prefill<TKey>(TKey[] keys)
        => keys.Select((key, index) => KeyValuePair.Create(key, index));
}
