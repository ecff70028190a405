using MiniExcelLibs;

namespace SalesDomain.Simulator.Tests.Output;

/// <summary>Every command that prints tables writes the same tables as a workbook and as CSV (docs/cli.md, "Files").</summary>
public class FileOutputTests
{
    public static TheoryData<string[], string[]> Commands => new()
    {
        { ["segment", "--transactions", "tests/data/cdnow/CDNOW_sample.csv"], ["ABC", "ABC×XYZ", "Client list"] },
        { ["history", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--from", "1998-01", "--to", "1998-03"], ["Steps", "ABC migration", "XYZ migration", "Changes"] },
        { ["reactivation", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30"], ["Reactivation"] },
        { ["contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", "tests/data/contacts/contacts.csv", "--as-of", "2025-04-20"], ["Managers", "Client list", "Redistribution"] },
        { ["lost", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30"], ["Lost clients"] },
        { ["forecast", "--deals", "docs/examples/deals-sample.csv", "--as-of", "2026-11-15"], ["Managers by month", "Categories", "Flagged deals"] },
        { ["bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/activation-sales.csv"], ["Agents", "Schemes by month", "Statement"] },
    };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Commands))]
    public void Xlsx_HasOneSheetPerTable_AndCsv_OneFilePerTable(string[] command, string[] sheets)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var xlsx = Path.Combine(dir.FullName, "out.xlsx");
            var csv = Path.Combine(dir.FullName, "out.csv");
            var result = CliRunner.Run([.. command, "--xlsx", xlsx, "--csv", csv, "--csv-dialect", "excel-ru"]);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(sheets, MiniExcel.GetSheetNames(xlsx));
            var csvFiles = Directory.GetFiles(dir.FullName, "out*.csv");
            Assert.Equal(sheets.Length, csvFiles.Length);
            Assert.True(sheets.Length == 1 ? File.Exists(csv) : csvFiles.All(f => Path.GetFileName(f).StartsWith("out-", StringComparison.Ordinal)));
            Assert.All(csvFiles, f => Assert.Contains(';', File.ReadLines(f).First()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Reactivation_Workbook_HasARowPerListedClient()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var xlsx = Path.Combine(dir.FullName, "r.xlsx");
            var result = CliRunner.Run("reactivation", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30", "--top", "25", "--xlsx", xlsx);

            Assert.Equal(0, result.ExitCode);
            var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(25, rows.Count);
            Assert.All(rows, r => Assert.IsType<double>(r["days since last"]));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
