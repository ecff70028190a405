namespace SalesDomain.Segmentation;

/// <summary>The length of the periods that XYZ analysis sums purchases over.</summary>
public enum SalesPeriod
{
    /// <summary>Calendar month (the default).</summary>
    Month,

    /// <summary>Calendar quarter.</summary>
    Quarter,
}

/// <summary>Period arithmetic on dates.</summary>
public static class SalesPeriods
{
    /// <summary>A running index of the period that contains <paramref name="date"/> (months or quarters since year 0).</summary>
    public static int IndexOf(DateOnly date, SalesPeriod period)
    {
        date.Deconstruct(out var year, out var month, out _);
        return IndexOf(year, month, period);
    }

    /// <summary>A running index of the period that contains the given month (months or quarters since year 0).</summary>
    /// <param name="year">Year, 1..9999.</param>
    /// <param name="month">Month, 1..12.</param>
    /// <param name="period">Month or quarter.</param>
    public static int IndexOf(int year, int month, SalesPeriod period) => period switch
    {
        SalesPeriod.Month => (year * 12) + month - 1,
        SalesPeriod.Quarter => (year * 4) + ((month - 1) / 3),
        _ => throw Guard.OutOfRange(nameof(period), period, "must be a defined SalesPeriod"),
    };

    /// <summary>The first day of the period with the given running index.</summary>
    public static DateOnly StartOf(int index, SalesPeriod period) => period switch
    {
        SalesPeriod.Month => new DateOnly(index / 12, (index % 12) + 1, 1),
        SalesPeriod.Quarter => new DateOnly(index / 4, ((index % 4) * 3) + 1, 1),
        _ => throw Guard.OutOfRange(nameof(period), period, "must be a defined SalesPeriod"),
    };
}
