using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Tests.Model;

/// <summary>Active, pending, lost and potential base (DOMAIN.md §1, seed 002; docs/model.md).</summary>
public class BaseStatusRuleTests
{
    private static readonly DateOnly Signed = new(2025, 3, 10);

    private static BaseStatus Classify(Client client, Sale[] sales, string asOf, BaseStatusRule? rule = null)
        => (rule ?? BaseStatusRule.Default).Classify(client, sales, DateOnly.Parse(asOf, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2025-03-09", BaseStatus.Potential)] // the day before signing: no contract yet
    [InlineData("2025-03-10", BaseStatus.Pending)]   // signing day: day 0
    [InlineData("2025-06-07", BaseStatus.Pending)]   // day 89 of 90
    [InlineData("2025-06-08", BaseStatus.Lost)]      // day 90: 90 days without a shipment
    public void Classify_NewContractWithoutShipments_IsPendingFor90Days_ThenLost(string asOf, BaseStatus expected)
        => Assert.Equal(expected, Classify(new Client("n") { ContractDate = Signed }, [], asOf));

    [Fact]
    public void Classify_NewContract_FirstShipment_IsActive()
    {
        var client = new Client("n") { ContractDate = Signed };
        Assert.Equal(BaseStatus.Active, Classify(client, [new Sale("n", new(2025, 4, 1), 100m)], "2025-04-01"));
        Assert.Equal(BaseStatus.Pending, Classify(client, [new Sale("n", new(2025, 4, 1), 100m)], "2025-03-31"));
    }

    [Fact]
    public void Classify_FormerBuyerWithANewContract_IsPending_NotLost()
    {
        var sales = new[] { new Sale("f", new(2022, 5, 1), 500m) };
        Assert.Equal(BaseStatus.Lost, Classify(new Client("f") { ContractDate = new(2025, 5, 1) }, sales, "2025-04-30"));
        Assert.Equal(BaseStatus.Pending, Classify(new Client("f") { ContractDate = new(2025, 5, 1) }, sales, "2025-06-01"));
    }

    [Fact]
    public void Classify_UndatedContract_PendingUntilTheFirstSale_ThenLostWhenSilent()
    {
        var client = new Client("u") { HasContract = true };
        Assert.Equal(BaseStatus.Pending, Classify(client, [], "2030-01-01"));
        Assert.Equal(BaseStatus.Lost, Classify(client, [new Sale("u", new(2025, 1, 1), 10m)], "2026-06-01"));
    }

    [Fact]
    public void Classify_PendingDaysAreConfigurable()
    {
        var rule = new BaseStatusRule { ContractPendingDays = 30 };
        var client = new Client("n") { ContractDate = Signed };
        Assert.Equal(BaseStatus.Pending, Classify(client, [], "2025-04-08", rule)); // day 29
        Assert.Equal(BaseStatus.Lost, Classify(client, [], "2025-04-09", rule));    // day 30
    }

    [Fact]
    public void ContractDate_ImpliesAContract_AndCountsFromItsDay()
    {
        var client = new Client("n") { ContractDate = Signed };
        Assert.True(client.HasContract);
        Assert.False(client.HasContractAsOf(Signed.AddDays(-1)));
        Assert.True(client.HasContractAsOf(Signed));
        Assert.True(new Client("u") { HasContract = true }.HasContractAsOf(DateOnly.MinValue));
        Assert.NotEqual(client, new Client("n") { HasContract = true });
    }

    [Fact]
    public void ContractPendingDays_NotPositive_Throws()
        => Assert.Equal(
            nameof(BaseStatusRule.ContractPendingDays),
            Assert.Throws<ArgumentOutOfRangeException>(() => new BaseStatusRule { ContractPendingDays = 0 }).ParamName);
}
