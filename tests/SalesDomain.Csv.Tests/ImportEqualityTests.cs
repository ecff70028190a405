using System.Collections.Immutable;
using System.Text;
using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Csv.Tests;

/// <summary>Import results, layouts and options compare by content: the same file read twice gives equal values.</summary>
public class ImportEqualityTests
{
    private const string MixedFile = "1c/mixed_rows.csv";

    private static ImportResult<Sale> ImportMixed() => TransactionCsvImporter.ImportFile(TestData.PathOf(MixedFile));

    [Fact]
    public void SameFileImportedTwice_GivesEqualResults_WithEqualHashes()
    {
        var first = ImportMixed();
        var second = ImportMixed();

        Assert.NotEmpty(first.Accepted);
        Assert.NotEmpty(first.Rejected);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Layout, second.Layout);
        Assert.Equal(first.Layout!.GetHashCode(), second.Layout!.GetHashCode());
    }

    [Fact]
    public void OneRejectedRowChanged_MakesThemUnequal()
    {
        var result = ImportMixed();

        var otherReason = result with { Rejected = result.Rejected.SetItem(0, result.Rejected[0] with { Reason = "another reason" }) };
        var otherLine = result with { Rejected = result.Rejected.SetItem(1, result.Rejected[1] with { LineNumber = 99 }) };
        var oneFewer = result with { Rejected = result.Rejected.RemoveAt(result.Rejected.Length - 1) };

        Assert.NotEqual(result, otherReason);
        Assert.NotEqual(result, otherLine);
        Assert.NotEqual(result, oneFewer);
    }

    [Fact]
    public void OneAcceptedSaleChanged_MakesThemUnequal()
    {
        var result = ImportMixed();

        var otherAmount = result with { Accepted = result.Accepted.SetItem(0, result.Accepted[0] with { Amount = 1m }) };
        var otherManager = result with { Accepted = result.Accepted.SetItem(2, result.Accepted[2] with { ManagerId = "m1" }) };
        var reordered = result with { Accepted = [.. result.Accepted.Reverse()] };

        Assert.NotEqual(result, otherAmount);
        Assert.NotEqual(result, otherManager);
        Assert.NotEqual(result, reordered);
    }

    [Fact]
    public void CopiedLists_AreEqual_ButAnotherLayoutIsNot()
    {
        var result = ImportMixed();
        var copy = new ImportResult<Sale>([.. result.Accepted], [.. result.Rejected]) { Layout = result.Layout };
        var layout = result.Layout!;

        Assert.Equal(result, copy);
        Assert.Equal(result.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(result, copy with { Layout = null });
        Assert.NotEqual(result, copy with { Layout = layout with { Columns = layout.Columns.SetItem("client", "Клиент") } });
        Assert.NotEqual(result, copy with { Layout = layout with { Header = layout.Header.Add("") } });
    }

    [Fact]
    public void Layout_ComparesColumnsByKeyAndValueInAnyOrder()
    {
        var layout = TransactionCsvImporter.Sniff(TestData.PathOf("1c/sales_1251.csv"));
        var rebuilt = layout with
        {
            Header = [.. layout.Header],
            Columns = ImmutableDictionary.CreateRange(layout.Columns.Reverse()),
        };

        Assert.Equal(layout, rebuilt);
        Assert.Equal(layout.GetHashCode(), rebuilt.GetHashCode());
        Assert.Equal(layout, TransactionCsvImporter.Sniff(TestData.PathOf("1c/sales_1251.csv")));
    }

    [Fact]
    public void OptionsBuiltSeparately_AreEqual_WithEqualHashes()
    {
        static TransactionCsvOptions Build() => new()
        {
            Dialect = new ImportDialect { Encoding = Encoding.UTF8, Culture = NumberCulture.Russian, DateFormats = ["dd.MM.yyyy", "dd.MM.yy"] },
            Synonyms = new ColumnSynonyms { Client = ["Контрагент", "client"], Manager = ["Менеджер"] },
            ProfitColumn = "Прибыль",
            MissingClientMarkers = ["-", "NA"],
        };

        var first = Build();
        var second = Build();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Dialect, second.Dialect);
        Assert.Equal(first.Synonyms.GetHashCode(), second.Synonyms.GetHashCode());
        Assert.Equal(new TransactionCsvOptions(), TransactionCsvOptions.Default);
        Assert.Equal(new TransactionCsvOptions().GetHashCode(), TransactionCsvOptions.Default.GetHashCode());
        Assert.Equal(new ColumnSynonyms(), ColumnSynonyms.Default);
        Assert.Equal(new ImportDialect(), ImportDialect.Detect);
    }

    [Fact]
    public void Options_DifferingInOneListElement_AreUnequal()
    {
        var options = new TransactionCsvOptions { MissingClientMarkers = ["-", "NA"], DateFormat = "dd.MM.yyyy" };

        Assert.NotEqual(options, options with { MissingClientMarkers = ["-", "N/A"] });
        Assert.NotEqual(options, options with { MissingClientMarkers = ["NA", "-"] });
        Assert.NotEqual(options, options with { DateFormat = "dd.MM.yy" });
        Assert.NotEqual(options, options with { Synonyms = new ColumnSynonyms { Quantity = ["qty"] } });
        Assert.NotEqual(options.Dialect, options.Dialect with { DateFormats = null });
        Assert.NotEqual(options.Dialect, options.Dialect with { Encoding = Encoding.Unicode });
    }

    [Fact]
    public void RevenueMatrixImports_CompareListsByContent_AndTheMatrixByReference()
    {
        var import = Import();
        var copy = import with { ClientIds = [.. import.ClientIds], Rejected = [.. import.Rejected] };

        Assert.NotEmpty(import.Rejected);
        Assert.Equal(import, copy);
        Assert.Equal(import.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(import, copy with { Rejected = copy.Rejected.SetItem(0, copy.Rejected[0] with { Reason = "another reason" }) });
        Assert.NotEqual(import, copy with { ClientIds = copy.ClientIds.SetItem(0, "other") });

        // A second import sums into its own matrix: equal lists, but not an equal import (documented).
        var again = Import();
        Assert.Equal(import.ClientIds.ToArray(), again.ClientIds.ToArray());
        Assert.Equal(import.Rejected.ToArray(), again.Rejected.ToArray());
        Assert.Equal(import.Matrix.Cents.ToArray(), again.Matrix.Cents.ToArray());
        Assert.NotEqual(import, again);

        static RevenueMatrixImport Import()
        {
            using var stream = File.OpenRead(TestData.PathOf(MixedFile));
            return RevenueMatrixCsvImporter.Import(stream, new DateOnly(2024, 1, 1), 3, SalesPeriod.Month);
        }
    }
}
