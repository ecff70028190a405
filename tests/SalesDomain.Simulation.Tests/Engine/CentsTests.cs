using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesDomain.Simulation.Engine;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>The double fast path of <see cref="Cents.Of"/> books the cents its decimal definition books.</summary>
public class CentsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.Epsilon)]
    [InlineData(0.004999999)]
    [InlineData(0.005)]
    [InlineData(0.015)]
    [InlineData(0.125)]
    [InlineData(12.345)]
    [InlineData(12.344999999999999)]
    [InlineData(12.355)]
    [InlineData(2.675)]
    [InlineData(1.005)]
    [InlineData(999_999_999.995)]
    [InlineData(999_999_999.985)]
    [InlineData(1e9)]
    [InlineData(1e9 + 0.125)]
    [InlineData(123_456_789.12345678)]
    [InlineData(1e12)]
    [InlineData(1e15)]
    public void Of_EqualsTheDecimalDefinition_OnEdgeAmounts(double amount)
        => Assert.Equal(Cents.OfDecimal(amount), Cents.Of(amount));

    /// <summary>Amounts across the range, and amounts within a few ulps of a half cent, where the fast path must step aside.</summary>
    [Property(MaxTest = 2_000)]
    public Property Of_EqualsTheDecimalDefinition(NormalFloat mantissa, int exponent, int cents, int ulps)
    {
        var broad = Math.Abs(mantissa.Get % 10) * Math.Pow(10, Math.Abs(exponent % 13) - 3);
        var half = ((Math.Abs((long)cents) % 100_000_000_000L) + 0.5) / 100;
        var nearHalf = half;
        for (var k = 0; k < Math.Abs(ulps % 4); k++)
        {
            nearHalf = ulps < 0 ? Math.BitDecrement(nearHalf) : Math.BitIncrement(nearHalf);
        }

        return (Cents.Of(broad) == Cents.OfDecimal(broad)).Label($"amount {broad:R}")
            .And((Cents.Of(half) == Cents.OfDecimal(half)).Label($"half cent {half:R}"))
            .And((Cents.Of(nearHalf) == Cents.OfDecimal(nearHalf)).Label($"near a half cent {nearHalf:R}"));
    }

    [Fact]
    public void Of_EqualsTheDecimalDefinition_OnAMillionSimulatedPurchases()
    {
        // Log-normal purchases like the engine's (monthly spend × noise), from 1 cent to 10^8.
        var random = new Random(20261202);
        for (var n = 0; n < 1_000_000; n++)
        {
            var amount = Math.Exp((random.NextDouble() * 23) - 4.6);
            Assert.True(Cents.Of(amount) == Cents.OfDecimal(amount), $"amount {amount:R}");
        }
    }
}
