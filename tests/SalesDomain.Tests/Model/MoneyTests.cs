using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Model;

/// <summary>The supported range of money (docs/model.md): checked by the model, every importer and every aggregate.</summary>
public class MoneyTests
{
    private const decimal Max = Money.MaxAmount;

    [Theory]
    [InlineData(1_000_000_000_000_000, true)]
    [InlineData(-1_000_000_000_000_000, true)]
    [InlineData(0, true)]
    public void IsInRange_HoldsTheBounds(decimal amount, bool expected)
    {
        Assert.Equal(expected, Money.IsInRange(amount));
        Assert.False(Money.IsInRange(amount + (amount >= 0 ? 0.01m : -0.01m)) && Math.Abs(amount) == Max);
    }

    [Fact]
    public void Sale_RejectsAmountProfitAndQuantityOutsideTheRange_NamingTheProperty()
    {
        Assert.Equal(Max, new Sale("c", new DateOnly(2024, 1, 1), Max, -Max, Money.MaxQuantity).Amount);
        Assert.Equal("Amount", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Sale("c", default, Max + 0.01m)).ParamName);
        Assert.Equal("Amount", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Sale("c", default, decimal.MinValue)).ParamName);
        Assert.Equal("Profit", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Sale("c", default, 1m, 7.9e28m)).ParamName);
        Assert.Equal("Quantity", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Sale("c", default, 1m, null, -Money.MaxQuantity - 1m)).ParamName);
        var sale = new Sale("c", default, 1m);
        Assert.Throws<ArgumentOutOfRangeException>(() => sale with { Amount = Max * 2 });
    }

    [Fact]
    public void ModelConstructors_CheckTheRange()
    {
        Assert.Equal("Potential", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Client("c") { Potential = Max + 1m }).ParamName);
        Assert.Equal("Amount", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Deal("d", "c", "m", Max + 1m, default, DealCriteria.None)).ParamName);
        Assert.Equal("Amount", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new MonthlySale("a", "c", new SalesMonth(2024, 1), -Max - 1m)).ParamName);
        Assert.Equal("Amount", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PayoutAdjustment("a", new SalesMonth(2024, 1), Max + 1m, "r")).ParamName);
        Assert.Equal("RatePerDollar", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new UpfrontBonusScheme("u", Money.MaxRate + 1m)).ParamName);
        Assert.Equal("QuartileRates", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new QuartileGradedBonusScheme("q") { QuartileRates = [1m, 2m, 3m, 1e20m] }).ParamName);
        Assert.Equal("Cost", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new TeamRewardScheme("t", "trip", 1e16m, MotivationMetric.Revenue)).ParamName);
    }

    [Fact]
    public void AbcClassify_TotalBeyondDecimal_IsAnOutOfRangeErrorNamingTheValues()
    {
        var values = new[] { new ClientValue("a", 7e28m), new ClientValue("b", 7e28m) };
        var e = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => AbcAnalysis.Classify(values));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("total of the positive client values", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbcClassify_AtTheRowBound_IsExact()
    {
        var values = Enumerable.Range(0, 1000).Select(i => new ClientValue($"c{i:D4}", Max)).ToArray();
        var result = AbcAnalysis.Classify(values);
        Assert.Equal(Max * 1000, result.PositiveTotal);
        Assert.All(result.Entries, e => Assert.Equal(AbcClass.A, e.Class));
    }

    [Fact]
    public void SalesForecast_AtTheRowBound_IsExact()
    {
        var deals = Enumerable.Range(0, 100).Select(i => new Deal($"d{i}", "c", "m", Max, new DateOnly(2026, 1, 1), DealCriteria.All));
        var result = SalesForecast.Build(deals, new DateOnly(2026, 1, 1));
        Assert.Equal(Max * 100, result.Total.Totals.Amount);
    }

    [Fact]
    public void PayoutEngine_AtTheBounds_Computes()
    {
        var input = new PayoutInput(
            [new Agent("a")],
            [new ClientAccount("c")],
            [new MonthlySale("a", "c", new SalesMonth(2024, 1), Max)],
            [new Activation("a", "c", new SalesMonth(2024, 1))]);
        var statement = PayoutEngine.Evaluate([new UpfrontBonusScheme("u", Money.MaxRate, RenewalMonths: 1)], input);
        Assert.Contains(statement.Lines, l => l.Amount == Max * Money.MaxRate);
    }

    [Theory]
    [InlineData("1000000000000000.01", "amount '1000000000000000.01' is outside the supported range ±1000000000000000")]
    [InlineData("-9000000000000000000000000000", "amount '-9000000000000000000000000000' is outside the supported range")]
    public void TransactionImport_RejectsAmountsOutsideTheRange_WithLineAndReason(string amount, string reason)
    {
        var result = TransactionCsvImporter.Import(new StringReader($"client_id,date,amount\nc1,2024-01-01,1\nc2,2024-01-01,{amount}\n"));
        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3L, rejected.LineNumber);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TransactionImport_RejectsProfitQuantityAndProductsOutsideTheRange()
    {
        var result = TransactionCsvImporter.Import(new StringReader(
            "client_id,date,amount,profit,quantity\nc1,2024-01-01,1,2e0,1\nc1,2024-01-01,1,1000000000000001,1\nc1,2024-01-01,1,1,9000000000000000\n"));
        Assert.Equal(3, result.Rejected.Length);
        Assert.Contains("profit '1000000000000001' is outside the supported range", result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("quantity '9000000000000000' is outside the supported range", result.Rejected[2].Reason, StringComparison.Ordinal);

        var product = TransactionCsvImporter.Import(
            new StringReader("client_id,date,Quantity,UnitPrice\nc1,2024-01-01,100000000,100000000\nc2,2024-01-01,2,3\n"),
            new TransactionCsvOptions { AmountColumn = "Quantity*UnitPrice" });
        Assert.Equal(6m, Assert.Single(product.Accepted).Amount);
        Assert.Contains("outside the supported range", Assert.Single(product.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatrixImport_HugeAmounts_AreRejectedRows_NotOverflow()
    {
        var result = RevenueMatrixCsvImporter.Import(
            new StringReader("client_id,date,amount\nc1,2024-01-01,1\nc1,2024-01-01,1000000000000000000000000000\nc1,01.01.2024,9000000000000000000000000000\n"),
            new DateOnly(2024, 1, 1),
            1);
        Assert.Equal(1, result.Accepted);
        Assert.Equal([3L, 4L], result.Rejected.Select(r => r.LineNumber));
        Assert.All(result.Rejected, r => Assert.Contains("outside the supported range", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void DealAndMonthlyImports_RejectAmountsOutsideTheRange()
    {
        var deals = DealCsvImporter.Import(new StringReader(
            "deal_id,client_id,manager_id,amount,stage,expected_close\nd1,c,m,1,30,2026-11-01\nd2,c,m,1000000000000000000,30,2026-11-01\n"));
        Assert.Single(deals.Accepted);
        Assert.Equal(3L, Assert.Single(deals.Rejected).LineNumber);

        var monthly = MonthlySalesCsvImporter.Import(new StringReader("agent_id,client_id,month,amount\na,c,2024-01,1\na,c,2024-02,-1000000000000000000\n"));
        Assert.Single(monthly.Accepted);
        Assert.Contains("outside the supported range", Assert.Single(monthly.Rejected).Reason, StringComparison.Ordinal);
    }
}
