namespace SalesDomain.Reactivation;

/// <summary>
/// The BG/NBD log-likelihood of a set of client histories and its analytic gradient, evaluated on sufficient
/// statistics (docs/reactivation.md in the repository): clients with the same (x, tₓ, T) form one weighted group, the terms that depend
/// on x alone are computed once per distinct x, and ln(α + T), ln(α + tₓ) once per distinct T and tₓ. Groups are kept
/// in a canonical order, so the value does not depend on the order of the clients. Immutable after construction.
/// </summary>
internal sealed class BgNbdLikelihood
{
    /// <summary>Groups per chunk of the evaluation; fixed, so that the sums do not depend on scheduling.</summary>
    private const int ChunkSize = 1 << 14;

    private readonly int[] _frequencies;      // distinct x, ascending
    private readonly double[] _frequencyWeights; // clients with that x
    private readonly double[] _times;         // distinct T and tₓ values, ascending
    private readonly int[] _groupFrequency;   // per group with x > 0: index into _frequencies
    private readonly int[] _groupAge;         // index into _times
    private readonly int[] _groupRecency;     // index into _times
    private readonly double[] _groupWeight;
    private readonly int[] _zeroAge;          // per distinct T of the clients with x = 0: index into _times
    private readonly double[] _zeroWeight;

    /// <summary>Groups the histories.</summary>
    /// <exception cref="ArgumentException">No histories are given.</exception>
    public BgNbdLikelihood(IEnumerable<RfmSummary> clients)
    {
        var counts = new Dictionary<RfmSummary, int>(clients.TryGetNonEnumeratedCount(out var n) ? Math.Min(n, 1 << 20) : 0);
        foreach (var client in clients)
        {
            counts[client] = counts.GetValueOrDefault(client) + 1;
        }

        if (counts.Count == 0)
        {
            throw new ArgumentException("At least one client history is required to fit the BG/NBD model, was 0.", nameof(clients));
        }

        var groups = counts.ToArray();
        Array.Sort(groups, static (p, q) =>
        {
            var c = p.Key.Frequency.CompareTo(q.Key.Frequency);
            c = c != 0 ? c : p.Key.Age.CompareTo(q.Key.Age);
            return c != 0 ? c : p.Key.Recency.CompareTo(q.Key.Recency);
        });
        var times = new double[groups.Length * 2];
        for (var g = 0; g < groups.Length; g++)
        {
            (times[2 * g], times[(2 * g) + 1]) = (groups[g].Key.Age, groups[g].Key.Recency);
        }

        Array.Sort(times);
        var distinct = 0;
        for (var i = 0; i < times.Length; i++)
        {
            if (distinct == 0 || times[i] != times[distinct - 1])
            {
                times[distinct++] = times[i];
            }
        }

        _times = times[..distinct];
        _frequencies = [.. groups.Select(g => g.Key.Frequency).Distinct()];
        _frequencyWeights = new double[_frequencies.Length];
        foreach (var (key, count) in groups)
        {
            _frequencyWeights[Array.BinarySearch(_frequencies, key.Frequency)] += count;
        }

        var repeat = groups.Where(g => g.Key.Frequency > 0).ToArray();
        _groupFrequency = [.. repeat.Select(g => Array.BinarySearch(_frequencies, g.Key.Frequency))];
        _groupAge = [.. repeat.Select(g => Array.BinarySearch(_times, g.Key.Age))];
        _groupRecency = [.. repeat.Select(g => Array.BinarySearch(_times, g.Key.Recency))];
        _groupWeight = [.. repeat.Select(g => (double)g.Value)];
        var zero = groups.Where(g => g.Key.Frequency == 0).ToArray();
        _zeroAge = [.. zero.Select(g => Array.BinarySearch(_times, g.Key.Age))];
        _zeroWeight = [.. zero.Select(g => (double)g.Value)];
        Clients = groups.Sum(g => g.Value);
    }

    /// <summary>Number of client histories.</summary>
    public int Clients { get; }

    /// <summary>Number of distinct (x, tₓ, T) groups.</summary>
    public int Groups => _groupWeight.Length + _zeroWeight.Length;

    /// <summary>
    /// −Σ ln L at θ = (ln r, ln α, ln a, ln b), and its gradient with respect to θ in <paramref name="gradient"/>.
    /// Returns +∞ (and leaves the gradient undefined) where the likelihood is not finite.
    /// </summary>
    public double NegativeLogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
        if (!double.IsFinite(r + alpha + a + b) || r <= 0d || alpha <= 0d || a <= 0d || b <= 0d)
        {
            return double.PositiveInfinity;
        }

        // d/dr, d/dα, d/da, d/db of Σ ln L, accumulated in the parameters themselves, converted to θ at the end.
        double ll = 0d, dr = 0d, dAlpha = 0d, da = 0d, db = 0d;
        var logAlpha = Math.Log(alpha);
        double lgR = SpecialFunctions.LogGamma(r), lgB = SpecialFunctions.LogGamma(b), lgAB = SpecialFunctions.LogGamma(a + b);
        double psiR = SpecialFunctions.Digamma(r), psiB = SpecialFunctions.Digamma(b), psiAB = SpecialFunctions.Digamma(a + b);

        // A₁·A₂, per distinct x: ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x).
        var bx = new double[_frequencies.Length];
        var logBx = new double[_frequencies.Length];
        for (var i = 0; i < _frequencies.Length; i++)
        {
            var x = _frequencies[i];
            var w = _frequencyWeights[i];
            ll += w * r * logAlpha;
            dr += w * logAlpha;
            dAlpha += w * r / alpha;
            if (x == 0)
            {
                continue;
            }

            bx[i] = b + x - 1d;
            logBx[i] = Math.Log(bx[i]);

            ll += w * (SpecialFunctions.LogGamma(r + x) - lgR + lgAB + SpecialFunctions.LogGamma(b + x) - lgB - SpecialFunctions.LogGamma(a + b + x));
            var psiABx = SpecialFunctions.Digamma(a + b + x);
            dr += w * (SpecialFunctions.Digamma(r + x) - psiR);
            da += w * (psiAB - psiABx);
            db += w * (psiAB + SpecialFunctions.Digamma(b + x) - psiB - psiABx);
        }

        var logTime = new double[_times.Length];
        var inverseTime = new double[_times.Length];
        for (var i = 0; i < _times.Length; i++)
        {
            logTime[i] = Math.Log(alpha + _times[i]);
            inverseTime[i] = 1d / (alpha + _times[i]);
        }

        // x = 0: A₃ = (α+T)^−r.
        for (var g = 0; g < _zeroWeight.Length; g++)
        {
            var w = _zeroWeight[g];
            var t = _zeroAge[g];
            ll -= w * r * logTime[t];
            dr -= w * logTime[t];
            dAlpha -= w * r * inverseTime[t];
        }

        // x > 0: ln(A₃ + A₄), over fixed chunks of groups (in parallel for large bases), summed in chunk order, so the
        // value does not depend on the number of threads.
        var context = new RepeatContext(r, a, Math.Log(a), logTime, inverseTime, bx, logBx);
        var chunks = (_groupWeight.Length + ChunkSize - 1) / ChunkSize;
        var partial = new RepeatSums[chunks];
        if (chunks > 1)
        {
            Parallel.For(0, chunks, c => partial[c] = Repeat(context, c * ChunkSize, Math.Min(_groupWeight.Length, (c + 1) * ChunkSize)));
        }
        else if (chunks == 1)
        {
            partial[0] = Repeat(context, 0, _groupWeight.Length);
        }

        foreach (var p in partial)
        {
            (ll, dr, dAlpha, da, db) = (ll + p.Ll, dr + p.Dr, dAlpha + p.DAlpha, da + p.Da, db + p.Db);
        }

        if (!double.IsFinite(ll))
        {
            return double.PositiveInfinity;
        }

        gradient[0] = -dr * r;
        gradient[1] = -dAlpha * alpha;
        gradient[2] = -da * a;
        gradient[3] = -db * b;
        return -ll;
    }

    /// <summary>Σ over the groups with x &gt; 0 in [from, to) of ln(A₃ + A₄) and its derivatives in r, α, a, b.</summary>
    private RepeatSums Repeat(RepeatContext k, int from, int to)
    {
        double ll = 0d, dr = 0d, dAlpha = 0d, da = 0d, db = 0d;
        var (logTime, inverseTime) = (k.LogTime, k.InverseTime);
        for (var g = from; g < to; g++)
        {
            var w = _groupWeight[g];
            var xi = _groupFrequency[g];
            var rx = k.R + _frequencies[xi];
            int age = _groupAge[g], recency = _groupRecency[g];

            // A₃ = (α+T)^−(r+x), A₄ = a/(b+x−1)·(α+tₓ)^−(r+x), as a log-sum-exp with weights w₃, w₄.
            var l3 = -rx * logTime[age];
            var l4 = k.LogA - k.LogBx[xi] - (rx * logTime[recency]);
            double lse, w4;
            if (l4 >= l3)
            {
                var e = Math.Exp(l3 - l4);
                lse = l4 + Math.Log(1d + e);
                w4 = 1d / (1d + e);
            }
            else
            {
                var e = Math.Exp(l4 - l3);
                lse = l3 + Math.Log(1d + e);
                w4 = e / (1d + e);
            }

            var w3 = 1d - w4;
            ll += w * lse;
            dr -= w * ((w3 * logTime[age]) + (w4 * logTime[recency]));
            dAlpha -= w * rx * ((w3 * inverseTime[age]) + (w4 * inverseTime[recency]));
            da += w * w4 / k.A;
            db -= w * w4 / k.Bx[xi];
        }

        return new RepeatSums(ll, dr, dAlpha, da, db);
    }

    /// <summary>What every group's term needs at one parameter point.</summary>
    private sealed record RepeatContext(double R, double A, double LogA, double[] LogTime, double[] InverseTime, double[] Bx, double[] LogBx);

    /// <summary>Partial sums of ln L and its derivatives in r, α, a, b.</summary>
    private readonly record struct RepeatSums(double Ll, double Dr, double DAlpha, double Da, double Db);
}
