namespace SalesDomain.Calendar;

/// <summary>The length of the periods that an analysis sums amounts over (XYZ: months or quarters).</summary>
public enum SalesPeriod
{
    /// <summary>Calendar month (the default).</summary>
    Month,

    /// <summary>Calendar quarter.</summary>
    Quarter,
}
