using Lab.Maps;

namespace Lab.Implementations.Tests.Hamt;

/// <summary>Targeted structure and contract tests of the trie and its map wrapper.</summary>
public sealed class HamtStructureTests
{
    [Fact]
    public void Adding_a_million_keys_and_removing_them_all_leaves_the_canonical_empty_root()
    {
        const int Keys = 1_000_000;
        const int BatchSize = 100_000;
        const int RemovedOneByOne = 100_000;

        // Removal order differs from insertion order, so pull-ups happen all over the trie.
        static int RemovalKey(int i) => (int)((i * 7919L) % Keys);

        // Added in batches (the in-place path); removed partly one by one (the path-copy path),
        // then in batches.
        var map = new HamtMap<int, int>();
        var batch = new MapWrite<int, int>[BatchSize];
        for (var start = 0; start < Keys; start += BatchSize)
        {
            for (var i = 0; i < BatchSize; i++)
            {
                batch[i] = MapWrite<int, int>.Set(start + i, start + i);
            }

            map.ApplyBatch(batch);
        }

        var full = Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot());
        Assert.Equal(Keys, full.Count);
        HamtAssert.Valid(full);

        for (var i = 0; i < RemovedOneByOne; i++)
        {
            Assert.True(map.Remove(RemovalKey(i)));
        }

        HamtAssert.Valid(Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot()));
        for (var start = RemovedOneByOne; start < Keys; start += BatchSize)
        {
            for (var i = 0; i < BatchSize; i++)
            {
                batch[i] = MapWrite<int, int>.Remove(RemovalKey(start + i));
            }

            map.ApplyBatch(batch);
        }

        var empty = Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot());
        Assert.Empty(empty);
        Assert.Same(HamtNode<int, int>.Empty, empty.Root);
        Assert.Same(PersistentHashDictionary<int, int>.Empty.Root, empty.Root);
        HamtAssert.Valid(empty);
        // The full version is untouched by a million later writes.
        Assert.Equal(Keys, full.Count);
        Assert.True(full.TryGetValue(Keys - 1, out var last));
        Assert.Equal(Keys - 1, last);
    }

    [Theory]
    [InlineData("constant", 200)]
    [InlineData("mod3", 300)]
    [InlineData("highbits", 128)]
    public void Forced_collisions_are_stored_found_and_removed(string comparerName, int keys)
    {
        var comparer = IntHashComparer.ByName[comparerName];
        var map = PersistentHashDictionary<int, string>.Create(null, comparer);
        for (var key = 0; key < keys; key++)
        {
            map = map.SetItem(key, key.ToString());
            HamtAssert.Valid(map);
        }

        Assert.Equal(keys, map.Count);
        for (var key = 0; key < keys; key++)
        {
            Assert.Equal(key.ToString(), map[key]);
        }

        Assert.False(map.ContainsKey(keys));
        for (var key = keys - 1; key >= 0; key--)
        {
            map = map.Remove(key);
            HamtAssert.Valid(map);
            Assert.False(map.ContainsKey(key));
        }

        Assert.Same(HamtNode<int, string>.Empty, map.Root);
    }

    [Fact]
    public void A_constant_hash_puts_every_key_in_one_collision_node_at_full_depth()
    {
        var map = PersistentHashDictionary<int, int>.Create([new(1, 1), new(2, 2), new(3, 3)], IntHashComparer.Constant);
        var node = map.Root;
        for (var shift = 0; shift < HamtBits.CollisionShift; shift += HamtBits.BitsPerLevel)
        {
            Assert.Empty(node.Entries);
            node = Assert.Single(node.Children);
        }

        Assert.Equal(3, node.Entries.Length);

        // Down to one colliding key: pulled up to the root as an inline entry.
        map = map.Remove(1).Remove(2);
        var entry = Assert.Single(map.Root.Entries);
        Assert.Equal(3, entry.Key);
        Assert.Empty(map.Root.Children);
        HamtAssert.Valid(map);
    }

    [Fact]
    public void A_leaf_split_at_every_depth_rehashes_the_entry_it_pushes_down()
    {
        // Key 1 hashes to 0 and sits inline in the root; key 2's hash agrees with it on every
        // fragment above `shift` (on all 32 bits at the collision depth). Entries store no hash, so
        // the split must recompute key 1's hash to place the pair, one single-child node per level.
        for (var shift = 0; shift <= HamtBits.CollisionShift; shift += HamtBits.BitsPerLevel)
        {
            var secondHash = shift < HamtBits.CollisionShift ? 1 << shift : 0;
            var comparer = new IntHashComparer($"split-{shift}", key => key == 2 ? secondHash : 0);
            var single = PersistentHashDictionary<int, int>.Create([new(1, 10)], comparer);
            var map = single.SetItem(2, 20);
            HamtAssert.Valid(map);

            var node = map.Root;
            for (var level = 0; level < shift; level += HamtBits.BitsPerLevel)
            {
                Assert.Empty(node.Entries);
                node = Assert.Single(node.Children);
            }

            Assert.Equal([1, 2], node.Entries.Select(entry => entry.Key).Order());
            Assert.Empty(node.Children);
            Assert.Equal(10, map[1]);
            Assert.Equal(20, map[2]);
            Assert.Equal(10, single[1]);
            Assert.False(single.ContainsKey(2));

            var removed = map.Remove(2);
            HamtAssert.Valid(removed);
            Assert.Equal(1, Assert.Single(removed.Root.Entries).Key);
            Assert.Empty(removed.Root.Children);
        }
    }

    [Fact]
    public void Writes_that_change_nothing_return_the_same_instance_and_publish_nothing()
    {
        var map = PersistentHashDictionary<int, string>.Create([new(1, "one")]);
        Assert.Same(map, map.SetItem(1, "one"));
        Assert.Same(map, map.SetItem(1, new string("one".AsSpan())));
        Assert.Same(map, map.Remove(2));
        Assert.Same(map, map.Apply([MapWrite<int, string>.Set(1, "one"), MapWrite<int, string>.Remove(5)]));
        Assert.NotSame(map, map.SetItem(1, "uno"));

        var hamt = new HamtMap<int, string>([new(1, "one")]);
        var before = hamt.Snapshot();
        var counters = hamt.ReadCounters();
        hamt.Set(1, "one");
        Assert.False(hamt.Remove(2));
        hamt.ApplyBatch([MapWrite<int, string>.Remove(3)]);
        Assert.Same(before, hamt.Snapshot());
        Assert.Equal(counters, hamt.ReadCounters());
    }

    [Fact]
    public void A_write_copies_only_its_path_and_counts_it()
    {
        var map = new HamtMap<int, int>(Enumerable.Range(0, 100_000).Select(key => KeyValuePair.Create(key, key)));
        var before = Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot());
        var counters = map.ReadCounters();

        map.Set(12_345, -1);

        var cost = map.ReadCounters() - counters;
        var after = Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot());
        // 100K sequential keys: a path of 4 nodes, every one copied, each at most 32 + 32 slots.
        Assert.Equal(4, cost.Copies);
        Assert.InRange(cost.EntriesCopied, 4, 4 * 64);
        Assert.Equal(-1, after[12_345]);
        Assert.Equal(12_345, before[12_345]);
        var shared = after.Root.Children.Zip(before.Root.Children).Count(pair => ReferenceEquals(pair.First, pair.Second));
        Assert.Equal(before.Root.Children.Length - 1, shared);
    }

    [Fact]
    public void A_batch_copies_each_touched_node_once()
    {
        var map = new HamtMap<int, int>(Enumerable.Range(0, 100_000).Select(key => KeyValuePair.Create(key, key)));
        var counters = map.ReadCounters();
        // 32 keys sharing their low 10 bits: one path down to their level-2 node, then 32 siblings.
        var writes = Enumerable.Range(0, 32).Select(i => MapWrite<int, int>.Set(i << 10, -i - 1)).ToArray();

        map.ApplyBatch(writes);

        var cost = map.ReadCounters() - counters;
        var oneByOne = 32 * 4;
        Assert.InRange(cost.Copies, 1, oneByOne / 2);
        for (var i = 0; i < 32; i++)
        {
            Assert.True(map.TryGetValue(i << 10, out var value));
            Assert.Equal(-i - 1, value);
        }

        HamtAssert.Valid(Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot()));
    }

    [Fact]
    public void Enumeration_yields_every_entry_once_and_snapshots_are_the_published_map()
    {
        var model = Enumerable.Range(-5_000, 20_000).ToDictionary(key => key, key => key * 3);
        var map = new HamtMap<int, int>(model);
        var snapshot = map.Snapshot();
        map.Set(123_456, 1);
        Assert.False(snapshot.ContainsKey(123_456));
        HamtAssert.SameContents(model, snapshot);

        var typed = Assert.IsType<PersistentHashDictionary<int, int>>(snapshot);
        var count = 0;
        foreach (var pair in typed)
        {
            Assert.Equal(pair.Key * 3, pair.Value);
            count++;
        }

        Assert.Equal(model.Count, count);
        Assert.Equal(model.Keys.Order(), typed.Keys.Order());
        Assert.Equal(model.Values.Order(), typed.Values.Order());
    }

    [Theory]
    [InlineData("default")]
    [InlineData("constant")]
    [InlineData("mod3")]
    [InlineData("highbits")]
    public void Struct_enumerator_covers_nodes_without_entries_resets_and_stays_ended(string comparerName)
    {
        IEqualityComparer<int>? comparer = comparerName == "default" ? null : IntHashComparer.ByName[comparerName];
        var keys = Enumerable.Range(0, 3_000).Select(i => i * 7).ToList();
        var map = PersistentHashDictionary<int, int>.Create(keys.Select(key => KeyValuePair.Create(key, -key)), comparer);
        var enumerator = map.GetEnumerator();
        for (var pass = 0; pass < 2; pass++)
        {
            var seen = new List<int>();
            while (enumerator.MoveNext())
            {
                Assert.Equal(-enumerator.Current.Key, enumerator.Current.Value);
                seen.Add(enumerator.Current.Key);
            }

            Assert.Equal(keys, seen.Order());
            Assert.False(enumerator.MoveNext());
            Assert.Equal(default, enumerator.Current);
            enumerator.Reset();
        }

        var empty = PersistentHashDictionary<int, int>.Empty.GetEnumerator();
        Assert.False(empty.MoveNext());
    }

    [Fact]
    public void Lookups_and_struct_enumeration_allocate_nothing()
    {
        var map = PersistentHashDictionary<int, int>.Create(Enumerable.Range(0, 10_000).Select(key => KeyValuePair.Create(key, key)));
        var collisions = PersistentHashDictionary<int, int>.Create([new(1, 1), new(2, 2)], IntHashComparer.Constant);

        long Work()
        {
            long sum = 0;
            for (var key = -100; key < 10_100; key++)
            {
                sum += map.TryGetValue(key, out var value) ? value : 0;
                sum += collisions.TryGetValue(key, out value) ? value : 0;
            }

            foreach (var pair in map)
            {
                sum += pair.Value;
            }

            return sum;
        }

        var expected = Work();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var actual = Work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(expected, actual);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_custom_comparer_decides_equality_everywhere()
    {
        var map = new HamtMap<string, int>([new("Alpha", 1), new("ALPHA", 2)], StringComparer.OrdinalIgnoreCase);
        Assert.Same(StringComparer.OrdinalIgnoreCase, map.Comparer);
        Assert.Equal(1, map.Count);
        Assert.True(map.TryGetValue("alpha", out var value));
        Assert.Equal(2, value);
        map.Set("aLPHA", 3);
        Assert.Equal(1, map.Count);
        var snapshot = map.Snapshot();
        Assert.Equal(3, snapshot["ALPHA"]);
        Assert.Equal("Alpha", Assert.Single(snapshot.Keys));
        Assert.True(map.Remove("ALPHA"));
        Assert.Equal(0, map.Count);
    }

    [Fact]
    public void Null_keys_are_rejected_and_change_nothing()
    {
        var map = new HamtMap<string, int>([new("a", 1)]);
        Assert.Throws<ArgumentNullException>(() => map.TryGetValue(null!, out _));
        Assert.Throws<ArgumentNullException>(() => map.Set(null!, 1));
        Assert.Throws<ArgumentNullException>(() => map.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => map.ApplyBatch([MapWrite<string, int>.Set("b", 2), MapWrite<string, int>.Set(null!, 3)]));
        Assert.Throws<ArgumentNullException>(() => new HamtMap<string, int>([new(null!, 1)]));
        Assert.Equal(1, map.Count);
        Assert.False(map.TryGetValue("b", out _));

        var persistent = PersistentHashDictionary<string, int>.Empty;
        Assert.Throws<ArgumentNullException>(() => persistent.SetItem(null!, 1));
        Assert.Throws<ArgumentNullException>(() => persistent.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => persistent.ContainsKey(null!));
    }

    [Fact]
    public void Missing_keys_are_reported()
    {
        var map = PersistentHashDictionary<int, int>.Create([new(1, 10)]);
        Assert.False(map.TryGetValue(2, out var value));
        Assert.Equal(0, value);
        Assert.Throws<KeyNotFoundException>(() => map[2]);
        Assert.Empty(PersistentHashDictionary<int, int>.Empty);
    }
}
