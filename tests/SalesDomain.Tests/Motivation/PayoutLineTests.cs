using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// A payout line's checks (DOMAIN.md §6): a clawback is never positive (zero is allowed), and a clawback exposure sits
/// only on a payment, within [0, amount].
/// </summary>
public class PayoutLineTests
{
    private static PayoutLine Line(PayoutLineKind kind, decimal amount) => new("a1", M("2024-01"), kind, amount, "s", "rule", "cause");

    [Fact]
    public void AZeroClawback_IsAllowed()
        => Assert.Equal(0m, Line(PayoutLineKind.Clawback, 0m).Amount);

    [Fact]
    public void APositiveClawback_IsRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Line(PayoutLineKind.Clawback, 1m));
        Assert.Equal("amount", e.ParamName);
        Assert.StartsWith("amount must be <= 0 for a clawback, was 1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APayment_MayExposeUpToItsAmount()
        => Assert.Equal(10m, (Line(PayoutLineKind.Payment, 10m) with { ClawbackExposure = 10m }).ClawbackExposure);

    [Fact]
    public void AnyLine_MayExposeNothing()
        => Assert.Equal(0m, (Line(PayoutLineKind.Accrual, 10m) with { ClawbackExposure = 0m }).ClawbackExposure);

    [Theory]
    [InlineData(PayoutLineKind.Payment, 11)]
    [InlineData(PayoutLineKind.Accrual, 5)]
    [InlineData(PayoutLineKind.Adjustment, 5)]
    public void AnExposureAboveTheAmountOrOffAPayment_IsRejected(PayoutLineKind kind, int exposure)
    {
        var line = Line(kind, 10m);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => line with { ClawbackExposure = exposure });
        Assert.Equal("ClawbackExposure", e.ParamName);
        Assert.StartsWith($"ClawbackExposure must be within [0, Amount] and on a payment, was {exposure}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeExposure_IsRejected()
        => Assert.Equal("ClawbackExposure", Assert.Throws<ArgumentOutOfRangeException>(() => Line(PayoutLineKind.Payment, 10m) with { ClawbackExposure = -1m }).ParamName);
}
