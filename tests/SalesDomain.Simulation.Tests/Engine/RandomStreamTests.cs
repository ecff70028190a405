using SalesDomain.Simulation.Engine;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>The lazily seeded keyed streams draw what xoshiro256** seeded eagerly by SplitMix64 draws.</summary>
public class RandomStreamTests
{
    [Theory]
    [InlineData(1L, 0, 2, 0, 0)]
    [InlineData(42L, 7, 3, 99_999, 155)]
    [InlineData(-5L, 1_000, 5, int.MaxValue, 1_200)]
    public void KeyedStream_DrawsTheEagerlySeededSequence(long seed, int replication, int stream, int client, int week)
    {
        var keyed = new RandomStream(seed, replication, stream, client, week);
        var fromKey = new RandomStream(RandomStream.ClientKey(seed, replication, stream, client), week);
        var reference = Reference(seed, replication, stream, client, week);
        for (var draw = 0; draw < 6; draw++)
        {
            var expected = reference.Next();
            Assert.Equal(expected, keyed.NextULong());
            Assert.Equal(expected, fromKey.NextULong());
        }
    }

    /// <summary>The documented generator, written out: SplitMix64 over the mixed key seeds four state words.</summary>
    private static Xoshiro Reference(long seed, int replication, int stream, int client, int week)
    {
        var x = Mix(Mix(Mix(Mix(unchecked((ulong)seed) ^ (uint)replication) ^ (uint)stream) ^ (uint)client) ^ (uint)week);
        return new Xoshiro(SplitMix(ref x), SplitMix(ref x), SplitMix(ref x), SplitMix(ref x));
    }

    private static ulong SplitMix(ref ulong x) => Mix(x += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Xoshiro(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        public ulong Next()
        {
            var result = ulong.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = ulong.RotateLeft(s3, 45);
            return result;
        }
    }
}
