using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The indexes every scheme reads (DOMAIN.md §6): an agent's active clients are those with a positive net in the month,
/// refusals are looked up in an inclusive window, and events come by month — activations, then clients by id.
/// </summary>
public class EvaluationContextTests
{
    [Fact]
    public void ActiveClients_CountOnlyAPositiveNetPerClient()
    {
        var input = PayoutInput.FromSales(
        [
            Sale("a1", "c1", "2024-01", 100m), Sale("a1", "c2", "2024-01", 200m), Sale("a1", "c3", "2024-01", 300m),
            Sale("a1", "c4", "2024-01", 50m), Sale("a1", "c4", "2024-01", -50m), // nets to nothing
            Sale("a1", "c5", "2024-01", -30m), // a return only
            Sale("a2", "c6", "2024-01", 400m), // another agent's client
        ]);
        var focus = new RotatingFocusScheme("focus", [new FocusPeriod(M("2024-01"), MotivationMetric.ActiveClients, Target: 10m, Amount: 100m)]);

        var line = Assert.Single(PayoutEngine.Evaluate([focus], input).Lines, l => l.AgentId == "a1");
        Assert.Equal(30m, line.Amount);
        Assert.Contains("3 of target 10", line.Cause, StringComparison.Ordinal);
        Assert.Equal(3m, new EvaluationContext(input).Metric(MotivationMetric.ActiveClients, "a1", M("2024-01")));
    }

    [Fact]
    public void RefusalsOutsideTheRenewalWindow_DoNotFailIt()
    {
        // c1 refused once before its activation and once after its window 2024-02..2024-05, never within it.
        var path = Path(500m, 500m, 500m, 500m, 500m, 500m, 500m);
        var input = new PayoutInput(path.Agents, path.Clients, path.Sales, path.Activations,
            refusals: [new Refusal("c1", M("2023-12")), new Refusal("c1", M("2024-07"))]);
        var line = Assert.Single(PayoutEngine.Evaluate([SeedUpfront], input).Lines);
        Assert.Equal((PayoutLineKind.Payment, 1000m), (line.Kind, line.Amount));
    }

    [Fact]
    public void FirstRefusal_IsTheEarliestWithinTheWindow_BothEndsIncluded()
    {
        var path = Path(500m, 500m, 500m, 500m, 500m, 500m);
        var input = new PayoutInput(path.Agents, path.Clients, path.Sales, path.Activations,
            refusals: [new Refusal("c1", M("2024-05")), new Refusal("c1", M("2024-02"))]);
        var context = new EvaluationContext(input);

        Assert.Equal(M("2024-02"), context.FirstRefusal("c1", M("2024-01"), M("2024-06")));
        Assert.Equal(M("2024-02"), context.FirstRefusal("c1", M("2024-02"), M("2024-02")));
        Assert.Equal(M("2024-05"), context.FirstRefusal("c1", M("2024-03"), M("2024-05")));
        Assert.Null(context.FirstRefusal("c1", M("2024-03"), M("2024-04")));
        Assert.Null(context.FirstRefusal("c9", M("2024-01"), M("2024-06")));
    }

    [Fact]
    public void AClawbackOfAnEarlierActivation_ComesBeforeTheNextActivationsPayment()
    {
        // c1, activated in 2024-01, fails in 2024-03, the month c2 is activated; the activations are listed latest first.
        var input = new PayoutInput(
            [new Agent("a1")],
            [new ClientAccount("c1", "a1"), new ClientAccount("c2", "a1")],
            [Sale("a1", "c1", "2024-01", 500m), Sale("a1", "c1", "2024-02", 500m), Sale("a1", "c1", "2024-03", 100m), Sale("a1", "c2", "2024-03", 200m)],
            [new Activation("a1", "c2", M("2024-03")), new Activation("a1", "c1", M("2024-01"))]);
        var lines = PayoutEngine.Evaluate([SeedUpfront], input).Lines;
        Assert.Equal(
            [("2024-01", PayoutLineKind.Payment, "c1"), ("2024-03", PayoutLineKind.Clawback, "c1"), ("2024-03", PayoutLineKind.Payment, "c2")],
            lines.Select(l => (l.Month.ToString(), l.Kind, l.ClientId!)));
    }

    [Fact]
    public void ClientsOfAMonth_ComeByClientId()
    {
        var input = new PayoutInput(
            [new Agent("a1")],
            [new ClientAccount("c2", "a1"), new ClientAccount("c1", "a1")],
            [Sale("a1", "c2", "2024-01", 100m), Sale("a1", "c1", "2024-01", 200m)],
            []);
        var lines = PayoutEngine.Evaluate([new CommissionScheme("commission", 0.1m)], input).Lines;
        Assert.Equal([("c1", 20m), ("c2", 10m)], lines.Select(l => (l.ClientId!, l.Amount)));
    }

    [Fact]
    public void AnUndefinedMetric_IsRejected()
    {
        var context = new EvaluationContext(Path(100m));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => context.Metric((MotivationMetric)99, "a1", M("2024-01")));
        Assert.Equal("metric", e.ParamName);
        Assert.Contains("metric must be a defined MotivationMetric, was 99", e.Message, StringComparison.Ordinal);
    }
}
