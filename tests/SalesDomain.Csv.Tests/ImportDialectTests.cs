using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>The dialect's guards: date formats are null or non-empty, non-blank formats; the header search covers at least one line.</summary>
public class ImportDialectTests
{
    public static TheoryData<string[]> BadFormats => [[], [" "], ["dd.MM.yyyy", ""], ["", "dd.MM.yyyy"]];

    [Theory]
    [MemberData(nameof(BadFormats))]
    public void DateFormats_EmptyOrWithABlankFormat_AreRefused(string[] formats)
    {
        var e = Assert.Throws<ArgumentException>(() => new ImportDialect { DateFormats = formats });

        Assert.Equal("DateFormats", e.ParamName);
        Assert.StartsWith("Date formats must be null (detect) or non-empty formats.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateFormats_NullOrNonBlank_AreKept()
    {
        Assert.Null(new ImportDialect { DateFormats = null }.DateFormats);
        Assert.Equal(["dd.MM.yyyy", "yyyyMMdd"], new ImportDialect { DateFormats = ["dd.MM.yyyy", "yyyyMMdd"] }.DateFormats!);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void HeaderSearchLines_BelowOne_IsRefused(int lines)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ImportDialect { HeaderSearchLines = lines });

        Assert.Equal("HeaderSearchLines", e.ParamName);
        Assert.Equal(lines, e.ActualValue);
    }

    [Fact]
    public void HeaderSearchLines_One_IsKept()
        => Assert.Equal(1, new ImportDialect { HeaderSearchLines = 1 }.HeaderSearchLines);
}
