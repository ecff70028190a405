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

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(RevenueMatrix.MaxPeriods + 1)]
    public void Periods_OutsideOneToTheMaximum_AreRefused(int periods)
    {
        // Refused before the file is read: this one has no header at all.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Import("not a transactions file\n", periods));

        Assert.Equal(("periods", (object)periods), (error.ParamName, error.ActualValue));
    }

    [Fact]
    public void Periods_AtTheMaximum_SpanThatManyMonths()
    {
        // 1,000 months from January 2024 end with April 2107.
        var result = Import("client_id,date,amount\nc1,2107-04-30,1\nc1,2107-05-01,1\nc1,2024-01-01,2\n", RevenueMatrix.MaxPeriods);

        Assert.Equal(RevenueMatrix.MaxPeriods, result.Matrix.Periods);
        Assert.Equal((200L, 100L), (result.Matrix.Cents.Span[0], result.Matrix.Cents.Span[RevenueMatrix.MaxPeriods - 1]));
        Assert.Equal(["line 3: date '2107-05-01' is outside the periods 2024-01-01..2107-04-30"], result.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void Months_StartAtTheMonthOfTheFirstDate()
    {
        var text = "client_id,date,amount\nc1,2024-01-31,1\nc1,2024-02-01,2\nc1,2024-03-31,4\nc1,2024-04-01,8\n";

        var result = RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 2, 10), 2);

        Assert.Equal([200L, 400L], result.Matrix.Cents.ToArray());
        Assert.Equal(new DateOnly(2024, 2, 1), result.FirstPeriod);
        Assert.Equal([2L, 5L], result.Rejected.Select(r => r.LineNumber));
    }

    [Fact]
    public void Quarters_SumTheirThreeMonths_FromTheQuarterOfTheFirstDate()
    {
        var text = "client_id,date,amount\nc1,2024-01-01,1\nc1,31.03.2024,2\nc1,2024-04-01,4\nc1,2024-06-30,8\nc1,2024-07-01,16\nc1,31.12.2023,32\n";

        var result = RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 2, 15), 2, SalesPeriod.Quarter);

        Assert.Equal([300L, 1200L], result.Matrix.Cents.ToArray());
        Assert.Equal(new DateOnly(2024, 1, 1), result.FirstPeriod);
        Assert.Equal(
            [
                "line 6: date '2024-07-01' is outside the periods 2024-01-01..2024-06-30",
                "line 7: date '31.12.2023' is outside the periods 2024-01-01..2024-06-30",
            ],
            result.Rejected.Select(r => r.ToString()));
    }

    /// <summary>
    /// Rows the record importer accepts or rejects, for every layout: plain ISO rows (read by the matrix's own fast
    /// path) and rows only the general parser reads (other date formats, profit, quantity, a price factor).
    /// </summary>
    public static TheoryData<string, string?> MessyFiles => new()
    {
        {
            "client_id,date,amount\nc1,2024-01-05,10\nc1,05.02.2024,2.5\nN/A,2024-01-05,1\nna,2024-01-05,1\nNadia,2024-01-05,1\nc2,2024-01-05\n"
            + "c2,2024-13-01,1\nc2,2024-01-05,abc\n,2024-01-05,1\n  c3  , 2024-03-01 , 7.25 \nc3,2024-03-01,-7\nc3,2024-03-01,1e2\n(пусто),2024-01-05,1\n",
            null
        },
        {
            "client_id,date,amount,profit\nc1,2024-01-05,10,1\nc1,2024-02-05,2.5,x\nN/A,2024-01-05,1,1\nNadia,2024-01-05,1,\nc2,2024-01-05\n"
            + "c2,2024-01-05,3,0.5\n,2024-01-05,1,1\nc3,2024-03-01,-7,-1\n",
            null
        },
        {
            "client_id,date,amount,quantity\nc1,2024-01-05,10,1\nc1,2024-02-05,2.5,x\nc2,2024-01-05,3,\nc2,2024-01-05,3,-2\n-,2024-01-05,1,1\nc3,2024-03-01,-7,1\n",
            null
        },
        {
            "client_id,date,qty,price\nc1,2024-01-05,2,1.25\nc1,2024-02-05,x,1\nc2,2024-01-05,3,\nc2,2024-03-05,-1,4.5\nnull,2024-01-05,1,1\n",
            "qty*price"
        },
    };

    [Theory]
    [MemberData(nameof(MessyFiles))]
    public void RejectsTheSameRows_AndSumsTheSameSales_AsTheRecordImporter(string text, string? amountColumn)
    {
        var options = amountColumn is null ? TransactionCsvOptions.Default : new TransactionCsvOptions { AmountColumn = amountColumn };
        var records = TransactionCsvImporter.Import(new StringReader(text), options);

        var result = RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 1, 1), 3, options: options);

        Assert.Equal(records.Rejected.ToArray(), result.Rejected.ToArray());
        Assert.Equal(records.Accepted.Length, result.Accepted);
        var ids = records.Accepted.Select(s => s.ClientId).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(ids, result.ClientIds.ToArray());
        var expected = ids.SelectMany(id => Enumerable.Range(1, 3).Select(month =>
            (long)(records.Accepted.Where(s => s.ClientId == id && s.Date.Month == month).Sum(s => s.Amount) * 100m))).ToArray();
        Assert.Equal(expected, result.Matrix.Cents.ToArray());
        Assert.Equal(records.Layout, result.Layout);
    }

    [Fact]
    public void APeriodsTotal_IsKeptWithinTheCellBound_RowByRow()
    {
        // ±10¹³ in currency is the cell bound (RevenueMatrix.MaxCents = 10¹⁵ cents): a row may reach it exactly (in
        // either reading path), the row that would take a total beyond it is rejected and the total stays as it was.
        var text = "client_id,date,amount\nc1,2024-01-01,6000000000000\nc1,2024-01-02,4000000000000\nc1,2024-01-03,0.01\n"
                   + "c2,01.01.2024,-10000000000000\nc2,2024-01-01,-0.01\nc2,2024-01-02,0.01\n"
                   + "c3,2024-02-01,10000000000000.01\nc3,2024-02-01,99999999999999999\nc3,2024-02-01,1.005\nc3,01.02.2024,-10000000000000.01\n";

        var result = Import(text);

        Assert.Equal(["c1", "c2"], result.ClientIds.ToArray()); // c3's rows are all rejected: it is not a client of the matrix
        Assert.Equal([1_000_000_000_000_000L, 0, 0, -999_999_999_999_999L, 0, 0], result.Matrix.Cents.ToArray());
        Assert.Equal(
            [
                "line 4: amount '0.01' takes the period's total beyond ±10000000000000",
                "line 6: amount '-0.01' takes the period's total beyond ±10000000000000",
                "line 8: amount 10000000000000.01 is not a whole number of cents within ±10000000000000",
                "line 9: amount '99999999999999999' is outside the supported range ±1000000000000000 (docs/model.md)",
                "line 10: amount 1.005 is not a whole number of cents within ±10000000000000",
                "line 11: amount -10000000000000.01 is not a whole number of cents within ±10000000000000",
            ],
            result.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void ManyClients_GrowTheBuffer_KeepingEveryCell()
    {
        // The buffer starts with room for 1,024 clients and doubles; 5,000 clients in reverse order cross it three times.
        var rows = Enumerable.Range(0, 5000).Reverse()
            .Select(i => FormattableString.Invariant($"k{i:D5},2024-0{1 + (i % 3)}-10,{i}.{i % 100:D2}"));
        var result = Import("client_id,date,amount\n" + string.Join("\n", rows) + "\nk00007,2024-01-11,1\n");

        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"k{i:D5}"), result.ClientIds);
        var expected = Enumerable.Range(0, 5000).SelectMany(i => Enumerable.Range(0, 3)
            .Select(column => (column == i % 3 ? (i * 100L) + (i % 100) : 0L) + (i == 7 && column == 0 ? 100 : 0)));
        Assert.Equal(expected, result.Matrix.Cents.ToArray());
    }

    [Fact]
    public void ACancelledToken_StopsTheImport()
    {
        var text = "client_id,date,amount\n" + string.Concat(Enumerable.Repeat("c1,2024-01-01,1\n", 5000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var e = Assert.Throws<OperationCanceledException>(
            () => RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 1, 1), 1, cancellationToken: cancelled.Token));

        Assert.Equal(cancelled.Token, e.CancellationToken);
        Assert.Equal(5000, RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 1, 1), 1, cancellationToken: CancellationToken.None).Accepted);
    }
}
