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
}
