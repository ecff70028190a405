using System.Runtime.CompilerServices;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// xoshiro256** pseudo-random generator, seeded by SplitMix64 from (seed, replication, stream). Its own algorithm, so
/// results do not depend on the runtime's <see cref="Random"/> implementation; a mutable struct, pass by ref.
/// </summary>
internal struct RandomStream
{
    private const byte Seeded = 0, Unseeded = 1, FirstDrawn = 2;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _s0, _s1, _s2, _s3;
    private byte _pending;

    /// <summary>The stream for one replication and one purpose (population, dynamics): independent of any other.</summary>
    public RandomStream(long seed, int replication, int stream)
    {
        var x = unchecked((ulong)seed ^ (0x9E3779B97F4A7C15UL * (ulong)(replication + 1)) ^ (0xD1B54A32D192ED03UL * (ulong)(stream + 1)));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>
    /// The stream of one client in one week for one purpose (churn, purchases): its draws depend only on (seed,
    /// replication, stream, client, week), never on how many draws other clients or other processes made before, so
    /// two scenarios give a client the same draws in a week whatever else differs (common random numbers).
    /// </summary>
    public RandomStream(long seed, int replication, int stream, int client, int week)
        : this(ClientKey(seed, replication, stream, client), week)
    {
    }

    /// <summary>
    /// The same stream from the client's key (<see cref="ClientKey"/>, the same every week): most keyed streams are
    /// asked one draw, so the state is seeded lazily — the first output needs only the second state word, the rest
    /// is seeded on the second draw. The draws are those of an eagerly seeded stream.
    /// </summary>
    public RandomStream(ulong clientKey, int week)
    {
        _s0 = Mix(clientKey ^ (ulong)(uint)week); // the SplitMix seed until the state is seeded
        _pending = Unseeded;
    }

    /// <summary>The part of a keyed stream's seed that does not depend on the week.</summary>
    public static ulong ClientKey(long seed, int replication, int stream, int client)
        => Mix(Mix(Mix(unchecked((ulong)seed) ^ (ulong)(uint)replication) ^ (ulong)(uint)stream) ^ (ulong)(uint)client);

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextULong()
    {
        if (_pending != Seeded)
        {
            return FromSeed();
        }

        var result = BitRotate(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitRotate(_s3, 45);
        return result;
    }

    /// <summary>A lazily seeded stream's first draw (from s₁ = SplitMix's second output alone), or its seeding and second draw.</summary>
    private ulong FromSeed()
    {
        var x = _s0;
        if (_pending == Unseeded)
        {
            _pending = FirstDrawn;
            return BitRotate(Mix(unchecked(x + (2 * Golden))) * 5, 7) * 9;
        }

        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        _pending = Seeded;
        NextULong(); // the first output, already drawn
        return NextULong();
    }

    /// <summary>Uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Uniform integer in [0, <paramref name="n"/>), n &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int n) => (int)(((NextULong() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform in [a, b).</summary>
    public double Uniform(double a, double b) => a + ((b - a) * NextDouble());

    /// <summary>Standard normal (Box–Muller, one value per call so the stream position is fixed per draw).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Number of successes in <paramref name="n"/> trials of probability <paramref name="p"/>.</summary>
    public int Binomial(int n, double p)
    {
        if (p <= 0 || n <= 0)
        {
            return 0;
        }

        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (NextDouble() < p)
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>Index drawn with the given cumulative weights (last element = total).</summary>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        var u = NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private static ulong SplitMix(ref ulong x) => Mix(x += Golden);

    /// <summary>SplitMix64's finaliser: a bijective mix of 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitRotate(ulong x, int k) => (x << k) | (x >> (64 - k));
}
