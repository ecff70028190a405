using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The per-month importer's table of client ids: one index per distinct id in order of first appearance, whichever way
/// the id arrives (text, or the key bytes of a line read directly), ids that share their first 16 bytes kept apart, and
/// every id read back after the table has grown many times.
/// </summary>
public class ClientIdTableTests
{
    [Fact]
    public void Indices_FollowFirstAppearance()
    {
        var table = new ClientIdTable();

        Assert.Equal(0, table.IndexOf("b"));
        Assert.Equal(1, table.IndexOf("a"));
        Assert.Equal(0, table.IndexOf("b"));
        Assert.Equal(2, table.IndexOf(string.Empty));
        Assert.Equal(2, table.IndexOf(string.Empty));
        Assert.Equal(3, table.Count);
        Assert.Equal(["b", "a", string.Empty], Enumerable.Range(0, 3).Select(table.IdOf));
    }

    [Fact]
    public void AnIdAsTextAndAsItsKey_IsOneClient()
    {
        var table = new ClientIdTable();

        var ascii = table.IndexOf("c-17");
        Assert.Equal(ascii, table.IndexOfKey("c-17"u8));
        Assert.Equal(ascii, table.IndexOfKey("c-17"u8, ClientIdTable.Hash("c-17"u8)));
        Assert.Equal("c-17"u8.ToArray(), table.KeyOf(ascii).ToArray());

        byte[] cyrillicKey = [ClientIdTable.NonAscii, .. Encoding.UTF8.GetBytes("ООО Ёлка")];
        var cyrillic = table.IndexOfKey(cyrillicKey);
        Assert.Equal(cyrillic, table.IndexOf("ООО Ёлка"));
        Assert.Equal(cyrillicKey, table.KeyOf(cyrillic).ToArray());
        Assert.Equal("ООО Ёлка", table.IdOf(cyrillic));

        // A Latin-1 letter is not ASCII: its key is its UTF-8 bytes after the mark, and it reads back as itself.
        var latin = table.IndexOf("Café");
        Assert.Equal("Café", table.IdOf(latin));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void IdsSharingTheirFirstSixteenBytes_AreDistinct()
    {
        var table = new ClientIdTable();
        string[] ids = ["0123456789abcdef", "0123456789abcdef-1", "0123456789abcdef-2", "0123456789abcdef-22", "0123456789abcdeX", "0123456789abcde"];

        var indices = ids.Select(id => table.IndexOf(id)).ToArray();

        Assert.Equal([0, 1, 2, 3, 4, 5], indices);
        Assert.Equal(indices, ids.Select(id => table.IndexOf(id)));
        Assert.Equal(ids, indices.Select(table.IdOf));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AfterGrowingManyTimes_EveryIdKeepsItsIndex()
    {
        var table = new ClientIdTable();
        var ids = Enumerable.Range(0, 60_000)
            .Select(i => (i % 4) switch
            {
                0 => $"c{i}",
                1 => $"клиент {i}",
                2 => $"a-client-with-a-rather-long-identifier-{i}",
                _ => string.Concat(Enumerable.Repeat((char)('a' + (i % 26)), 1 + (i % 300))) + i,
            })
            .ToArray();

        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(ids[i]));
        }

        Assert.Equal(ids.Length, table.Count);
        for (var i = ids.Length - 1; i >= 0; i--)
        {
            Assert.Equal(i, table.IndexOf(ids[i]));
            Assert.Equal(ids[i], table.IdOf(i));
        }

        Assert.Equal(ids.Length, table.Count);
    }

    [Fact]
    public void TheHash_IsNeverNegative_AndSeesEveryByteAndTheLength()
    {
        var key = new byte[40];
        var seen = new HashSet<int> { ClientIdTable.Hash(key) };
        for (var position = 0; position < key.Length; position++)
        {
            key[position] = 1;
            Assert.True(seen.Add(ClientIdTable.Hash(key)), $"a change of byte {position} did not change the hash");
            key[position] = 0;
        }

        for (var length = 0; length < key.Length; length++)
        {
            var hash = ClientIdTable.Hash(key.AsSpan(0, length));
            Assert.True(hash >= 0);
            Assert.True(seen.Add(hash), $"the zero key of length {length} hashes like another key");
        }

        Assert.Equal(ClientIdTable.Hash("abc"u8), ClientIdTable.Hash(Encoding.ASCII.GetBytes("abc")));
    }

    [Fact]
    public void SequentialIds_SpreadOverTheSlots()
    {
        // 4,096 ids like a CRM's numbering, into 4,096 buckets: a uniform hash fills about 63 % of them.
        var buckets = Enumerable.Range(0, 4_096)
            .Select(i => ClientIdTable.Hash(Encoding.ASCII.GetBytes($"c{i:D6}")) & 4_095)
            .Distinct()
            .Count();
        Assert.InRange(buckets, 2_400, 4_096);
    }

    [Fact]
    public void IdsWhoseHashesCollide_KeepTheirOwnIndices()
    {
        // Two ids of eight characters with the same hash: found by search, as a file of many clients holds them.
        var seen = new Dictionary<int, string>();
        (string First, string Second)? pair = null;
        for (var n = 0; pair is null; n++)
        {
            var id = $"{n:x8}";
            var hash = ClientIdTable.Hash(Encoding.ASCII.GetBytes(id));
            if (!seen.TryAdd(hash, id))
            {
                pair = (seen[hash], id);
            }
        }

        var (first, second) = pair.Value;
        var table = new ClientIdTable();
        Assert.Equal(0, table.IndexOf(first));
        Assert.Equal(1, table.IndexOf(second));
        Assert.Equal(0, table.IndexOf(first));
        Assert.Equal([first, second], Enumerable.Range(0, table.Count).Select(table.IdOf));
    }

    [Fact]
    public void AnIdLongerThanTheArenaGrowsBy_IsStoredWhole()
    {
        var table = new ClientIdTable();
        var huge = new string('x', 300_000);

        Assert.Equal(0, table.IndexOf("a"));
        Assert.Equal(1, table.IndexOf(huge));
        Assert.Equal(1, table.IndexOf(huge));
        Assert.Equal(2, table.IndexOf(huge + "y"));
        Assert.Equal(huge, table.IdOf(1));
        Assert.Equal("a", table.IdOf(0));
    }
}
