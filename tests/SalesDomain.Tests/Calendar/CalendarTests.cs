using SalesDomain.Calendar;

namespace SalesDomain.Tests.Calendar;

/// <summary>The calendar kernel: the period of a date, complete periods and the last N complete periods (docs/calendar.md).</summary>
public class CalendarTests
{
    [Theory]
    [InlineData("2025-06-30", "2025-06")] // the last day completes June
    [InlineData("2025-07-05", "2025-06")]
    [InlineData("2025-07-31", "2025-07")]
    [InlineData("2024-02-29", "2024-02")] // leap day is February's last
    [InlineData("2025-03-01", "2025-02")]
    [InlineData("2025-01-15", "2024-12")]
    public void LastCompleteMonth_IsTheMonthOfItsLastDayOrTheOneBefore(string asOf, string month)
        => Assert.Equal(SalesMonth.Parse(month), SalesMonth.LastCompleteAsOf(DateOnly.Parse(asOf)));

    [Fact]
    public void Month_IsCompleteFromItsLastDay()
    {
        var june = new SalesMonth(2025, 6);
        Assert.False(june.IsCompleteAsOf(new DateOnly(2025, 6, 29)));
        Assert.True(june.IsCompleteAsOf(new DateOnly(2025, 6, 30)));
        Assert.Equal(new DateOnly(2025, 6, 30), june.LastDay);
        Assert.Equal(30, june.Days);
        Assert.True(june.Contains(new DateOnly(2025, 6, 1)));
        Assert.False(june.Contains(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void LastCompleteMonth_BeforeAnyCompleteMonth_ThrowsNamingAsOf()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SalesMonth.LastCompleteAsOf(new DateOnly(1, 1, 5)));
        Assert.Equal("asOf", e.ParamName);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => SalesMonth.Parse(null!)).ParamName);

    [Fact]
    public void Quarter_OfMonthsAndDates()
    {
        var q = SalesQuarter.Of(new DateOnly(2025, 8, 14));
        Assert.Equal((2025, 3), (q.Year, q.Number));
        Assert.Equal(new SalesMonth(2025, 7), q.FirstMonth);
        Assert.Equal(new SalesMonth(2025, 9), q.LastMonth);
        Assert.Equal(new DateOnly(2025, 9, 30), q.LastDay);
        Assert.Equal("2025-Q3", q.ToString());
        Assert.True(q.IsCompleteAsOf(new DateOnly(2025, 9, 30)));
        Assert.False(q.IsCompleteAsOf(new DateOnly(2025, 9, 29)));
    }

    [Fact]
    public void Week_RunsMondayToSunday()
    {
        var week = SalesWeek.Of(new DateOnly(2026, 11, 5)); // a Thursday
        Assert.Equal(new DateOnly(2026, 11, 2), week.Monday);
        Assert.Equal(new DateOnly(2026, 11, 8), week.LastDay);
        Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
        Assert.Equal(week, SalesWeek.StartingOn(new DateOnly(2026, 11, 2)));
        Assert.Equal(3, week.WeeksUntil(week.AddWeeks(3)));
        Assert.True(week.IsCompleteAsOf(new DateOnly(2026, 11, 8)));
        Assert.False(week.IsCompleteAsOf(new DateOnly(2026, 11, 7)));
    }

    [Fact]
    public void Week_StartingOnAnotherDay_ThrowsNamingMonday()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SalesWeek.StartingOn(new DateOnly(2026, 11, 3)));
        Assert.Equal("monday", e.ParamName);
    }

    [Fact]
    public void DefaultWindow_IsTheTwelveCompleteMonthsBeforeTheAsOfDate()
    {
        Assert.Equal("2024-07..2025-06", AnalysisWindowRule.Default.Resolve(new DateOnly(2025, 7, 5)).ToString());
        Assert.Equal("2024-07..2025-06", AnalysisWindowRule.Default.Resolve(new DateOnly(2025, 6, 30)).ToString());
        Assert.Equal(12, AnalysisWindowRule.Default.Resolve(new DateOnly(2025, 6, 30)).Months);
    }

    [Fact]
    public void WindowRules_LastMonths_Between_WholeHistory()
    {
        var asOf = new DateOnly(2025, 7, 5);
        Assert.Equal("2025-04..2025-06", AnalysisWindowRule.LastCompleteMonths(3).Resolve(asOf).ToString());
        Assert.Equal("2023-01..2025-07", AnalysisWindowRule.Between(new(2023, 1), new(2025, 7)).Resolve(asOf).ToString()); // asked for: incomplete July
        Assert.Equal("2022-03..2025-06", AnalysisWindowRule.WholeHistory.Resolve(asOf, new DateOnly(2022, 3, 9)).ToString());
        Assert.Equal("2025-06..2025-06", AnalysisWindowRule.WholeHistory.Resolve(asOf, new DateOnly(2025, 7, 1)).ToString()); // only the incomplete month
    }

    [Fact]
    public void WindowRules_Quarters_AreWholeCompleteQuarters()
    {
        var asOf = new DateOnly(2025, 8, 14); // Q3 incomplete: the last complete quarter is Q2
        Assert.Equal("2024-07..2025-06", AnalysisWindowRule.Default.Resolve(asOf, period: SalesPeriod.Quarter).ToString());
        Assert.Equal("2025-01..2025-06", AnalysisWindowRule.LastCompleteMonths(4).Resolve(asOf, period: SalesPeriod.Quarter).ToString()); // widened to 2 quarters
        Assert.Throws<ArgumentException>(() => AnalysisWindowRule.Between(new(2025, 2), new(2025, 6)).Resolve(asOf, period: SalesPeriod.Quarter));
    }

    [Fact]
    public void ExplicitWindow_EndingAfterTheAsOfMonth_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisWindowRule.Between(new(2025, 1), new(2025, 9)).Resolve(new DateOnly(2025, 7, 5)));
        Assert.Equal("asOf", e.ParamName);
        Assert.Contains("2025-09", e.Message);
    }

    [Fact]
    public void Window_StartingAfterItsEnd_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new AnalysisWindow(new(2025, 2), new(2025, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnalysisWindowRule.LastCompleteMonths(0));
    }
}
