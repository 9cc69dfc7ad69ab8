using System.Buffers.Binary;

namespace Lab.Plotter.Tests.Support;

/// <summary>Reads what a test needs from a PNG file: the signature and the IHDR width and height.</summary>
public static class Png
{
    private static readonly byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image size; throws when the bytes are not a PNG starting with an IHDR chunk.</summary>
    public static (int Width, int Height) ReadSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException($"{path} is not a PNG");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
