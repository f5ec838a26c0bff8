using System.Buffers.Binary;

namespace LearningSociety.Reporting;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document draws. Glyph ids stay as they are: the outlines of every other
/// glyph are emptied, tables a PDF viewer does not read (layout, kerning, device metrics, signatures) are left out and
/// glyph names dropped. The character map and metrics are unchanged, so text measured with the whole font lays out
/// the same and still extracts as Unicode.
/// </summary>
/// <remarks>
/// Skia's PDF backend, as SkiaSharp builds it, embeds whatever font file it is given without subsetting (about
/// 370–400 KB per face of Liberation Serif); handing it this font instead keeps a one-page document in tens of KB.
/// </remarks>
internal static class TrueTypeSubset
{
    // What a PDF viewer needs to draw a TrueType (FontFile2) font; hinting programs stay because glyph
    // instructions call into them.
    private static readonly HashSet<string> KeptTables =
        ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "prep", "loca", "glyf"];

    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXAndYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    /// <summary>
    /// A copy of <paramref name="font"/> holding only the outlines of <paramref name="glyphs"/> (and glyph 0, .notdef,
    /// and the parts of composite glyphs); null when the font is not a single glyf-based TrueType font.
    /// </summary>
    public static byte[]? Keep(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565))
        {
            return null; // a collection (ttcf) or CFF outlines (OTTO)
        }

        var tables = ReadTableDirectory(font);
        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp)
            || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("glyf", out var glyf))
        {
            return null;
        }

        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(maxp.Offset + 4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.Slice(head.Offset + 50)) != 0;
        var glyphData = font.Slice(glyf.Offset, glyf.Length);
        var offsets = new int[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
        {
            offsets[i] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.Slice(loca.Offset + (4 * i)))
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.Slice(loca.Offset + (2 * i)));
        }

        var keep = new SortedSet<ushort>();
        var pending = new Stack<ushort>(glyphs.Where(g => g < glyphCount).Append((ushort)0));
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            foreach (var part in Components(glyphData, offsets[glyph], offsets[glyph + 1]))
            {
                if (part < glyphCount && !keep.Contains(part))
                {
                    pending.Push(part);
                }
            }
        }

        // New glyf and (long) loca: kept outlines copied, every other glyph zero-length.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var i = 0; i < glyphCount; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)newGlyf.Length);
            if (keep.Contains((ushort)i) && offsets[i + 1] > offsets[i])
            {
                newGlyf.Write(glyphData[offsets[i]..offsets[i + 1]]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, table) in tables.Where(t => KeptTables.Contains(t.Key)))
        {
            output[tag] = font.Slice(table.Offset, table.Length).ToArray();
        }

        output["glyf"] = newGlyf.ToArray();
        output["loca"] = newLoca;
        var newHead = output["head"];
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // long loca offsets
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set below
        if (output.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // Version 3.0: no glyph names (they are most of the table and nothing in a PDF reads them).
            var header = post[..32];
            BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
            output["post"] = header;
        }

        return Write(output);
    }

    private static IEnumerable<ushort> Components(ReadOnlySpan<byte> glyf, int start, int end)
    {
        var parts = new List<ushort>();
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.Slice(start)) >= 0)
        {
            return parts;
        }

        var at = start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.Slice(at));
            parts.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf.Slice(at + 2)));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXAndYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0 && at + 4 <= end);

        return parts;
    }

    private readonly record struct TableRecord(int Offset, int Length);

    private static Dictionary<string, TableRecord> ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(4));
        var tables = new Dictionary<string, TableRecord>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(12));
            if (offset >= 0 && length >= 0 && offset + length <= font.Length)
            {
                tables[tag] = new TableRecord(offset, length);
            }
        }

        return tables;
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = (ushort)tables.Count;
        var entrySelector = (ushort)Math.Floor(Math.Log2(count));
        var searchRange = (ushort)(16 * (1 << entrySelector));
        var directoryLength = 12 + (16 * count);
        var total = directoryLength + tables.Values.Sum(t => Padded(t.Length));
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((16 * count) - searchRange));

        var offset = directoryLength;
        var headOffset = 0;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            var record = font.AsSpan(12 + (16 * index++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            data.CopyTo(font, offset);
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(4), Checksum(font.AsSpan(offset, Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(12), (uint)data.Length);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.Slice(i)));
        }

        return sum;
    }
}
