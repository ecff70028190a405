using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Reactivation;

/// <summary>
/// A client's purchases as of a date, reduced to distinct purchase days (DOMAIN.md §3, §9, seed 002;
/// docs/reactivation.md in the repository). A purchase day is a day whose net amount is positive (<see cref="Model.PurchaseDays"/>):
/// several sales on one day count once, a 0.00 row or an order cancelled the same day is no purchase. Sales after the
/// as-of date are ignored.
/// </summary>
public sealed record PurchaseHistory
{
    private PurchaseHistory(string clientId, ImmutableArray<DateOnly> days, decimal revenue)
    {
        ClientId = clientId;
        PurchaseDays = days;
        Revenue = revenue;
    }

    /// <summary>Id of the client.</summary>
    public string ClientId { get; }

    /// <summary>The distinct purchase days, ascending; at least one.</summary>
    public ImmutableArray<DateOnly> PurchaseDays { get; }

    /// <summary>Net revenue of all sales (returns included) dated on or before the as-of date.</summary>
    public decimal Revenue { get; }

    /// <summary>Number of distinct purchase days.</summary>
    public int PurchaseDayCount => PurchaseDays.Length;

    /// <summary>The first purchase day.</summary>
    public DateOnly FirstPurchase => PurchaseDays[0];

    /// <summary>The last purchase day.</summary>
    public DateOnly LastPurchase => PurchaseDays[^1];

    /// <summary>
    /// The client's own mean interval between purchase days in days: (last − first) / (n − 1); null when the client
    /// bought on one day only (n = 1). Always ≥ 1 when defined, since the days are distinct.
    /// </summary>
    public double? MeanIntervalDays => Summary.MeanIntervalDays;

    /// <summary>Net revenue per purchase day, never below 0; the value a typical purchase day brings.</summary>
    public decimal ValuePerPurchaseDay => Summary.ValuePerPurchaseDay;

    /// <summary>Whole days from the last purchase day to <paramref name="asOf"/>.</summary>
    public int DaysSinceLast(DateOnly asOf) => Summary.DaysSinceLast(asOf);

    /// <summary>The history's figures as plain values.</summary>
    internal PurchaseSummary Summary => new(FirstPurchase.DayNumber, LastPurchase.DayNumber, PurchaseDayCount, Revenue);

    /// <summary>
    /// The history in BG/NBD terms as of <paramref name="asOf"/>: x = purchase days − 1, tₓ = (last − first) / unit,
    /// T = (as-of − first) / unit.
    /// </summary>
    /// <param name="asOf">End of observation; not before the last purchase.</param>
    /// <param name="timeUnitDays">Days per model time unit (7 for weeks); &gt; 0.</param>
    public RfmSummary ToRfm(DateOnly asOf, double timeUnitDays)
    {
        Guard.Positive(timeUnitDays);
        if (asOf < LastPurchase)
        {
            throw Guard.OutOfRange(nameof(asOf), asOf, $"must not be before the last purchase {LastPurchase:yyyy-MM-dd}");
        }

        return Summary.ToRfm(asOf, timeUnitDays);
    }

    /// <summary>The history of one client as of a date; null when it has no purchase day on or before that date.</summary>
    /// <param name="clientId">Id of the client; not empty.</param>
    /// <param name="sales">The client's sales, in any order; every sale must name <paramref name="clientId"/>.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    public static PurchaseHistory? Of(string clientId, IEnumerable<Sale> sales, DateOnly asOf)
    {
        Guard.NotEmpty(clientId);
        Guard.NotNull(sales);
        var revenue = 0m;
        foreach (var sale in sales)
        {
            Guard.NotNull(sale, nameof(sales));
            if (sale.ClientId != clientId)
            {
                throw new ArgumentException($"Sale on {sale.Date:yyyy-MM-dd} names client '{sale.ClientId}', expected '{clientId}'.", nameof(sales));
            }

            if (sale.Date > asOf)
            {
                continue;
            }

            revenue += sale.Amount;
        }

        var days = Model.PurchaseDays.Of(sales, asOf);
        return days.IsEmpty ? null : new PurchaseHistory(clientId, days, revenue);
    }

    /// <summary>The histories of every client of a base that has a purchase day on or before <paramref name="asOf"/>, in base order.</summary>
    public static ImmutableArray<PurchaseHistory> Of(ClientBase clientBase, DateOnly asOf)
    {
        Guard.NotNull(clientBase);

        // Clients are independent: reduced in parallel over fixed ranges, then kept in base order.
        var clients = clientBase.Clients;
        var histories = new PurchaseHistory?[clients.Length];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, clients.Length), 16_384),
            range =>
            {
                for (var i = range.Item1; i < Math.Min(range.Item2, clients.Length); i++)
                {
                    histories[i] = Of(clients[i].Id, clientBase.SalesAt(i), asOf);
                }
            });
        return [.. histories.OfType<PurchaseHistory>()];
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="PurchaseDays"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(PurchaseHistory? other) =>
        other is not null && ClientId == other.ClientId && ContentEquality.Sequence(PurchaseDays, other.PurchaseDays)
        && Revenue == other.Revenue;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(PurchaseDays), ClientId, Revenue);
}
