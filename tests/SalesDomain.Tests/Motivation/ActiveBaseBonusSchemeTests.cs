using System.Collections.Immutable;
using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>The active-base bonus graded by outlet type or client class, with a minimum volume (DOMAIN.md §6, seed 002).</summary>
public class ActiveBaseBonusSchemeTests
{
    private static readonly ActiveBaseBonusScheme ByOutlet = new(
        "active-base",
        ImmutableDictionary<string, decimal>.Empty.Add("chain", 150m).Add("kiosk", 20m),
        DefaultAmount: 10m,
        MinimumVolume: 200m);

    private static PayoutInput Input() => PayoutInput.FromSales(
        [
            Sale("a1", "big", "2024-01", 5000m),
            Sale("a1", "small", "2024-01", 250m),
            Sale("a1", "tiny", "2024-02", 199.99m),
            Sale("a1", "other", "2024-02", 300m),
            Sale("a1", "big", "2024-02", 5000m),
        ],
        [new Agent("a1")],
        [
            new ClientAccount("big", "a1") { OutletType = "chain", ClientClass = "A" },
            new ClientAccount("small", "a1") { OutletType = "kiosk", ClientClass = "C" },
            new ClientAccount("tiny", "a1") { OutletType = "kiosk", ClientClass = "C" },
            new ClientAccount("other", "a1") { OutletType = "petrol station" },
        ],
        activationRule: ActivationRule.FromEmptyBase);

    [Fact]
    public void PaysPerActivation_ByGrade_OnlyAboveTheMinimumVolume_OncePerClient()
    {
        var lines = PayoutEngine.Evaluate([ByOutlet], Input()).Lines;
        Assert.Equal(
            [("big", "2024-01", 150m), ("small", "2024-01", 20m), ("other", "2024-02", 10m)],
            lines.Select(l => (l.ClientId, l.Month.ToString(), l.Amount)));
    }

    [Fact]
    public void GradesByClientClass_WhenAsked()
    {
        var scheme = ByOutlet with { GradeBy = GradeAttribute.ClientClass, Grades = ImmutableDictionary<string, decimal>.Empty.Add("A", 100m), DefaultAmount = 0m };
        var line = Assert.Single(PayoutEngine.Evaluate([scheme], Input()).Lines);
        Assert.Equal(("big", 100m), (line.ClientId, line.Amount));
    }

    [Fact]
    public void NegativeGrade_IsRejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ByOutlet with { Grades = ImmutableDictionary<string, decimal>.Empty.Add("x", -1m) });

    [Fact]
    public void ANegativeGrade_IsNamedByItsGrade()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ByOutlet with { Grades = ImmutableDictionary<string, decimal>.Empty.Add("kiosk", -1m) });
        Assert.Equal("Grades[kiosk]", e.ParamName);
    }

    [Fact]
    public void MissingGradesOrClient_AreArgumentErrors()
    {
        Assert.Equal("Grades", Assert.Throws<ArgumentNullException>(() => ByOutlet with { Grades = null! }).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => ByOutlet.AmountFor(null!)).ParamName);
    }

    [Fact]
    public void TheCause_NamesTheOutletTypeGradedBy()
    {
        var big = Assert.Single(PayoutEngine.Evaluate([ByOutlet], Input()).Lines, l => l.ClientId == "big");
        Assert.Equal("activation of client big in 2024-01 (grade 'chain'), first-month revenue 5000.00 ≥ minimum 200.00", big.Cause);
    }

    [Fact]
    public void TheCause_NamesTheClientClassGradedBy_OrSaysThereIsNoGrade()
    {
        var scheme = ByOutlet with { GradeBy = GradeAttribute.ClientClass, Grades = ImmutableDictionary<string, decimal>.Empty.Add("A", 100m), DefaultAmount = 5m };
        var lines = PayoutEngine.Evaluate([scheme], Input()).Lines.ToDictionary(l => l.ClientId!, l => (l.Amount, l.Cause));
        Assert.Equal((100m, "activation of client big in 2024-01 (grade 'A'), first-month revenue 5000.00 ≥ minimum 200.00"), lines["big"]);
        Assert.Equal((5m, "activation of client other in 2024-02 (no grade), first-month revenue 300.00 ≥ minimum 200.00"), lines["other"]);
    }

    [Fact]
    public void AFirstMonthOfExactlyTheMinimum_IsPaid()
    {
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-01", 200m)],
            clients: [new ClientAccount("c1", "a1") { OutletType = "kiosk" }],
            activationRule: ActivationRule.FromEmptyBase);
        var line = Assert.Single(PayoutEngine.Evaluate([ByOutlet], input).Lines);
        Assert.Equal(20m, line.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void AnActivationWithoutFirstMonthRevenue_PaysNothing_EvenWithoutAMinimum(int firstMonth)
    {
        MonthlySale[] sales = firstMonth == 0
            ? [Sale("a1", "c1", "2024-02", 100m)]
            : [Sale("a1", "c1", "2024-01", firstMonth), Sale("a1", "c1", "2024-02", 100m)];
        var input = new PayoutInput(
            [new Agent("a1")],
            [new ClientAccount("c1", "a1") { OutletType = "kiosk" }],
            sales,
            [new Activation("a1", "c1", M("2024-01"))]);
        Assert.Empty(PayoutEngine.Evaluate([new ActiveBaseBonusScheme("active-base", DefaultAmount: 20m)], input).Lines);
    }
}
