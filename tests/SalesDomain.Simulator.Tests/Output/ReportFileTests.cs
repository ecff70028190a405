using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;
using SalesDomain.Calendar;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Tests.Output;

/// <summary>The CSV and spreadsheet writers every command shares (docs/cli.md, "Files").</summary>
public class ReportFileTests
{
    private static readonly string[] Hostile = ["=1+1", "+7 495 000", "-2", "@SUM(A1)", "\tx", "\rx", "a;b,c", "he said \"no\"", "two\nlines", "Ёлка"];

    private static ReportTable Table() => new(
        "Клиенты: [тест]",
        "clients",
        [
            new("text", "текст", CellKind.Text), new("money", "сумма", CellKind.Money), new("share", "доля", CellKind.Percent),
            new("date", "дата", CellKind.Date), new("month", "месяц", CellKind.Month), new("count", "число", CellKind.Integer),
        ],
        [.. Hostile.Select((t, i) => new object?[] { t, 1234.5m + i, 0.125m, new DateOnly(2025, 3, 31), new SalesMonth(2025, 3), i })]);

    [Theory]
    [InlineData("invariant")]
    [InlineData("excel-ru")]
    public void Csv_QuotesDelimitersQuotesAndLineBreaks_AndReadsBack(string dialectName)
    {
        var dialect = CsvDialect.Of(dialectName);
        var text = new StringWriter();
        CsvTableWriter.WriteOne(text, Table(), dialect);

        using var reader = Sep.New(dialect.Delimiter).Reader(o => o with { Unescape = true }).FromText(text.ToString());
        var read = reader.Enumerate(row => row["текст"].ToString()).ToList();

        // Text that a spreadsheet would evaluate gets a leading apostrophe; every other value comes back as written.
        Assert.Equal(Hostile.Select(h => CellText.LooksLikeFormula(h) ? "'" + h : h), read);
    }

    [Fact]
    public void Csv_ExcelRu_UsesSemicolonDecimalCommaAndRussianDates_WithBom()
    {
        var path = Path.GetTempFileName();
        try
        {
            CsvTableWriter.Write(path, [Table()], CsvDialect.ExcelRu);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
            Assert.Equal("текст;сумма;доля;дата;месяц;число", lines[0].TrimEnd('\r'));
            Assert.Contains("1234,50;12,5%;31.03.2025;2025-03;0", lines[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Xlsx_HasTypedCells_FrozenHeader_Autofilter_AndNoFormula()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        try
        {
            XlsxTableWriter.Write(path, [Table(), Table() with { Key = "again" }]);

            var sheets = MiniExcel.GetSheetNames(path);
            Assert.Equal(["Клиенты_ _тест_", "Клиенты_ _тест_ (2)"], sheets);
            var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(Hostile.Select(h => h.Replace("\r", "\n", StringComparison.Ordinal)), rows.Select(r => ((string)r["текст"]).Replace("\r", "\n", StringComparison.Ordinal)));
            Assert.Equal(1234.5, Convert.ToDouble(rows[0]["сумма"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new DateTime(2025, 3, 31), rows[0]["дата"]);

            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
            {
                using var xml = new StreamReader(entry.Open());
                var sheet = xml.ReadToEnd();
                Assert.DoesNotContain("<x:f>", sheet);
                Assert.DoesNotContain("<f>", sheet);
                Assert.Contains("state=\"frozen\"", sheet);
                Assert.Contains("autoFilter", sheet);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
