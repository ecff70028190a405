using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>The shape and range checks of <see cref="RevenueMatrix"/> and the index checks of its result.</summary>
public class RevenueMatrixGuardTests
{
    [Fact]
    public void NegativeClientCount_IsRejectedNamingClients()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueMatrix(Array.Empty<long>(), -1, 1));
        Assert.Equal("clients", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void NonPositivePeriodCount_IsRejectedNamingPeriods(int periods)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueMatrix(Array.Empty<long>(), 0, periods));
        Assert.Equal("periods", e.ParamName);
    }

    [Fact]
    public void ExactlyMaxPeriods_IsAccepted()
    {
        var matrix = new RevenueMatrix(new long[RevenueMatrix.MaxPeriods], 1, RevenueMatrix.MaxPeriods);
        Assert.Equal(RevenueMatrix.MaxPeriods, matrix.Periods);
        Assert.Equal(RevenueMatrix.MaxPeriods, matrix.Row(0).Length);
    }

    [Fact]
    public void OneMoreThanMaxPeriods_IsRejectedNamingTheLimit()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => new RevenueMatrix(new long[RevenueMatrix.MaxPeriods + 1], 1, RevenueMatrix.MaxPeriods + 1));
        Assert.Equal("periods", e.ParamName);
        Assert.StartsWith("periods must be at most 1000, was 1001.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CellBeyondMaxCents_IsRejectedNamingItsClientAndPeriod()
    {
        long[] cents = [0, 0, 0, 0, 0, -(RevenueMatrix.MaxCents + 1)];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueMatrix(cents, 2, 3));
        Assert.Equal("cents[5] (client 1, period 2)", e.ParamName);
        Assert.StartsWith(
            "cents[5] (client 1, period 2) must be within ±1000000000000000 cents, was -1000000000000001.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CellsExactlyAtMaxCents_AreAccepted()
    {
        var matrix = new RevenueMatrix(new[] { RevenueMatrix.MaxCents, -RevenueMatrix.MaxCents }, 1, 2);
        Assert.Equal([RevenueMatrix.MaxCents, -RevenueMatrix.MaxCents], matrix.Row(0).ToArray());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void RowOutsideTheClients_IsRejectedNamingTheValidRange(int client)
    {
        var matrix = new RevenueMatrix(new long[4], 2, 2);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Row(client).ToArray());
        Assert.Equal("client", e.ParamName);
        Assert.StartsWith($"client must be within 0..1, was {client}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastRow_IsTheLastPeriodsOfTheBuffer()
    {
        var matrix = new RevenueMatrix(new long[] { 1, 2, 3, 4 }, 2, 2);
        Assert.Equal([3L, 4L], matrix.Row(1).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AmountsWithNonPositivePeriodCount_AreRejectedNamingPeriods(int periods)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RevenueMatrix.FromAmounts([1m, 2m], periods));
        Assert.Equal("periods", e.ParamName);
    }

    [Fact]
    public void AmountsNotAMultipleOfThePeriods_AreRejectedNamingAmounts()
    {
        var e = Assert.Throws<ArgumentException>(() => RevenueMatrix.FromAmounts([1m, 2m, 3m], 2));
        Assert.Equal("amounts", e.ParamName);
        Assert.StartsWith("amounts holds 3 amounts, not a multiple of 2 periods.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountWithAFractionOfACent_IsRejectedNamingItsIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RevenueMatrix.FromAmounts([1m, 1.234m], 1));
        Assert.Equal("amounts[1]", e.ParamName);
        Assert.StartsWith("amounts[1] must be a whole number of cents, was 1.234.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsExactlyAtTheLimit_AreAccepted()
    {
        const decimal limit = RevenueMatrix.MaxCents / 100;
        var matrix = RevenueMatrix.FromAmounts([limit, -limit], 2);
        Assert.Equal([RevenueMatrix.MaxCents, -RevenueMatrix.MaxCents], matrix.Cents.ToArray());
    }

    [Theory]
    [InlineData("10000000000000.01")]
    [InlineData("-10000000000000.01")]
    public void AmountOneCentBeyondTheLimit_IsRejectedNamingTheAmountAndTheLimit(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RevenueMatrix.FromAmounts([0m, amount], 2));
        Assert.Equal("amounts[1]", e.ParamName);
        Assert.StartsWith($"amounts[1] must be within ±10000000000000 currency units, was {text}.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void ResultIndexOutsideTheClients_IsRejectedNamingTheValidRange(int client)
    {
        var result = ColumnarSegmentation.Segment(new RevenueMatrix(new long[] { 100, 200, 300 }, 3, 1));
        foreach (var lookup in new Action[] { () => result.AbcOf(client), () => result.XyzOf(client), () => result.TotalOf(client) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(lookup);
            Assert.Equal("client", e.ParamName);
            Assert.StartsWith($"client must be within 0..2, was {client}.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ResultLastIndex_IsAccepted()
    {
        var result = ColumnarSegmentation.Segment(new RevenueMatrix(new long[] { 100, 200, 300 }, 3, 1));
        Assert.Equal(3m, result.TotalOf(2));
        Assert.Equal(AbcClass.A, result.AbcOf(2));
    }
}
