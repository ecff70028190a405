using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The payout input's integrity checks name the argument at fault — a missing element of any list, a refusal of an
/// unknown client, an adjustment for an unknown agent — and its months span every kind of event (DOMAIN.md §6).
/// </summary>
public class PayoutInputGuardTests
{
    private static readonly Agent[] Agents = [new("a1")];
    private static readonly ClientAccount[] Clients = [new("c1", "a1")];

    [Fact]
    public void AMissingAgentOrClient_IsRejected_NamingItsList()
    {
        Assert.Equal("agents", Assert.Throws<ArgumentNullException>(() => new PayoutInput([null!], Clients, [], [])).ParamName);
        Assert.Equal("clients", Assert.Throws<ArgumentNullException>(() => new PayoutInput(Agents, [null!], [], [])).ParamName);
    }

    [Fact]
    public void AMissingEvent_IsRejected_NamingItsList()
    {
        Assert.Equal("sales", Assert.Throws<ArgumentNullException>(() => new PayoutInput(Agents, Clients, [null!], [])).ParamName);
        Assert.Equal("activations", Assert.Throws<ArgumentNullException>(() => new PayoutInput(Agents, Clients, [], [null!])).ParamName);
        Assert.Equal("refusals", Assert.Throws<ArgumentNullException>(() => new PayoutInput(Agents, Clients, [], [], refusals: [null!])).ParamName);
        Assert.Equal("adjustments", Assert.Throws<ArgumentNullException>(() => new PayoutInput(Agents, Clients, [], [], adjustments: [null!])).ParamName);
    }

    [Fact]
    public void ARefusalOfAnUnknownClient_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new PayoutInput(Agents, Clients, [], [], refusals: [new Refusal("c9", M("2024-02"))]));
        Assert.Equal("refusals", e.ParamName);
        Assert.StartsWith("Refusal in 2024-02 names unknown client 'c9'.", e.Message, StringComparison.Ordinal);
        Assert.Single(new PayoutInput(Agents, Clients, [], [], refusals: [new Refusal("c1", M("2024-02"))]).Refusals);
    }

    [Fact]
    public void AnAdjustmentForAnUnknownAgent_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new PayoutInput(Agents, Clients, [], [], adjustments: [new PayoutAdjustment("a9", M("2024-02"), 10m, "bonus")]));
        Assert.Equal("adjustments", e.ParamName);
        Assert.StartsWith("PayoutAdjustment in 2024-02 names unknown agent 'a9'.", e.Message, StringComparison.Ordinal);
        Assert.Single(new PayoutInput(Agents, Clients, [], [], adjustments: [new PayoutAdjustment("a1", M("2024-02"), 10m, "bonus")]).Adjustments);
    }

    [Fact]
    public void TheMonths_SpanSalesActivationsRefusalsAndAdjustments()
    {
        MonthlySale[] march = [Sale("a1", "c1", "2024-03", 100m)];

        var activated = new PayoutInput(Agents, Clients, march, [new Activation("a1", "c1", M("2024-02"))]);
        Assert.Equal((M("2024-02"), M("2024-03")), (activated.FirstMonth!.Value, activated.AsOf!.Value));

        var refused = new PayoutInput(Agents, Clients, march, [], refusals: [new Refusal("c1", M("2024-05"))]);
        Assert.Equal((M("2024-03"), M("2024-05")), (refused.FirstMonth!.Value, refused.AsOf!.Value));

        var adjusted = new PayoutInput(Agents, Clients, march, [], adjustments: [new PayoutAdjustment("a1", M("2024-01"), -20m, "advance repaid")]);
        Assert.Equal((M("2024-01"), M("2024-03")), (adjusted.FirstMonth!.Value, adjusted.AsOf!.Value));

        var lateAdjustment = new PayoutInput(Agents, Clients, march, [], adjustments: [new PayoutAdjustment("a1", M("2024-06"), 20m, "late bonus")]);
        Assert.Equal((M("2024-03"), M("2024-06")), (lateAdjustment.FirstMonth!.Value, lateAdjustment.AsOf!.Value));
    }

    [Fact]
    public void WithoutEvents_TheMonthsAreTheAsOfMonth()
    {
        var input = new PayoutInput(Agents, Clients, [], [], asOf: M("2024-04"));
        Assert.Equal((M("2024-04"), M("2024-04")), (input.FirstMonth!.Value, input.AsOf!.Value));
    }
}
