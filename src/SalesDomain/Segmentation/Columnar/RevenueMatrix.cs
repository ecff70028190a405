namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// A dense clients × periods table of amounts in cents (minor units, <see cref="long"/>), row-major: the amounts of
/// client <c>i</c> are <c>Cents[i·Periods .. (i+1)·Periods)</c> (DOMAIN.md §2; docs/performance.md in the repository). Clients are dense
/// indices 0..Clients−1 that stand for the caller's client ids; the fast segmentation breaks value ties by index
/// ascending, which matches the reference rule "ties by client id ascending (ordinal)" when the caller orders its ids
/// ordinally (as the columnar CSV import in SalesDomain.Csv does). Periods without sales hold 0, returns are negative.
/// </summary>
/// <remarks>
/// Money stays exact: amounts are integers of cents, so totals, ties and cumulative shares are computed without
/// rounding. The matrix wraps the given memory without copying; the caller must not change it afterwards.
/// </remarks>
public sealed class RevenueMatrix
{
    /// <summary>
    /// Largest absolute amount of one cell in cents: 10¹⁵ cents (10 trillion currency units). It keeps every client
    /// total within <see cref="long"/> and every amount exactly representable as a <see cref="double"/>.
    /// </summary>
    public const long MaxCents = 1_000_000_000_000_000;

    /// <summary>Most periods per client (e.g. 83 years of months); keeps client totals within <see cref="long"/>.</summary>
    public const int MaxPeriods = 1000;

    /// <summary>Wraps a row-major buffer of cents and checks its shape and range.</summary>
    /// <param name="cents">Clients × periods amounts in cents, row-major; length must be clients · periods.</param>
    /// <param name="clients">Number of clients (rows), ≥ 0.</param>
    /// <param name="periods">Number of periods (columns), 1..<see cref="MaxPeriods"/>.</param>
    /// <exception cref="ArgumentException">The length does not match, or a cell exceeds <see cref="MaxCents"/>.</exception>
    public RevenueMatrix(ReadOnlyMemory<long> cents, int clients, int periods)
    {
        Guard.NotNegative(clients, nameof(clients));
        Guard.Positive(periods, nameof(periods));
        if (periods > MaxPeriods)
        {
            throw Guard.OutOfRange(nameof(periods), periods, $"must be at most {MaxPeriods}");
        }

        if ((long)clients * periods != cents.Length)
        {
            throw new ArgumentException(
                $"{nameof(cents)} holds {cents.Length} amounts but {clients} clients × {periods} periods need {(long)clients * periods}.",
                nameof(cents));
        }

        var span = cents.Span;
        var outside = span.IndexOfAnyExceptInRange(-MaxCents, MaxCents);
        if (outside >= 0)
        {
            throw Guard.OutOfRange(
                $"{nameof(cents)}[{outside}] (client {outside / periods}, period {outside % periods})",
                span[outside],
                $"must be within ±{MaxCents} cents");
        }

        Cents = cents;
        Clients = clients;
        Periods = periods;
    }

    /// <summary>The amounts in cents, row-major (clients × periods).</summary>
    public ReadOnlyMemory<long> Cents { get; }

    /// <summary>Number of clients (rows).</summary>
    public int Clients { get; }

    /// <summary>Number of periods (columns) per client.</summary>
    public int Periods { get; }

    /// <summary>The amounts of one client, in cents, one per period.</summary>
    /// <param name="client">Client index, 0..<see cref="Clients"/>−1.</param>
    public ReadOnlySpan<long> Row(int client)
    {
        if ((uint)client >= (uint)Clients)
        {
            throw Guard.OutOfRange(nameof(client), client, $"must be within 0..{Clients - 1}");
        }

        return Cents.Span.Slice(client * Periods, Periods);
    }

    /// <summary>Builds a matrix from currency amounts (at most two decimals), one row of <paramref name="periods"/> per client.</summary>
    /// <param name="amounts">Clients × periods amounts in currency units, row-major.</param>
    /// <param name="periods">Number of periods per client.</param>
    /// <exception cref="ArgumentException">An amount has more than two decimals or is out of range.</exception>
    public static RevenueMatrix FromAmounts(ReadOnlySpan<decimal> amounts, int periods)
    {
        Guard.Positive(periods, nameof(periods));
        if (amounts.Length % periods != 0)
        {
            throw new ArgumentException(
                $"{nameof(amounts)} holds {amounts.Length} amounts, not a multiple of {periods} periods.", nameof(amounts));
        }

        var cents = new long[amounts.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            cents[i] = ToCents(amounts[i], $"{nameof(amounts)}[{i}]");
        }

        return new RevenueMatrix(cents, amounts.Length / periods, periods);
    }

    /// <summary>Converts a currency amount to cents, refusing fractions of a cent and amounts beyond <see cref="MaxCents"/>.</summary>
    internal static long ToCents(decimal amount, string name)
    {
        if (Math.Abs(amount) > MaxCents / 100)
        {
            throw Guard.OutOfRange(name, amount, $"must be within ±{MaxCents / 100} currency units");
        }

        var scaled = amount * 100m;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw Guard.OutOfRange(name, amount, "must be a whole number of cents");
    }

    /// <summary>Converts cents to a currency amount.</summary>
    internal static decimal ToAmount(long cents) => new decimal(cents) / 100m;

    /// <summary>Converts a 128-bit sum of cents to a currency amount.</summary>
    internal static decimal ToAmount(Int128 cents) => (decimal)cents / 100m;
}
