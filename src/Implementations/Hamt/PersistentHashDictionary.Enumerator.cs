using System.Collections;

namespace Lab.Maps;

public sealed partial class PersistentHashDictionary<TKey, TValue>
{
    /// <summary>
    /// Enumerates a map's entries depth first, each node's inline entries before its sub-nodes.
    /// Holds its path inline: no allocation per entry, none at all when used as this struct.
    /// </summary>
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly HamtNode<TKey, TValue> root;
        private HamtNodePath<TKey, TValue> nodes;
        private HamtPositionPath positions;
        private int depth;
        private KeyValuePair<TKey, TValue> current;

        internal Enumerator(HamtNode<TKey, TValue> root)
        {
            this.root = root;
            Reset();
        }

        /// <inheritdoc />
        public readonly KeyValuePair<TKey, TValue> Current => current;

        /// <inheritdoc />
        readonly object IEnumerator.Current => current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            while (depth >= 0)
            {
                var node = nodes[depth];
                var position = positions[depth]++;
                if (position < node.Entries.Length)
                {
                    ref readonly var entry = ref node.Entries[position];
                    current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                    return true;
                }

                position -= node.Entries.Length;
                if (position < node.Children.Length)
                {
                    depth++;
                    nodes[depth] = node.Children[position];
                    positions[depth] = 0;
                }
                else
                {
                    depth--;
                }
            }

            current = default;
            return false;
        }

        /// <inheritdoc />
        public void Reset()
        {
            nodes = default;
            positions = default;
            nodes[0] = root;
            depth = 0;
            current = default;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
