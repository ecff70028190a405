using System.Diagnostics;
using System.Text;
using SalesDomain.Csv;
using SalesDomain.Forecast;

namespace SalesDomain.Csv.Tests;

/// <summary>The importer defects of docs/import.md "Nothing silently wrong": each failed before the fix.</summary>
public class ImporterDefectTests
{
    private static ImportResult<SalesDomain.Model.Sale> Import(string text, TransactionCsvOptions? options = null)
        => TransactionCsvImporter.Import(new StringReader(text), options);

    [Fact]
    public void StrayOpeningQuote_RejectsOnlyItsLine_AndLaterRowsLoad()
    {
        var result = Import("client_id,date,amount\nc1,2024-01-01,1\n\"c2,2024-01-02,2\nc3,2024-01-03,3\nc4,2024-01-04,4\n");

        Assert.Equal(["c1", "c3", "c4"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal(3L, Assert.Single(result.Rejected).LineNumber);
        Assert.Equal(4, result.RowsRead);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void StrayQuote_InALargeFile_KeepsEveryClient_AndStaysLinear()
    {
        var text = new StringBuilder("client_id,date,amount\n\"c0,2024-01-01,1\n");
        for (var i = 1; i <= 32_000; i++)
        {
            text.Append('c').Append(i).Append(",2024-01-01,1\n");
        }

        var clock = Stopwatch.StartNew();
        var result = Import(text.ToString());

        Assert.Equal(32_000, result.Accepted.Select(s => s.ClientId).Distinct().Count());
        Assert.Equal(32_001, result.RowsRead);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("c1,2024-01-01,1,000")]
    [InlineData("c1,2024-01-01,2,500.75")]
    public void MoreFieldsThanTheHeader_IsRejected_NeverTruncated(string row)
    {
        var result = Import("client_id,date,amount\n" + row + "\n");

        Assert.Empty(result.Accepted);
        Assert.Contains("has 4 fields but the header has 3", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Windows1251Names_AreDecoded_NeverReplaced()
    {
        var bytes = ImportEncodings.Windows1251.GetBytes("client_id;date;amount\nООО Альфа;01.01.2024;1\nООО Бета;01.01.2024;2\n");
        var detected = TransactionCsvImporter.Import(new MemoryStream(bytes));
        Assert.Equal(["ООО Альфа", "ООО Бета"], detected.Accepted.Select(s => s.ClientId));

        var forcedUtf8 = TransactionCsvImporter.Import(
            new MemoryStream(bytes), new TransactionCsvOptions { Dialect = new ImportDialect { Encoding = Encoding.UTF8 } });
        Assert.Empty(forcedUtf8.Accepted);
        Assert.All(forcedUtf8.Rejected, r => Assert.Contains("not valid in the file's encoding", r.Reason));
    }

    /// <summary>Buffers follow a seekable stream's size: a stream read from a later position, or tiny, or past 64 KiB, reads the same rows.</summary>
    [Theory]
    [InlineData(0, 2)]
    [InlineData(37, 2)]
    [InlineData(0, 5_000)]
    [InlineData(70_000, 5_000)]
    public void SeekableStream_FromItsPosition_ReadsEveryRow(int prefix, int rows)
    {
        var text = new StringBuilder("client_id;date;amount\n");
        for (var n = 0; n < rows; n++)
        {
            text.Append($"ООО Клиент {n};01.01.2024;1 234,5{n % 10}\n");
        }

        var bytes = ImportEncodings.Windows1251.GetBytes(text.ToString());
        var stream = new MemoryStream([.. new byte[prefix].Select(_ => (byte)'#'), .. bytes]) { Position = prefix };
        var fromPosition = TransactionCsvImporter.Import(stream);
        var unseekable = TransactionCsvImporter.Import(new UnseekableStream(bytes));

        Assert.Equal(rows, fromPosition.Accepted.Length);
        Assert.Empty(fromPosition.Rejected);
        Assert.Equal("ООО Клиент 0", fromPosition.Accepted[0].ClientId);
        Assert.Equal(unseekable.Accepted.Select(s => (s.ClientId, s.Amount)), fromPosition.Accepted.Select(s => (s.ClientId, s.Amount)));
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Theory]
    [InlineData("client_id,date,amount,amount\n", "amount")]
    [InlineData("client_id,date,Amount,amount\n", "amount")]
    [InlineData("client_id,Date,date,amount\n", "date")]
    public void DuplicateHeaderNames_AreAnErrorNamingThem(string header, string name)
    {
        var e = Assert.Throws<CsvImportException>(() => Import(header + "c1,2024-01-01,1,1\n"));
        Assert.Contains($"names the {name} column more than once", e.Message);
    }

    [Fact]
    public void EmptyHeaderCells_AsExcelWritesThem_AreIgnored()
    {
        var result = Import("client_id,date,amount,,\nc1,2024-01-01,5,,\nc2,2024-01-02,6\n");

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Accepted.Length);
    }

    [Theory]
    [InlineData("12345678901234567890123456789")]
    [InlineData("0.12345678901234567890123456789")]
    [InlineData("1 234 567 890 123 456 789 012 345 678,9")]
    public void MoreThan28SignificantDigits_IsRejected_NeverRounded(string amount)
    {
        var result = Import($"client_id;date;amount\nc1;2024-01-01;{amount}\n");

        Assert.Contains("more than 28 significant digits", Assert.Single(result.Rejected).Reason);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("5\u00A0", true)]
    [InlineData("1\u00A0234,5", true)]
    [InlineData("1,234", false)]
    [InlineData("5 %", false)]
    [InlineData("0x10", false)]
    public void EveryImporter_ReadsNumbersByOneGrammar(string amount, bool accepted)
    {
        var text = $"client_id;date;amount\nc1;2024-01-01;{amount}\n";
        var transactions = Import(text);
        var matrix = RevenueMatrixCsvImporter.Import(new StringReader(text), new DateOnly(2024, 1, 1), 1);
        var monthly = MonthlySalesCsvImporter.Import(new StringReader($"agent_id;client_id;month;amount\na1;c1;2024-01;{amount}\n"));
        var deals = DealCsvImporter.Import(new StringReader($"deal_id;client_id;manager_id;amount;stage;expected_close\nd1;c1;m1;{amount};30;2024-02-01\n"));

        Assert.Equal(
            [accepted, accepted, accepted, accepted],
            new[] { transactions.Accepted.Length, matrix.Accepted, monthly.Accepted.Length, deals.Accepted.Length }.Select(n => n == 1));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void InputEchoedInMessages_HasControlCharactersEscaped()
    {
        var result = Import("client_id,date,amount\nc1,\"2024-01-01\nrejected x line 99: forged\",1\nc2,2024-01-01,\"\u001B[31m1\"\n");

        Assert.Equal(2, result.Rejected.Length);
        Assert.All(result.Rejected, r => Assert.DoesNotContain(r.ToString(), c => char.IsControl(c)));
        Assert.Contains("\\n", result.Rejected[0].Reason);
        Assert.Contains("\\u001B", result.Rejected[1].Reason);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData(" null ")]
    [InlineData("-")]
    public void MissingValueMarkers_AreNotAClient(string id)
    {
        var result = Import($"client_id,date,amount\n{id},2024-01-01,1\nc1,2024-01-01,1\n");

        Assert.Equal(["c1"], result.Accepted.Select(s => s.ClientId));
        Assert.Contains("marks a missing client id", Assert.Single(result.Rejected).Reason);
    }

    [Theory]
    [InlineData("Выставлен счёт", 100)]
    [InlineData("выставлен счет", 100)]
    [InlineData("Расчёт отправлен", 30)]
    [InlineData("РАСЧЕТ ОТПРАВЛЕН", 30)]
    [InlineData("Согласовано с ЛПР", 70)]
    [InlineData("Invoice issued", 100)]
    [InlineData("0", 0)]
    [InlineData("0%", 0)]
    [InlineData("Нет критериев", 0)]
    public void DealStages_InRussianAndEnglish_AndUnqualified(string stage, int percent)
    {
        var result = DealCsvImporter.Import(new StringReader(
            $"Сделка;Контрагент;Менеджер;Сумма;Этап;Ожидаемая дата закрытия\nd1;c1;m1;1 000,00;{stage};01.02.2026\n"));

        var deal = Assert.Single(result.Accepted);
        Assert.Equal(percent / 100m, DealPolicy.Default.ProbabilityOf(deal));
        Assert.Equal(1000m, deal.Amount);
    }
}
