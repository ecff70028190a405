using SalesDomain.Motivation;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The refusal share refused ÷ activated (DOMAIN.md §6, seed 002): its value, its text, its default of none refused out
/// of one, its range check and its comparison operators (lower is better).
/// </summary>
public class RefusalShareTests
{
    private static readonly RefusalShare OneThird = new(1, 3);
    private static readonly RefusalShare TwoSixths = new(2, 6);
    private static readonly RefusalShare TwoThirds = new(2, 3);

    [Fact]
    public void Value_IsRefusedOverActivated()
        => Assert.Equal(0.25m, new RefusalShare(1, 4).Value);

    [Fact]
    public void Text_IsRefusedSlashActivated()
        => Assert.Equal("2/6", TwoSixths.ToString());

    [Fact]
    public void TheDefault_IsNoneRefusedOutOfOne()
    {
        var none = default(RefusalShare);
        Assert.Equal((0, 1, 0m, "0/1"), (none.Refused, none.Activated, none.Value, none.ToString()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void RefusedOutsideZeroToActivated_IsRejected(int refused)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RefusalShare(refused, 3));
        Assert.Equal("refused", e.ParamName);
        Assert.StartsWith($"refused must be within [0, 3], was {refused}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Greater_MeansWorse()
    {
        Assert.True(TwoThirds > OneThird);
        Assert.False(OneThird > TwoSixths);
        Assert.False(OneThird > TwoThirds);
    }

    [Fact]
    public void GreaterOrEqual_MeansNotBetter()
    {
        Assert.True(TwoThirds >= OneThird);
        Assert.True(OneThird >= TwoSixths);
        Assert.False(OneThird >= TwoThirds);
    }

    [Fact]
    public void Less_MeansBetter()
    {
        Assert.True(OneThird < TwoThirds);
        Assert.False(OneThird < TwoSixths);
        Assert.False(TwoThirds < OneThird);
    }

    [Fact]
    public void LessOrEqual_MeansNotWorse()
    {
        Assert.True(OneThird <= TwoThirds);
        Assert.True(OneThird <= TwoSixths);
        Assert.False(TwoThirds <= OneThird);
    }
}
