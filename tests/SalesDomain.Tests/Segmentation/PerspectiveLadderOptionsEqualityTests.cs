using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Ladder options are equal only when every threshold is equal: each one alone tells two options apart.</summary>
public class PerspectiveLadderOptionsEqualityTests
{
    public static TheoryData<string> Fields() =>
    [
        nameof(PerspectiveLadderOptions.NewWithinDays),
        nameof(PerspectiveLadderOptions.LapseDays),
        nameof(PerspectiveLadderOptions.ReanimatedWithinDays),
        nameof(PerspectiveLadderOptions.PermanentMinActiveMonths),
        nameof(PerspectiveLadderOptions.PeriodicMinActiveMonths),
        nameof(PerspectiveLadderOptions.ProspectiveGrowth),
        nameof(PerspectiveLadderOptions.ForecastTargets),
    ];

    private static PerspectiveLadderOptions Changed(PerspectiveLadderOptions o, string field) => field switch
    {
        nameof(PerspectiveLadderOptions.NewWithinDays) => o with { NewWithinDays = o.NewWithinDays + 1 },
        nameof(PerspectiveLadderOptions.LapseDays) => o with { LapseDays = o.LapseDays + 1 },
        nameof(PerspectiveLadderOptions.ReanimatedWithinDays) => o with { ReanimatedWithinDays = o.ReanimatedWithinDays + 1 },
        nameof(PerspectiveLadderOptions.PermanentMinActiveMonths) => o with { PermanentMinActiveMonths = o.PermanentMinActiveMonths + 1 },
        nameof(PerspectiveLadderOptions.PeriodicMinActiveMonths) => o with { PeriodicMinActiveMonths = o.PeriodicMinActiveMonths + 1 },
        nameof(PerspectiveLadderOptions.ProspectiveGrowth) => o with { ProspectiveGrowth = o.ProspectiveGrowth + 0.5m },
        _ => o with { ForecastTargets = o.ForecastTargets.Remove(PerspectiveCategory.Vip) },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void OptionsDifferingInOneField_AreNotEqual(string field)
    {
        var options = new PerspectiveLadderOptions();

        Assert.False(options.Equals(Changed(options, field)));
        Assert.False(Changed(options, field).Equals(options));
    }

    [Fact]
    public void OptionsWithTheSameValues_AreEqual_AndNoneEqualsNull()
    {
        Assert.True(new PerspectiveLadderOptions().Equals(PerspectiveLadderOptions.Default));
        Assert.False(PerspectiveLadderOptions.Default.Equals(null));
    }
}
