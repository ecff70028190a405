using SalesDomain.Calendar;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Motivation;

namespace SalesDomain.Testing;

/// <summary>
/// One client's monthly revenue from its first month on, sold by one agent (DOMAIN.md §6): the sales path an upfront
/// bonus is paid and clawed back on.
/// </summary>
/// <param name="Amounts">Revenue of consecutive months starting at <see cref="MotivationGenerators.Start"/>.</param>
public sealed record SalesPath(ImmutableArray<decimal> Amounts)
{
    /// <summary>The agent of the path.</summary>
    public const string AgentId = "a1";

    /// <summary>The client of the path.</summary>
    public const string ClientId = "c1";

    /// <summary>
    /// The input: one agent, one client, its sales (zero months have no sale), activations derived from an empty base
    /// (<see cref="ActivationRule.FromEmptyBase"/>: the path starts with the client's acquisition), as of the last month.
    /// </summary>
    public PayoutInput ToInput()
    {
        var sales = Amounts.Select((amount, i) => new MonthlySale(AgentId, ClientId, MotivationGenerators.Start.AddMonths(i), amount))
            .Where(s => s.Amount != 0m);
        return PayoutInput.FromSales(
            sales,
            [new Agent(AgentId)],
            [new ClientAccount(ClientId, AgentId)],
            MotivationGenerators.Start.AddMonths(Math.Max(0, Amounts.Length - 1)),
            ActivationRule.FromEmptyBase);
    }

    /// <summary>Whether the two are equal by content: <see cref="Amounts"/> element by element in order.</summary>
    public bool Equals(SalesPath? other) => other is not null && ContentEquality.Sequence(Amounts, other.Amounts);

    /// <inheritdoc />
    public override int GetHashCode() => ContentEquality.SequenceHash(Amounts);

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", Amounts)}]";
}

/// <summary>
/// FsCheck generators for motivation schemes and payout inputs that reach the edge cases: zero and negative months
/// (returns), renewal exactly at the first month's volume, ties in refusal shares, fewer than four agents, one agent,
/// empty inputs and huge amounts.
/// </summary>
public static partial class MotivationGenerators
{
    /// <summary>The first month of generated histories.</summary>
    public static SalesMonth Start { get; } = new(2024, 1);

    /// <summary>Money amounts: mostly 1..5,000 with cents, round values (ties), and huge values up to 10¹².</summary>
    public static Gen<decimal> PositiveAmount() =>
        Gen.Frequency(
            (8, Gen.Choose(1, 500_000).Select(c => c / 100m)),
            (3, Gen.Elements(100m, 300m, 500m, 1000m)),
            (1, Gen.Choose(1, 1000).Select(k => k * 1_000_000_000m)));

    /// <summary>
    /// A sales path of 1..10 months: a first month (usually positive, sometimes zero or a return) and later months
    /// that repeat, exceed or fall below it, skip (zero) or return goods.
    /// </summary>
    public static Gen<SalesPath> SalesPath() =>
        from first in Gen.Frequency((8, PositiveAmount()), (1, Gen.Constant(0m)), (1, PositiveAmount().Select(a => -a)))
        from length in Gen.Choose(0, 9)
        from later in Gen.Frequency(
                (5, Gen.Constant(first)),
                (2, PositiveAmount().Select(a => Math.Abs(first) + a)),
                (2, Gen.Choose(0, 99).Select(p => Math.Round(Math.Abs(first) * p / 100m, 2))),
                (1, Gen.Constant(0m)),
                (1, PositiveAmount().Select(a => -a)))
            .ArrayOf(length)
        select new SalesPath([first, .. later]);

    /// <summary>A client that renews for exactly <paramref name="months"/> months at or above its first month's volume.</summary>
    public static Gen<SalesPath> RenewingPath(int months) =>
        from first in PositiveAmount()
        from later in Gen.Frequency((3, Gen.Constant(first)), (1, PositiveAmount().Select(a => first + a))).ArrayOf(months)
        select new SalesPath([first, .. later]);

    /// <summary>An upfront bonus: k ∈ {0, 1, 2, 2.5, 4}, M 1..6, volume share ∈ {1, 0.8, 0.5, 0}, whole or pro-rata.</summary>
    public static Gen<UpfrontBonusScheme> UpfrontBonus() =>
        from k in Gen.Elements(0m, 1m, 2m, 2.5m, 4m)
        from m in Gen.Choose(1, 6)
        from share in Gen.Elements(1m, 0.8m, 0.5m, 0m)
        from mode in Gen.Elements(ClawbackMode.Whole, ClawbackMode.ProRata)
        select new UpfrontBonusScheme("upfront", k, m, share, mode);

    /// <summary>Commission rates: 0, 1, common percentages and arbitrary shares with four decimals.</summary>
    public static Gen<decimal> CommissionRate() =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1m)),
            (3, Gen.Elements(0.01m, 0.05m, 0.1m, 0.125m)),
            (3, Gen.Choose(0, 10_000).Select(bp => bp / 10_000m)));

    /// <summary>Refusal shares of 0..12 agents ("a0", "a1", …), with many ties (activations 1..10, few distinct values).</summary>
    public static Gen<Dictionary<string, RefusalShare>> RefusalShares() =>
        Gen.Sized(size => Gen.Choose(0, Math.Clamp(size, 1, 12))).SelectMany(n =>
            (from activated in Gen.Elements(1, 2, 4, 5, 10)
             from refused in Gen.Choose(0, activated)
             select new RefusalShare(refused, activated))
            .ArrayOf(n)
            .Select(shares => shares.Select((s, i) => (Id: $"a{i}", Share: s)).ToDictionary(p => p.Id, p => p.Share, StringComparer.Ordinal)));

    /// <summary>
    /// A department: 0..6 agents in up to 3 teams (some without), 0..10 clients with outlet types and classes, sales
    /// over up to 9 months (with returns, zero months and clients sold by several agents), activations derived from
    /// sales, a few refusals and manual adjustments.
    /// </summary>
    public static Gen<PayoutInput> Department() =>
        from agentCount in Gen.Choose(0, 6)
        from teams in Gen.Elements("", "north", "south", "east").ArrayOf(agentCount)
        from clientCount in Gen.Choose(agentCount == 0 ? 0 : 1, agentCount == 0 ? 0 : 10)
        from owners in Gen.Choose(0, Math.Max(0, agentCount - 1)).ArrayOf(clientCount)
        from outlets in Gen.Elements("chain", "supermarket", "kiosk", "").ArrayOf(clientCount)
        from saleCount in Gen.Choose(0, clientCount * 6)
        from rows in (from client in Gen.Choose(0, Math.Max(0, clientCount - 1))
                      from seller in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Constant(-2)), (1, Gen.Choose(0, Math.Max(0, agentCount - 1))))
                      from month in Gen.Choose(0, 8)
                      from amount in Gen.Frequency((6, PositiveAmount()), (1, PositiveAmount().Select(a => -a)))
                      select (client, seller, month, amount)).ArrayOf(clientCount == 0 ? 0 : saleCount)
        from refusals in (from client in Gen.Choose(0, Math.Max(0, clientCount - 1))
                          from month in Gen.Choose(0, 8)
                          select (client, month)).ArrayOf(clientCount == 0 ? 0 : clientCount / 3)
        from adjustments in Gen.Choose(-100, 100).ArrayOf(agentCount == 0 ? 0 : 1)
        select BuildDepartment(teams, owners, outlets, rows, refusals, adjustments);

    private static PayoutInput BuildDepartment(
        string[] teams,
        int[] owners,
        string[] outlets,
        (int Client, int Seller, int Month, decimal Amount)[] rows,
        (int Client, int Month)[] refusals,
        int[] adjustments)
    {
        var agents = teams.Select((team, i) => new Agent($"a{i}", team)).ToArray();
        var clients = owners.Select((owner, i) => new ClientAccount($"c{i}", $"a{owner}")
        {
            OutletType = outlets[i],
            ClientClass = i % 3 == 0 ? "A" : "B",
        }).ToArray();
        var sales = rows.Select(r => new MonthlySale(
            r.Seller switch { -1 => $"a{owners[r.Client]}", -2 => null, _ => $"a{r.Seller}" }, $"c{r.Client}", Start.AddMonths(r.Month), r.Amount));
        var derived = PayoutInput.FromSales(sales, agents, clients, agents.Length == 0 ? null : Start.AddMonths(8), ActivationRule.FromEmptyBase);
        return new PayoutInput(
            derived.Agents,
            derived.Clients,
            derived.Sales,
            derived.Activations,
            refusals.Select(r => new Refusal($"c{r.Client}", Start.AddMonths(r.Month), "generated")),
            adjustments.Select((a, i) => new PayoutAdjustment($"a{i}", Start.AddMonths(8), a, "generated correction")),
            derived.AsOf);
    }
}
