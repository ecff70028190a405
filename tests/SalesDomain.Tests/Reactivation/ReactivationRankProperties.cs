using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The list's rank order (docs/reactivation.md) over generated bases, with booked amounts (whole cents, compared as
/// integers) and with amounts of up to 28 digits (compared as decimals), and the figures each item states.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 150)]
public class ReactivationRankProperties
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Property]
    public bool Items_AreInRankOrder_AndStateTheirHistories(ClientBase clientBase, NonNegativeInt gap, bool booked, bool fitted)
    {
        var given = booked ? clientBase : new ClientBase(clientBase.Clients, clientBase.Managers, clientBase.Sales.Select(s => s with { Amount = s.Amount / 3m }), clientBase.Contacts);
        var asOf = (given.Sales.Any() ? given.Sales.Max(s => s.Date) : SalesGenerators.Epoch).AddDays(gap.Get % 400);
        var list = ReactivationList.Build(given, asOf, fitted ? null : ReactivationOptions.Default with { Model = Cdnow });
        var inOrder = list.Items.Zip(list.Items.Skip(1)).All(p => Rank(p.First, p.Second) < 0);
        var stated = list.Items.All(i =>
        {
            var history = PurchaseHistory.Of(i.ClientId, given.SalesOf(i.ClientId), asOf)!;
            return i.PurchaseDays == history.PurchaseDayCount && i.LastPurchase == history.LastPurchase
                   && i.Revenue == history.Revenue && i.MeanIntervalDays == history.MeanIntervalDays
                   && i.DaysSinceLast == history.DaysSinceLast(asOf) && i.ManagerId == given.GetClient(i.ClientId).ManagerId;
        });
        return inOrder && stated;
    }

    /// <summary>The documented order, written out independently: overdue first, value at risk descending, P(alive)
    /// ascending (unknown values last), revenue descending, client id.</summary>
    internal static int Rank(ReactivationItem x, ReactivationItem y)
    {
        if (x.Overdue != y.Overdue)
        {
            return x.Overdue ? -1 : 1;
        }

        if (x.ValueAtRisk != y.ValueAtRisk)
        {
            return x.ValueAtRisk is null ? 1 : y.ValueAtRisk is null ? -1 : y.ValueAtRisk.Value.CompareTo(x.ValueAtRisk.Value);
        }

        if (x.PAlive != y.PAlive)
        {
            return x.PAlive is null ? 1 : y.PAlive is null ? -1 : x.PAlive.Value.CompareTo(y.PAlive.Value);
        }

        return x.Revenue != y.Revenue ? y.Revenue.CompareTo(x.Revenue) : string.CompareOrdinal(x.ClientId, y.ClientId);
    }
}
