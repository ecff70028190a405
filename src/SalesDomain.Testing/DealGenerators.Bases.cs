using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Forecast;
using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for deals with stages (DOMAIN.md §5): criteria that are a clean stage prefix, none at all, or
/// a gapped set (a later criterion without an earlier one); open, won (with a close date) and lost (with a reason of
/// the policy) deals; zero, heavy-tailed and huge amounts.
/// </summary>
public static partial class DealGenerators
{
    /// <summary>Criteria of a deal: usually all criteria through one stage of <paramref name="policy"/>, sometimes none or any set.</summary>
    /// <param name="policy">The ladder; <see cref="DealPolicy.Default"/> when null.</param>
    public static Gen<DealCriteria> LadderCriteria(DealPolicy? policy = null)
    {
        policy ??= DealPolicy.Default;
        var ladder = policy;
        return Gen.Frequency(
            (6, Gen.Elements(ladder.Stages.AsEnumerable()).Select(ladder.CriteriaThrough)),
            (1, Gen.Constant(DealCriteria.None)),
            (2, Gen.Choose(0, (int)DealCriteria.All).Select(c => (DealCriteria)c)));
    }

    /// <summary>
    /// One deal: amount from <see cref="SalesGenerators.PurchaseAmount"/> (or 0 one time in twenty), expected close
    /// within [<paramref name="earliestClose"/>, <paramref name="earliestClose"/> + <paramref name="days"/>), open 70 %, won 15 %
    /// (closed on its expected date), lost 15 % (with one of the policy's reasons).
    /// </summary>
    /// <param name="id">Deal id.</param>
    /// <param name="clientId">Client id.</param>
    /// <param name="managerId">Manager id.</param>
    /// <param name="earliestClose">First possible expected-close date.</param>
    /// <param name="days">Number of possible expected-close dates; &gt; 0.</param>
    /// <param name="policy">The ladder and loss reasons; <see cref="DealPolicy.Default"/> when null.</param>
    public static Gen<Deal> Deal(string id, string clientId, string managerId, DateOnly earliestClose, int days, DealPolicy? policy = null)
    {
        policy ??= DealPolicy.Default;
        Guard.Positive(days);
        var ladder = policy;
        return
            from amount in Gen.Frequency((19, SalesGenerators.PurchaseAmount()), (1, Gen.Constant(0m)))
            from day in Gen.Choose(0, days - 1)
            from criteria in LadderCriteria(ladder)
            from status in Gen.Frequency((14, Gen.Constant(DealStatus.Open)), (3, Gen.Constant(DealStatus.Won)), (3, Gen.Constant(DealStatus.Lost)))
            from reason in Gen.Elements(ladder.LossReasons.AsEnumerable())
            let deal = new Deal(id, clientId, managerId, amount, earliestClose.AddDays(day), criteria)
            select status switch
            {
                DealStatus.Won => deal.AsWon(deal.ExpectedClose),
                DealStatus.Lost => deal.AsLost(reason),
                _ => deal,
            };
    }

    /// <summary>
    /// 0..3 deals per client of <paramref name="clientBase"/> ("d0", "d1", …), each with the client's manager (or any
    /// manager of the base, or "m0" in a base without managers), expected within the year after
    /// <see cref="SalesGenerators.Epoch"/>.
    /// </summary>
    /// <param name="clientBase">The clients the deals are with.</param>
    /// <param name="policy">The ladder and loss reasons; <see cref="DealPolicy.Default"/> when null.</param>
    public static Gen<ImmutableArray<Deal>> DealsFor(ClientBase clientBase, DealPolicy? policy = null)
    {
        Guard.NotNull(clientBase);
        var managers = clientBase.Managers.Select(m => m.Id).DefaultIfEmpty("m0").ToArray();
        var perClient = Gen.CollectToArray(clientBase.Clients, c =>
            from count in Gen.Choose(0, 3)
            from manager in c.ManagerId is { } own ? Gen.Constant(own) : Gen.Elements(managers)
            from deals in Gen.CollectToArray(Enumerable.Range(0, count), i => Deal($"{c.Id}-d{i}", c.Id, manager, SalesGenerators.Epoch, 365, policy))
            select deals);
        return perClient.Select(d => d.SelectMany(x => x).ToImmutableArray());
    }

    /// <summary>Deals with the clients of a generated base of <paramref name="shape"/> (default shape when null).</summary>
    public static Gen<ImmutableArray<Deal>> DealsFor(ClientBaseShape? shape = null) =>
        SalesGenerators.ClientBase(shape).SelectMany(b => DealsFor(b));

    /// <summary>Shrinks a list of deals by dropping one deal at a time.</summary>
    public static IEnumerable<ImmutableArray<Deal>> Shrink(ImmutableArray<Deal> deals) =>
        Enumerable.Range(0, deals.Length).Select(deals.RemoveAt);
}
