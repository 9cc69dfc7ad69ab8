using System.Collections;

namespace Lab.Maps;

public sealed partial class PersistentHashDictionary<TKey, TValue>
{
    /// <summary>
    /// Enumerates a map's entries depth first, each node's inline entries before its sub-nodes.
    /// Holds its path inline: no allocation per entry, none at all when used as this struct. The
    /// current node's entry array is cached, so the step from one inline entry to the next is one
    /// index increment and one bounds check; the path is walked only to change nodes.
    /// </summary>
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly HamtNode<TKey, TValue> root;
        private HamtNodePath<TKey, TValue> nodes;

        // Per node on the path: how many of its sub-nodes were entered so far.
        private HamtPositionPath children;
        private HamtEntry<TKey, TValue>[] entries;
        private int entryIndex;
        private int depth;
        private KeyValuePair<TKey, TValue> current;

        internal Enumerator(HamtNode<TKey, TValue> root)
        {
            this.root = root;
            entries = root.Entries;
            Reset();
        }

        /// <inheritdoc />
        public readonly KeyValuePair<TKey, TValue> Current => current;

        /// <inheritdoc />
        readonly object IEnumerator.Current => current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            var index = entryIndex + 1;
            if (index < entries.Length)
            {
                entryIndex = index;
                ref readonly var entry = ref entries[index];
                current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                return true;
            }

            return MoveToNextNode();
        }

        /// <inheritdoc />
        public void Reset()
        {
            nodes = default;
            children = default;
            nodes[0] = root;
            depth = 0;
            entries = root.Entries;
            entryIndex = -1;
            current = default;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }

        // The current node's entries are used up: enter the next sub-node on the path that has entries.
        private bool MoveToNextNode()
        {
            while (depth >= 0)
            {
                var node = nodes[depth];
                var next = children[depth]++;
                if (next >= node.Children.Length)
                {
                    depth--;
                    continue;
                }

                var child = node.Children[next];
                depth++;
                nodes[depth] = child;
                children[depth] = 0;
                if (child.Entries.Length > 0)
                {
                    entries = child.Entries;
                    entryIndex = 0;
                    ref readonly var entry = ref entries[0];
                    current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                    return true;
                }
            }

            entries = [];
            entryIndex = 0;
            current = default;
            return false;
        }
    }
}
