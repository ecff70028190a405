using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>The upfront bonus with clawback and the seed's worked example (DOMAIN.md §6, seed 002).</summary>
public class UpfrontBonusSchemeTests
{
    [Fact]
    public void Defaults_AreTheSeedCase()
    {
        Assert.Equal(2m, SeedUpfront.RatePerDollar);
        Assert.Equal(4, SeedUpfront.RenewalMonths);
        Assert.Equal(1m, SeedUpfront.RenewalVolumeShare);
        Assert.Equal(ClawbackMode.Whole, SeedUpfront.Clawback);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void SeedExample_FirstMonth500_PaysBonus1000AtOnce()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m));
        var line = Assert.Single(statement.Lines);
        Assert.Equal(PayoutLineKind.Payment, line.Kind);
        Assert.Equal(1000m, line.Amount);
        Assert.Equal(M("2024-01"), line.Month);
        Assert.Equal("c1", line.ClientId);
        Assert.Equal("upfront-bonus", line.Rule);
        Assert.Contains("500", line.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedExample_FiveMonthsOf500_KeepsTheBonus_Which_Is40PercentOfRevenue()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 500m, 500m, 500m));
        Assert.Equal(1000m, statement.Totals.Paid);
        Assert.Equal(0m, statement.Totals.ClawedBack);
        Assert.Equal(1000m, statement.Totals.Net);
        Assert.Equal(2500m, statement.Revenue);
        Assert.Equal(0.4m, statement.Totals.PayoutRatio);
    }

    [Fact]
    public void SeedExample_ThirdMonthOf300_ClawsBackThe1000()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 300m));
        var clawback = Assert.Single(statement.Lines, l => l.Kind == PayoutLineKind.Clawback);
        Assert.Equal(-1000m, clawback.Amount);
        Assert.Equal(M("2024-03"), clawback.Month);
        Assert.Equal(M("2024-01"), clawback.EventMonth);
        Assert.Contains("300", clawback.Cause, StringComparison.Ordinal);
        Assert.Equal(1000m, statement.Totals.Paid);
        Assert.Equal(1000m, statement.Totals.ClawedBack);
        Assert.Equal(0m, statement.Totals.Net);
    }

    [Fact]
    public void WindowNotOverYet_IsPending_NotClawedBack()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 600m));
        Assert.Equal(1000m, statement.Totals.Net);
        Assert.DoesNotContain(statement.Lines, l => l.Kind == PayoutLineKind.Clawback);
    }

    [Fact]
    public void MonthWithoutSales_FailsTheRenewal()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 0m, 500m, 500m));
        Assert.Equal(M("2024-03"), Assert.Single(statement.Lines, l => l.Kind == PayoutLineKind.Clawback).Month);
    }

    [Fact]
    public void SalesAfterTheWindow_DoNotMatter()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 500m, 500m, 500m, 0m, 10m));
        Assert.Equal(1000m, statement.Totals.Net);
    }

    [Fact]
    public void ProRata_TakesBackOnlyTheUnearnedMonths()
    {
        var scheme = SeedUpfront with { Clawback = ClawbackMode.ProRata };
        var statement = PayoutEngine.Evaluate([scheme], Path(500m, 500m, 300m));
        Assert.Equal(-750m, Assert.Single(statement.Lines, l => l.Kind == PayoutLineKind.Clawback).Amount); // renewed 1 of 4
        Assert.Equal(250m, statement.Totals.Net);
    }

    [Theory]
    [InlineData(ClawbackMode.Whole, 0, 1000)]
    [InlineData(ClawbackMode.Whole, 3, 1000)]
    [InlineData(ClawbackMode.ProRata, 0, 1000)]
    [InlineData(ClawbackMode.ProRata, 3, 250)]
    [InlineData(ClawbackMode.ProRata, 4, 0)]
    [InlineData(ClawbackMode.ProRata, 9, 0)]
    [InlineData(ClawbackMode.ProRata, -2, 1000)]
    public void ClawbackOf_NeverExceedsTheBonus(ClawbackMode mode, int renewed, int expected)
        => Assert.Equal(expected, (SeedUpfront with { Clawback = mode }).ClawbackOf(1000m, renewed));

    [Fact]
    public void VolumeShare_LetsASmallerRenewalPass()
    {
        var scheme = SeedUpfront with { RenewalVolumeShare = 0.5m };
        Assert.Equal(1000m, PayoutEngine.Evaluate([scheme], Path(500m, 500m, 300m, 250m, 900m)).Totals.Net);
        Assert.Equal(0m, PayoutEngine.Evaluate([scheme], Path(500m, 500m, 300m, 249.99m, 900m)).Totals.Net);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Refusal_InTheWindow_FailsTheRenewal_EvenAtTheSameVolume()
    {
        var path = Path(500m, 500m, 500m, 500m, 500m);
        var input = new PayoutInput(path.Agents, path.Clients, path.Sales, path.Activations, [new Refusal("c1", M("2024-04"), "moved to a competitor")]);
        var clawback = Assert.Single(PayoutEngine.Evaluate([SeedUpfront], input).Lines, l => l.Kind == PayoutLineKind.Clawback);
        Assert.Equal(M("2024-04"), clawback.Month);
        Assert.Contains("refused", clawback.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstMonthWithoutPositiveRevenue_PaysNothing()
    {
        Assert.Empty(PayoutEngine.Evaluate([SeedUpfront], Path(-200m)).Lines);
        Assert.Empty(PayoutEngine.Evaluate([SeedUpfront], Path(0m)).Lines);
    }

    [Fact]
    public void ActivationIsTheFirstPositiveMonth()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(-100m, 400m, 400m));
        Assert.Equal((M("2024-02"), 800m), (statement.Lines[0].Month, statement.Lines[0].Amount));
    }

    [Fact]
    public void AgentsFilter_LeavesOthersOut()
    {
        var scheme = SeedUpfront with { Agents = ["someone-else"] };
        Assert.Empty(PayoutEngine.Evaluate([scheme], Path(500m)).Lines);
    }

    [Fact]
    public void BadParameters_ThrowNamingTheField()
    {
        Assert.Contains("RenewalMonths", Assert.Throws<ArgumentOutOfRangeException>(() => SeedUpfront with { RenewalMonths = 0 }).Message, StringComparison.Ordinal);
        Assert.Contains("RatePerDollar", Assert.Throws<ArgumentOutOfRangeException>(() => SeedUpfront with { RatePerDollar = -1m }).Message, StringComparison.Ordinal);
        Assert.Contains("RenewalVolumeShare", Assert.Throws<ArgumentOutOfRangeException>(() => SeedUpfront with { RenewalVolumeShare = 1.5m }).Message, StringComparison.Ordinal);
    }
}
