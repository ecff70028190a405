using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// Client ids interned into dense indices 0..Count−1 in order of first appearance, keyed by bytes (docs/performance.md in the repository).
/// An open-addressing table whose slots hold the hash, the length and the first 16 bytes of the key, so that a lookup
/// of a short id touches one cache line (a <see cref="Dictionary{TKey, TValue}"/> of strings touches three or four:
/// bucket, entry, string). Longer keys are compared in full in a byte arena.
/// A key is the id's ASCII bytes when the id is ASCII, else 0xFF followed by its UTF-8 bytes, so one id has one key
/// whichever way its line was read.
/// </summary>
internal sealed class ClientIdTable
{
    /// <summary>The first byte of the key of an id that is not ASCII.</summary>
    public const byte NonAscii = 0xFF;

    private Slot[] _slots = new Slot[1 << 12];
    private byte[] _arena = new byte[1 << 16];
    private int _arenaLength;
    private int[] _offsets = new int[1 << 10];

    /// <summary>Number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>The index of an id given as its key (the ASCII bytes of an ASCII id), adding it when new.</summary>
    public int IndexOfKey(ReadOnlySpan<byte> key) => IndexOf(key, Hash(key));

    /// <summary>As <see cref="IndexOfKey(ReadOnlySpan{byte})"/> with the key's <see cref="Hash"/> already computed.</summary>
    public int IndexOfKey(ReadOnlySpan<byte> key, int hash) => IndexOf(key, hash);

    /// <summary>
    /// Reads the slot a hash starts at, so that a batch of lookups first brings its slots into the cache with
    /// independent loads (the processor overlaps them) before the lookups proper.
    /// </summary>
    public int Touch(int hash) => _slots[hash & (_slots.Length - 1)].Index;

    /// <summary>The key of an index.</summary>
    public ReadOnlySpan<byte> KeyOf(int index) => _arena.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>The index of an id given as text, adding it when new.</summary>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        Span<byte> buffer = id.Length <= 128 ? stackalloc byte[1 + (id.Length * 3)] : new byte[1 + (id.Length * 3)];
        return IndexOf(buffer[..WriteKey(id, buffer)]);
    }

    /// <summary>
    /// Writes the key of an id into <paramref name="key"/> (at least 1 + 3 × the id's length bytes) and returns its
    /// length: an ASCII id as its bytes, any other as <see cref="NonAscii"/> followed by its UTF-8 bytes.
    /// </summary>
    public static int WriteKey(ReadOnlySpan<char> id, Span<byte> key)
    {
        if (System.Text.Ascii.IsValid(id))
        {
            System.Text.Ascii.FromUtf16(id, key, out var written);
            return written;
        }

        key[0] = NonAscii;
        return 1 + Encoding.UTF8.GetBytes(id, key[1..]);
    }

    /// <summary>The id of an index.</summary>
    public string IdOf(int index)
    {
        var key = KeyOf(index);
        return key.Length > 0 && key[0] == NonAscii ? Encoding.UTF8.GetString(key[1..]) : Encoding.Latin1.GetString(key);
    }

    private int IndexOf(ReadOnlySpan<byte> key) => IndexOf(key, Hash(key));

    private int IndexOf(ReadOnlySpan<byte> key, int hash)
    {
        var (head0, head1) = Heads(key);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Index == 0)
            {
                return Add(ref slot, key, hash, head0, head1);
            }

            if (slot.Hash == hash && slot.Length == key.Length && slot.Head0 == head0 && slot.Head1 == head1
                && (key.Length <= 16 || key.SequenceEqual(_arena.AsSpan(_offsets[slot.Index - 1], key.Length))))
            {
                return slot.Index - 1;
            }
        }
    }

    private int Add(ref Slot slot, ReadOnlySpan<byte> key, int hash, ulong head0, ulong head1)
    {
        var index = Count++;
        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        if (index + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        _offsets[index] = _arenaLength;
        _arenaLength += key.Length;
        _offsets[index + 1] = _arenaLength;
        slot = new Slot { Head0 = head0, Head1 = head1, Hash = hash, Length = key.Length, Index = index + 1 };
        if (Count * 4 > _slots.Length * 3)
        {
            Grow();
        }

        return index;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Index == 0)
            {
                continue;
            }

            var i = slot.Hash & mask;
            while (_slots[i].Index != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong, ulong) Heads(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 16)
        {
            return (MemoryMarshal.Read<ulong>(key), MemoryMarshal.Read<ulong>(key[8..]));
        }

        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        key.CopyTo(padded);
        return (MemoryMarshal.Read<ulong>(padded), MemoryMarshal.Read<ulong>(padded[8..]));
    }

    /// <summary>A multiply–rotate hash of a key's bytes, 8 at a time; never negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong Prime = 0x9E3779B97F4A7C15;
        var h = (ulong)key.Length * Prime;
        var i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            h = ulong.RotateLeft((h ^ MemoryMarshal.Read<ulong>(key[i..])) * Prime, 29);
        }

        ulong tail = 0;
        for (var shift = 0; i < key.Length; i++, shift += 8)
        {
            tail |= (ulong)key[i] << shift;
        }

        h = (h ^ tail) * Prime;
        h ^= h >> 32;
        h *= Prime;
        return (int)(h >> 33);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Head0;
        public ulong Head1;
        public int Hash;
        public int Length;
        public int Index; // index + 1; 0 for an empty slot
    }
}
