using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>Generators of histories (sales and contact events) and of whole client bases (DOMAIN.md §1).</summary>
public static partial class SalesGenerators
{
    private static readonly string[] ContactResults = ["", "agreed a meeting", "sent a proposal", "needs questionnaire filled", "refused: price", "call back next week"];

    /// <summary>
    /// One client's sales over <see cref="ClientBaseShape.Periods"/> months from <see cref="ClientBaseShape.FirstDay"/>.
    /// A steady buyer (<see cref="ClientBaseShape.SteadyShare"/>) buys every month within ±5 % of one amount, a seasonal
    /// one (<see cref="ClientBaseShape.SeasonalShare"/>) on a yearly wave of ±30 %, a threshold buyer
    /// (<see cref="ClientBaseShape.ThresholdShare"/>) alternates amount × (1 ± t) with t the X or Y threshold. Any other
    /// client is erratic: no sales at all with probability <see cref="ClientBaseShape.NoSalesShare"/>; otherwise each month is empty
    /// with probability <see cref="ClientBaseShape.ZeroMonthShare"/> or holds 1..<see cref="ClientBaseShape.MaxPurchasesPerMonth"/>
    /// purchases of <see cref="PurchaseAmount"/>, each a return (negative) with probability
    /// <see cref="ClientBaseShape.ReturnShare"/> and followed by a same-day purchase with probability
    /// <see cref="ClientBaseShape.SameDayShare"/>. Profit is −10 %…60 % of the amount, or unknown; every sale is
    /// credited to <paramref name="managerId"/>. Sales come in date order.
    /// </summary>
    /// <param name="clientId">The buying client.</param>
    /// <param name="managerId">The client's manager, or null for an ownerless client.</param>
    /// <param name="shape">Shares and limits; <see cref="ClientBaseShape.Default"/> when null.</param>
    public static Gen<ImmutableArray<Sale>> SalesHistory(string clientId, string? managerId, ClientBaseShape? shape = null)
    {
        shape ??= ClientBaseShape.Default;
        var erratic = ErraticHistory(clientId, managerId, shape);
        // A shape whose months are all empty (or whose clients never buy) has no regular buyers.
        var regularShare = shape.ZeroMonthShare >= 1d || shape.NoSalesShare >= 1d ? 0d : shape.SteadyShare + shape.SeasonalShare + shape.ThresholdShare;
        return Gen.Choose(0, 999_999).SelectMany(u => (u / 1e6) switch
        {
            var p when p >= regularShare => erratic,
            var p when p < shape.SteadyShare => RegularHistory(clientId, managerId, shape, BuyerProfile.Steady),
            var p when p < shape.SteadyShare + shape.SeasonalShare => RegularHistory(clientId, managerId, shape, BuyerProfile.Seasonal),
            var p when p < regularShare => RegularHistory(clientId, managerId, shape, BuyerProfile.Threshold),
            _ => erratic,
        });
    }

    private enum BuyerProfile
    {
        Steady,
        Seasonal,
        Threshold,
    }

    /// <summary>
    /// A buyer of every month: steady (±5 % around a base amount: XYZ class X), seasonal (a yearly wave of ±30 %: Y) or
    /// on a threshold (alternating base × (1 ± t) with t the default X or Y threshold, so the coefficient of variation
    /// of any even number of months is exactly t).
    /// </summary>
    private static Gen<ImmutableArray<Sale>> RegularHistory(string clientId, string? managerId, ClientBaseShape shape, BuyerProfile profile) =>
        from amount in PurchaseAmount(shape.HugeAmountShare)
        from wobble in Gen.Choose(-50, 50).ArrayOf(shape.Periods)
        from threshold in Gen.Elements(Segmentation.XyzOptions.Default.XThreshold, Segmentation.XyzOptions.Default.YThreshold)
        from day in Gen.Choose(0, 27)
        from margin in Gen.Frequency((4, Gen.Choose(0, 60).Select(p => (decimal?)p)), (1, Gen.Constant<decimal?>(null)))
        select Enumerable.Range(0, shape.Periods).Select(m =>
        {
            var factor = profile switch
            {
                BuyerProfile.Steady => 1m + (wobble[m] / 1000m),
                BuyerProfile.Seasonal => 1m + Math.Round(0.3m * (decimal)Math.Sin(2 * Math.PI * m / 12), 4),
                _ => m % 2 == 0 ? 1m + threshold : 1m - threshold,
            };
            // A threshold buyer's base is a whole multiple of 4, so base × (1 ± 0.10 or 0.25) is exact in cents. The
            // base is capped so that base × (1 + the wave) stays within the supported range (Money.MaxAmount).
            var value = profile == BuyerProfile.Threshold
                ? Math.Min(Math.Max(1m, Math.Round(amount)), RegularCap / 4m) * 4m * factor
                : Math.Round(Math.Min(amount, RegularCap) * factor, 2);
            return new Sale(clientId, shape.FirstDay.AddMonths(m).AddDays(day), value, Profit(value, margin)) { ManagerId = managerId };
        }).ToImmutableArray();

    /// <summary>The largest base amount of a regular buyer: its monthly amounts (at most base × 1.3) stay within ±10¹⁵.</summary>
    private const decimal RegularCap = Money.MaxAmount / 4m * 3m;

    private static Gen<ImmutableArray<Sale>> ErraticHistory(string clientId, string? managerId, ClientBaseShape shape)
    {
        var months = Gen.CollectToArray(Enumerable.Range(0, shape.Periods), m =>
        {
            var first = shape.FirstDay.AddMonths(m);
            var days = first.AddMonths(1).DayNumber - first.DayNumber;
            return Chance(shape.ZeroMonthShare).SelectMany(zero => zero
                ? Gen.Constant(Array.Empty<Sale>())
                : Gen.Choose(1, shape.MaxPurchasesPerMonth)
                    .SelectMany(k => Purchase(clientId, managerId, first, days, shape).ArrayOf(k))
                    .Select(purchases => purchases.SelectMany(p => p).OrderBy(s => s.Date).ToArray()));
        });
        return Chance(shape.NoSalesShare).SelectMany(none => none
            ? Gen.Constant(ImmutableArray<Sale>.Empty)
            : months.Select(m => m.SelectMany(s => s).ToImmutableArray()));
    }

    /// <summary>
    /// One client's contact events: per month 0..<see cref="ClientBaseShape.MaxContactsPerMonth"/> calls, meetings,
    /// visits or incoming calls, mostly by the client's own manager, sometimes by another of
    /// <paramref name="managerIds"/>, naming one of the client's decision makers or none. Empty when there are no
    /// managers.
    /// </summary>
    /// <param name="client">The contacted client.</param>
    /// <param name="managerIds">Managers of the base; contacts name only these.</param>
    /// <param name="shape">Shares and limits; <see cref="ClientBaseShape.Default"/> when null.</param>
    public static Gen<ImmutableArray<ContactEvent>> Contacts(Client client, IReadOnlyList<string> managerIds, ClientBaseShape? shape = null)
    {
        shape ??= ClientBaseShape.Default;
        if (managerIds.Count == 0 || shape.MaxContactsPerMonth == 0)
        {
            return Gen.Constant(ImmutableArray<ContactEvent>.Empty);
        }

        var manager = client.ManagerId is { } own
            ? Gen.Frequency((3, Gen.Constant(own)), (1, Gen.Elements(managerIds.AsEnumerable())))
            : Gen.Elements(managerIds.AsEnumerable());
        var decisionMaker = Gen.Elements(client.DecisionMakers.Select(d => (string?)d.Id).Append(null));
        var contact =
            from day in Gen.Choose(0, shape.EndDay.DayNumber - shape.FirstDay.DayNumber - 1)
            from managerId in manager
            from kind in Gen.Elements(Enum.GetValues<ContactKind>())
            from result in Gen.Elements(ContactResults)
            from decisionMakerId in decisionMaker
            select new ContactEvent(client.Id, managerId, shape.FirstDay.AddDays(day), kind, result) { DecisionMakerId = decisionMakerId };
        return Gen.Choose(0, shape.MaxContactsPerMonth * shape.Periods)
            .SelectMany(n => contact.ArrayOf(n))
            .Select(c => c.OrderBy(e => e.Date).ToImmutableArray());
    }

    /// <summary>
    /// A whole, referentially valid client base of the given shape: 0..<see cref="ClientBaseShape.MaxManagers"/>
    /// managers "m0", "m1", …; <see cref="ClientBaseShape.MinClients"/>..<see cref="ClientBaseShape.MaxClients"/>
    /// clients (growing with FsCheck's size unless <see cref="ClientBaseShape.GrowWithSize"/> is off, so the empty
    /// base and one-client bases come first) with unique ids; each client's <see cref="SalesHistory"/> (or, with
    /// probability <see cref="ClientBaseShape.TieShare"/>, a copy of an earlier client's history: a tie) and
    /// <see cref="Contacts"/>. Shrink it with <see cref="ClientBaseShrinker"/>, or use
    /// <see cref="ClientBaseShape.ToArbitrary"/>.
    /// </summary>
    /// <param name="shape">Size and shape; <see cref="ClientBaseShape.Default"/> when null.</param>
    public static Gen<Model.ClientBase> ClientBase(ClientBaseShape? shape = null)
    {
        shape ??= ClientBaseShape.Default;
        shape.Validate();
        var (min, max) = (shape.MinClients, shape.MaxClients);
        var clientCount = shape.GrowWithSize
            ? Gen.Sized(size => Gen.Choose(min, min + (int)((long)(max - min) * Math.Clamp(size, 0, 100) / 100)))
            : Gen.Choose(min, max);
        return Gen.Choose(0, shape.MaxManagers).SelectMany(managerCount =>
        {
            var managerIds = Enumerable.Range(0, managerCount).Select(i => $"m{i}").ToArray();
            var managers = Gen.CollectToArray(managerIds, Manager);
            var clients = clientCount.SelectMany(n =>
                Gen.CollectToArray(Enumerable.Range(0, n), i => UniqueClientId(i).SelectMany(id => Client(id, managerIds, shape))));
            return managers.SelectMany(m => clients.SelectMany(c => History(m, c, managerIds, shape)));
        });
    }

    private static Gen<Model.ClientBase> History(Manager[] managers, Client[] clients, string[] managerIds, ClientBaseShape shape)
    {
        var histories = Gen.CollectToArray(clients, c => SalesHistory(c.Id, c.ManagerId, shape));
        var copies = Gen.CollectToArray(Enumerable.Range(0, clients.Length), i => i == 0
            ? Gen.Constant(-1)
            : Chance(shape.TieShare).SelectMany(tie => tie ? Gen.Choose(0, i - 1) : Gen.Constant(-1)));
        var contacts = Gen.CollectToArray(clients, c => Contacts(c, managerIds, shape));
        return Gen.Zip(Gen.Zip(histories, copies), contacts).Select(h =>
        {
            var ((sales, copyOf), events) = h;
            for (var i = 0; i < clients.Length; i++)
            {
                if (copyOf[i] >= 0)
                {
                    var client = clients[i];
                    sales[i] = [.. sales[copyOf[i]].Select(s => s with { ClientId = client.Id, ManagerId = client.ManagerId })];
                }
            }

            return new Model.ClientBase(clients, managers, sales.SelectMany(s => s), events.SelectMany(e => e));
        });
    }

    private static Gen<Sale[]> Purchase(string clientId, string? managerId, DateOnly monthStart, int days, ClientBaseShape shape) =>
        from day in Gen.Choose(0, days - 1)
        from amount in PurchaseAmount(shape.HugeAmountShare)
        from isReturn in Chance(shape.ReturnShare)
        from margin in Gen.Frequency((4, Gen.Choose(-10, 60).Select(p => (decimal?)p)), (1, Gen.Constant<decimal?>(null)))
        from sameDay in Chance(shape.SameDayShare)
        from second in PurchaseAmount(shape.HugeAmountShare)
        select Sales(
            new Sale(clientId, monthStart.AddDays(day), isReturn ? -amount : amount, Profit(isReturn ? -amount : amount, margin)) { ManagerId = managerId },
            sameDay ? new Sale(clientId, monthStart.AddDays(day), second, Profit(second, margin)) { ManagerId = managerId } : null);

    private static decimal? Profit(decimal amount, decimal? marginPercent) =>
        marginPercent is { } m ? Math.Round(amount * m / 100m, 2) : null;

    private static Sale[] Sales(Sale first, Sale? sameDay) => sameDay is null ? [first] : [first, sameDay];
}
