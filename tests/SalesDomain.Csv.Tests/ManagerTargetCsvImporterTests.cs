using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Managers;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The monthly sales plan import (docs/managers.md, docs/import.md): every month notation, the target in the dialect's
/// number culture, the Russian headers, and each rejected row (empty manager, unreadable month or target, a negative
/// target, a repeated manager and month) with its exact line and reason.
/// </summary>
public class ManagerTargetCsvImporterTests
{
    private const string NotAMonth = "is not a month (yyyy-MM, MM.yyyy or a date of the month)";

    private static ImportResult<ManagerTarget> Import(string text, ImportDialect? dialect = null)
        => ManagerTargetCsvImporter.Import(new StringReader(text), dialect);

    private static ManagerTarget Target(string manager, int year, int month, decimal target) => new(manager, new SalesMonth(year, month), target);

    [Fact]
    public void Import_Reads1CMonths_AndReportsEveryBadRow()
    {
        var text = "Менеджер;Месяц;План\nanna;01.2025;1 000,50\nanna;2025-02;2000\nboris;01.03.2025;0\n;2025-01;5\nanna;13.2025;5\nanna;2025-04;-3\nanna;2025-02;7\nanna;2025-05;много\n";

        var result = Import(text);

        Assert.Equal([Target("anna", 2025, 1, 1000.50m), Target("anna", 2025, 2, 2000m), Target("boris", 2025, 3, 0m)], result.Accepted.ToArray());
        Assert.Equal(
            [
                new RejectedRow(5, "manager_id is empty"),
                new RejectedRow(6, $"month '13.2025' {NotAMonth}"),
                new RejectedRow(7, "target -3 is negative"),
                new RejectedRow(8, "manager_id 'anna' has a target for 2025-02 in an earlier row"),
                new RejectedRow(9, "target 'много' is not a number"),
            ],
            result.Rejected.ToArray());
        Assert.Equal("8 rows read: 3 accepted, 5 rejected", result.Summary);
    }

    [Theory]
    [InlineData("2025-01", 2025, 1)]
    [InlineData("2025-12", 2025, 12)]
    [InlineData("01.2025", 2025, 1)]
    [InlineData("12.2024", 2024, 12)]
    [InlineData(" 03.2025 ", 2025, 3)]
    [InlineData("01.03.2025", 2025, 3)]
    [InlineData("1.3.2025", 2025, 3)]
    [InlineData("31.03.25", 2025, 3)]
    [InlineData("2025-03-31", 2025, 3)]
    [InlineData("2025-03-01 00:00:00", 2025, 3)]
    [InlineData("15.03.2025 10:15:00", 2025, 3)]
    public void Import_EveryMonthNotation(string month, int year, int number)
    {
        var result = Import($"manager_id,month,target\nanna,{month},1\n");

        Assert.Empty(result.Rejected);
        Assert.Equal(Target("anna", year, number, 1m), Assert.Single(result.Accepted));
    }

    [Theory]
    [InlineData("13.2025")]
    [InlineData("00.2025")]
    [InlineData("1.2025")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-1")]
    [InlineData("2025/03")]
    [InlineData("03/2025")]
    [InlineData("March 2025")]
    [InlineData("31.02.2025")]
    public void Import_AnUnreadableMonth_IsRejected(string month)
    {
        var result = Import($"manager_id,month,target\nanna,{month},1\n");

        Assert.Empty(result.Accepted);
        Assert.Equal(new RejectedRow(2, $"month '{month}' {NotAMonth}"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Import_GivenDateFormats_ReadMonthDates_AndMMyyyyStillReads()
    {
        var dialect = new ImportDialect { DateFormats = ["MM/dd/yyyy"] };

        var result = Import("manager_id,month,target\nanna,03/15/2025,1\nboris,04.2025,2\nvera,2025-05-01,3\ngleb,15.03.2025,4\n", dialect);

        Assert.Equal([Target("anna", 2025, 3, 1m), Target("boris", 2025, 4, 2m), Target("vera", 2025, 5, 3m)], result.Accepted.ToArray());
        Assert.Equal(new RejectedRow(5, $"month '15.03.2025' {NotAMonth}"), Assert.Single(result.Rejected));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("2000", 2000)]
    [InlineData("1 000,50", 1000.50)]
    [InlineData("1\u00A0207\u00A0000,00", 1207000)]
    [InlineData("1500.5 ₽", 1500.5)]
    [InlineData("1000000000000000", 1000000000000000)]
    public void Import_Targets(string target, decimal expected)
        => Assert.Equal(expected, Assert.Single(Import($"manager_id;month;target\nanna;2025-01;{target}\n").Accepted).Target);

    [Theory]
    [InlineData("", "target is empty")]
    [InlineData("  ", "target is empty")]
    [InlineData("-3", "target -3 is negative")]
    [InlineData("-0,01", "target -0.01 is negative")]
    [InlineData("−1 000", "target -1000 is negative")]
    [InlineData("много", "target 'много' is not a number")]
    [InlineData("1e3", "target '1e3' is not a number")]
    [InlineData("1,234", "target '1,234' is ambiguous: a thousands comma or a decimal comma; set the culture (ru-RU or invariant)")]
    [InlineData("2000000000000000", "target '2000000000000000' is outside the supported range ±1000000000000000 (docs/model.md)")]
    public void Import_AnUnreadableOrNegativeTarget_IsRejected(string target, string reason)
    {
        var result = Import($"manager_id;month;target\nanna;2025-01;{target}\n");

        Assert.Empty(result.Accepted);
        Assert.Equal(new RejectedRow(2, reason), Assert.Single(result.Rejected));
    }

    [Theory]
    [InlineData(NumberCulture.Invariant, 1234)]
    [InlineData(NumberCulture.Russian, 1.234)]
    public void Import_TheTargetIsReadInTheDialectsCulture(NumberCulture culture, decimal expected)
        => Assert.Equal(expected, Assert.Single(Import("manager_id;month;target\nanna;2025-01;1,234\n", new ImportDialect { Culture = culture }).Accepted).Target);

    [Fact]
    public void Import_AManagerAndMonthOnce_RejectedRowsReserveNothing()
    {
        var result = Import(
            "manager_id,month,target\n"
            + "anna,2025-02,1\n" // 2
            + "anna,02.2025,2\n" // 3: the same month written otherwise
            + " anna ,2025-02,3\n" // 4: the id is trimmed
            + "Anna,2025-02,4\n" // 5: another id
            + "boris,2025-02,5\n" // 6
            + "anna,2025-03,6\n" // 7
            + "vera,2025-02,-1\n" // 8: rejected, reserves nothing
            + "vera,2025-02,x\n" // 9: rejected, reserves nothing
            + "vera,2025-02,7\n" // 10
            + "vera,2025-02,8\n"); // 11

        Assert.Equal(
            [Target("anna", 2025, 2, 1m), Target("Anna", 2025, 2, 4m), Target("boris", 2025, 2, 5m), Target("anna", 2025, 3, 6m), Target("vera", 2025, 2, 7m)],
            result.Accepted.ToArray());
        Assert.Equal(
            [
                new RejectedRow(3, "manager_id 'anna' has a target for 2025-02 in an earlier row"),
                new RejectedRow(4, "manager_id 'anna' has a target for 2025-02 in an earlier row"),
                new RejectedRow(8, "target -1 is negative"),
                new RejectedRow(9, "target 'x' is not a number"),
                new RejectedRow(11, "manager_id 'vera' has a target for 2025-02 in an earlier row"),
            ],
            result.Rejected.ToArray());
    }

    [Fact]
    public void Import_ShortRowsAndChecksInOrder()
    {
        var result = Import("manager_id,month,target\nanna\nanna,2025-01\n,13.2025,-1\nanna,13.2025,-1\n  ,2025-01,1\n");

        Assert.Empty(result.Accepted);
        Assert.Equal(
            [
                new RejectedRow(2, $"month '' {NotAMonth}"),
                new RejectedRow(3, "target is empty"),
                new RejectedRow(4, "manager_id is empty"),
                new RejectedRow(5, $"month '13.2025' {NotAMonth}"),
                new RejectedRow(6, "manager_id is empty"),
            ],
            result.Rejected.ToArray());
    }

    [Theory]
    [InlineData("manager_id,month,target")]
    [InlineData("Менеджер;Месяц;План")]
    [InlineData("Ответственный;Период;План продаж")]
    [InlineData("Основной менеджер\tмесяц\tЦель")]
    [InlineData("manager,Month,plan")]
    [InlineData("Manager ID;MONTH;Target")]
    public void Import_RussianAndEnglishHeaders_FindEveryColumn(string header)
    {
        var delimiter = header.Contains('\t', StringComparison.Ordinal) ? '\t' : header.Contains(';', StringComparison.Ordinal) ? ';' : ',';

        var result = Import($"План продаж на 2025 год\n{header}\nanna{delimiter}2025-01{delimiter}100\n");

        Assert.Equal(Target("anna", 2025, 1, 100m), Assert.Single(result.Accepted));
        var names = header.Split(delimiter);
        Assert.Equal(2, result.Layout!.HeaderLine);
        Assert.Equal(delimiter, result.Layout.Delimiter);
        Assert.Equal(
            [("manager_id", names[0]), ("month", names[1]), ("target", names[2])],
            result.Layout.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
    }

    [Theory]
    [InlineData("month,target", "manager id column (one of 'manager_id', 'manager', 'Менеджер', 'Ответственный', 'Основной менеджер'); it has: month, target")]
    [InlineData("manager_id,target", "month column (one of 'month', 'Месяц', 'Период'); it has: manager_id, target")]
    [InlineData("manager_id,month", "target column (one of 'target', 'plan', 'План', 'План продаж', 'Цель'); it has: manager_id, month")]
    public void Import_WithoutARequiredColumn_Throws(string header, string missing)
    {
        var e = Assert.Throws<CsvImportException>(() => Import(header + "\nx,y\n"));

        Assert.Equal($"No header with the required columns in the first 50 lines. The header has no {missing}.", e.Message);
    }

    [Fact]
    public void Import_TheHeaderSearchDepth_IsTheDialects()
    {
        var e = Assert.Throws<CsvImportException>(() => Import("План\nmanager_id,month,target\nanna,2025-01,1\n", new ImportDialect { HeaderSearchLines = 1 }));

        Assert.StartsWith("No header with the required columns in the first 1 lines.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NullReader_Throws()
        => Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => ManagerTargetCsvImporter.Import(null!)).ParamName);

    [Fact]
    public void Import_ACancelledToken_StopsTheImport()
    {
        var text = "manager_id,month,target\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"m{i},2025-01,1\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var e = Assert.Throws<OperationCanceledException>(() => ManagerTargetCsvImporter.Import(new StringReader(text), null, cancelled.Token));

        Assert.Equal(cancelled.Token, e.CancellationToken);
        Assert.Equal(5000, ManagerTargetCsvImporter.Import(new StringReader(text)).Accepted.Length);
    }

    [Fact]
    public void ImportFile_ADepartmentsPlan_LoadsEveryRow()
    {
        var result = ManagerTargetCsvImporter.ImportFile(TestData.PathOf("department/targets.csv"));

        Assert.Empty(result.Rejected);
        Assert.Equal(48, result.Accepted.Length);
        Assert.Equal(Target("Иванов И.И.", 2025, 1, 1207000m), result.Accepted[0]);
        Assert.Equal(4, result.Accepted.Select(t => t.ManagerId).Distinct().Count());
        Assert.All(result.Accepted, t => Assert.Equal(2025, t.Month.Year));
        Assert.Equal(("utf-8", (char?)';', 1L), (result.Layout!.Encoding, result.Layout.Delimiter, result.Layout.HeaderLine));
    }

    [Fact]
    public void ImportFile_AWorkbook_ReadsDateCellsAsMonths_AndNumberCells()
    {
        var result = ManagerTargetCsvImporter.ImportFile(TestData.PathOf("1c/targets.xlsx"));

        Assert.Equal([Target("anna", 2025, 1, 1000.5m), Target("anna", 2025, 2, 1000.50m), Target("boris", 2025, 1, 0m)], result.Accepted.ToArray());
        Assert.Equal(
            [
                new RejectedRow(5, "manager_id 'boris' has a target for 2025-01 in an earlier row") { Sheet = "План" },
                new RejectedRow(6, "target -1 is negative") { Sheet = "План" },
            ],
            result.Rejected.ToArray());
        Assert.Equal((ImportFormat.Xlsx, "План", 1L), (result.Layout!.Format, result.Layout.Sheet, result.Layout.HeaderLine));
    }

    [Fact]
    public void ImportFile_TheDialectsSheetIsRead()
    {
        var e = Assert.Throws<CsvImportException>(() => ManagerTargetCsvImporter.ImportFile(TestData.PathOf("1c/targets.xlsx"), new ImportDialect { Sheet = "Факт" }));

        Assert.Equal("The workbook has no sheet 'Факт'; it has: 'План'.", e.Message);
    }

    [Fact]
    public void ImportFile_AWorkbook_HonoursACancelledToken()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ManagerTargetCsvImporter.ImportFile(TestData.PathOf("1c/targets.xlsx"), null, cancelled.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void ImportFile_WithoutAPath_Throws(string? path)
        => Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => ManagerTargetCsvImporter.ImportFile(path!)).ParamName);
}
