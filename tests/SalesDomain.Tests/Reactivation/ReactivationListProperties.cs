using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Invariants of the reactivation rule and list over generated histories (DOMAIN.md §3, seed 002).</summary>
[Properties(Arbitrary = new[] { typeof(ReactivationArbitraries), typeof(SalesArbitraries) }, MaxTest = 200)]
public class ReactivationListProperties
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    private static DateOnly AsOfAfter(IEnumerable<Sale> sales, int gap)
        => (sales.Any() ? sales.Max(s => s.Date) : SalesGenerators.Epoch).AddDays(gap);

    /// <summary>An amount that makes the day's net positive whatever else is on that day, within ±10¹⁵; null when none does.</summary>
    private static decimal? Outweighing(IEnumerable<Sale> sales, DateOnly day)
    {
        var amount = Math.Max(0m, -sales.Where(s => s.Date == day).Sum(s => s.Amount)) + 1m;
        return Money.IsInRange(amount) ? amount : null;
    }

    [Property]
    public bool AddingAPurchaseToday_NeverPutsTheClientOnTheOverdueList(Sale[] sales, NonNegativeInt gap, PositiveInt k, PositiveInt median)
    {
        var asOf = AsOfAfter(sales, gap.Get % 400);
        var options = new ReactivationRuleOptions { K = k.Get / 10d };
        if (Outweighing(sales, asOf) is not { } outweighing)
        {
            return true; // that day's returns exceed what one sale can outweigh within the supported range
        }

        var history = PurchaseHistory.Of("c0", [.. sales, new Sale("c0", asOf, outweighing)], asOf)!;
        return !ReactivationRule.Evaluate(history, asOf, median.Get / 3d, options).Overdue;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool AddingAPurchaseToday_NeverPutsTheClientOnTheOverdueList_InAWholeBase(ClientBase clientBase, NonNegativeInt gap, int pick)
    {
        if (clientBase.Clients.IsEmpty)
        {
            return true;
        }

        var asOf = AsOfAfter(clientBase.Sales, gap.Get % 400);
        var client = clientBase.Clients[Math.Abs(pick % clientBase.Clients.Length)].Id;
        if (Outweighing(clientBase.SalesOf(client), asOf) is not { } outweighing)
        {
            return true; // that day's returns exceed what one sale can outweigh within the supported range
        }

        var withPurchase = ClientBaseEdits.WithSale(clientBase, new Sale(client, asOf, outweighing));
        var list = ReactivationList.Build(withPurchase, asOf, ReactivationOptions.Default with { Model = Cdnow });
        return list.Items.Single(i => i.ClientId == client) is { Overdue: false, DaysSinceLast: 0 };
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool PAlive_IsAProbability_AndDoesNotRiseWithLongerSilence(ClientBase clientBase, NonNegativeInt gap, PositiveInt extra)
    {
        var asOf = AsOfAfter(clientBase.Sales, gap.Get % 400);
        var options = ReactivationOptions.Default with { Model = Cdnow };
        var now = ReactivationList.Build(clientBase, asOf, options).Items.ToDictionary(i => i.ClientId);
        var later = ReactivationList.Build(clientBase, asOf.AddDays(extra.Get % 1000), options).Items;
        return later.Length == now.Count
               && later.All(i => i.PAlive is >= 0d and <= 1d && i.PAlive <= now[i.ClientId].PAlive);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool List_HoldsEveryClientWithAPurchaseDayOnce_AndCountsOverdue(ClientBase clientBase, NonNegativeInt gap)
    {
        var asOf = AsOfAfter(clientBase.Sales, gap.Get % 400);
        var list = ReactivationList.Build(clientBase, asOf, ReactivationOptions.Default with { Model = Cdnow });
        var buyers = clientBase.Clients.Where(c => !PurchaseDays.Of(clientBase.SalesOf(c.Id), asOf).IsEmpty)
            .Select(c => c.Id).Order(StringComparer.Ordinal);
        return list.Items.Select(i => i.ClientId).Order(StringComparer.Ordinal).SequenceEqual(buyers)
               && list.OverdueCount == list.Items.Count(i => i.Overdue)
               && list.Items.SkipWhile(i => i.Overdue).All(i => !i.Overdue)
               && list.Items.All(i => i.ValueAtRisk >= 0m);
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 150)]
    public bool FittedList_NeverThrows_AndItsRuleVerdictsDoNotDependOnTheModel(ShapedReactivationBase shaped, NonNegativeInt gap)
    {
        var clientBase = shaped.Base;
        var asOf = AsOfAfter(clientBase.Sales, gap.Get % 400);
        var fitted = ReactivationList.Build(clientBase, asOf);
        var fixedModel = ReactivationList.Build(clientBase, asOf, ReactivationOptions.Default with { Model = Cdnow })
            .Items.ToDictionary(i => i.ClientId);
        var degenerate = fitted.Fit is { Degenerate: true };
        return fitted.Items.Length == fixedModel.Count
               && fitted.Items.All(i => i.Verdict == fixedModel[i.ClientId].Verdict)
               && fitted.OverdueCount == fitted.Items.Count(i => i.Overdue)
               && (fitted.Items.IsEmpty || fitted.Fit is not null)
               && (degenerate
                   ? fitted.Model is null && fitted.Items.All(i => i.PAlive is null) && fitted.Warnings.Length >= 1
                   : fitted.Items.All(i => i.PAlive is >= 0d and <= 1d));
    }
}
