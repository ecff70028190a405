using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;
using SalesDomain.Testing;

namespace SalesDomain.Csv.Tests;

/// <summary>Import straight into a revenue matrix (docs/performance.md): same sums and rejections as the record path.</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 150)]
public class RevenueMatrixCsvImporterTests
{
    private static RevenueMatrixImport Import(string text, int periods = 3) =>
        RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 1, 15), periods);

    [Fact]
    public void SumsRowsPerClientAndMonth_WithIdsInOrdinalOrder()
    {
        var result = Import("client_id,date,amount\nc2,2024-01-03,10.5\nc10,2024-03-31,1\nc2,2024-01-20,-0.5\n\"c1\",2024-02-01,+2.25\n");
        Assert.Equal(["c1", "c10", "c2"], result.ClientIds.ToArray());
        Assert.Equal([0, 225, 0, 0, 0, 100, 1000, 0, 0], result.Matrix.Cents.ToArray());
        Assert.Equal(4, result.Accepted);
        Assert.Empty(result.Rejected);
        Assert.Equal(new DateOnly(2024, 1, 1), result.FirstPeriod);
    }

    [Fact]
    public void RejectsFractionsOfACent_DatesOutsideThePeriods_AndBadRows()
    {
        var result = Import("client_id,date,amount\nc1,2024-01-01,1.234\nc1,2024-04-01,1\nc1,2023-12-31,1\nc1,2024-02-30,1\n,2024-01-01,1\nc1,2024-01-01,1.230\n");
        Assert.Equal(
            [
                "line 2: amount 1.234 is not a whole number of cents within ±10000000000000",
                "line 3: date '2024-04-01' is outside the periods 2024-01-01..2024-03-31",
                "line 4: date '2023-12-31' is outside the periods 2024-01-01..2024-03-31",
                "line 5: date '2024-02-30' is not a date in the format yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time",
                "line 6: client_id is empty",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal(123, result.Matrix.Cents.Span[0]);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Segmentation_OfTheImportedMatrix_EqualsTheRecordLevelAnalyzer(ClientBase clientBase)
    {
        // The matrix's cells hold ±10¹³ (RevenueMatrix.MaxCents): rows up to 10¹² keep a client's month within it.
        var sales = clientBase.Sales.Where(s => s.Date < SalesGenerators.Epoch.AddMonths(24) && Math.Abs(s.Amount) <= 1_000_000_000_000m)
            .Select(s => new Sale(s.ClientId, s.Date, s.Amount)) // the three columns the matrix import reads
            .ToArray();
        var text = "client_id,date,amount\n" + string.Join("\n", sales.Select(s => FormattableString.Invariant($"{s.ClientId},{s.Date:yyyy-MM-dd},{s.Amount}")));
        var imported = RevenueMatrixCsvImporter.Import(new StringReader(text), SalesGenerators.Epoch, 24);
        var fast = ColumnarSegmentation.Segment(imported.Matrix);
        var recordBase = ClientBase.FromSales(sales);
        if (recordBase.Clients.Length == 0)
        {
            return imported.Matrix.Clients == 0;
        }

        // The matrix spans the 24 months from the epoch: the record-level analysis gets the same window.
        var window = new AnalysisWindow(SalesMonth.Of(SalesGenerators.Epoch), SalesMonth.Of(SalesGenerators.Epoch).AddMonths(23));
        var result = new SegmentationAnalyzer(new SegmentationOptions { Window = AnalysisWindowRule.Between(window.From, window.To) })
            .Analyze(recordBase, window.LastDay);
        return imported.Rejected.IsEmpty
               && imported.ClientIds.Select((id, i) => result.Abc.ClassOf(id) == fast.AbcOf(i)).All(same => same)
               && fast.PositiveTotal == result.Abc.PositiveTotal;
    }

    [Fact]
    public void RowsRead_CountsAcceptedAndRejectedRows()
    {
        var result = Import("client_id,date,amount\nc1,2024-01-01,1\nc1,2024-01-02,2\n,2024-01-01,1\n");

        Assert.Equal((2, 1, 3), (result.Accepted, result.Rejected.Length, result.RowsRead));
    }

    [Fact]
    public void Import_Stream_DecodesWithTheGivenEncoding()
    {
        // "Рђ" in Windows-1251 is the bytes D0 90, which are also valid UTF-8 (the letter "А"): only the given encoding tells.
        var bytes = ImportEncodings.Windows1251.GetBytes("client_id,date,amount\nРђ,2024-01-01,1.5\n");
        var options = new TransactionCsvOptions { Dialect = new ImportDialect { Encoding = ImportEncodings.Windows1251 } };
        using var stream = new MemoryStream(bytes);

        var result = RevenueMatrixCsvImporter.Import(stream, new DateOnly(2024, 1, 1), 1, options: options);

        Assert.Equal(["Рђ"], result.ClientIds.ToArray());
        Assert.Equal([150L], result.Matrix.Cents.ToArray());
    }

    [Fact]
    public void Import_NullReader_IsRefused()
        => Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => RevenueMatrixCsvImporter.Import((TextReader)null!, new DateOnly(2024, 1, 1), 1)).ParamName);
}
