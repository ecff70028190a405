using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// Any generated base written in any supported dialect reads back to the same rows and the same segmentation; the
/// dialect detector and the number and date grammars throw nothing but their documented exceptions on any input.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ImportArbitraries) }, MaxTest = 150)]
public class ImportDialectPropertyTests
{
    [Trait("Category", "Slow")]
    [Property]
    public bool AnyBase_WrittenInAnyDialect_ReadsBackUnchanged_WithTheSameSegmentation(Sale[] sales, WrittenDialect dialect)
    {
        var (bytes, options) = Write(sales, dialect);
        var result = TransactionCsvImporter.Import(new MemoryStream(bytes), options);

        var expected = new SegmentationAnalyzer().Analyze(ClientBase.FromSales(sales));
        var actual = new SegmentationAnalyzer().Analyze(ClientBase.FromSales(result.Accepted));
        return result.Rejected.IsEmpty
               && result.Accepted.Select(s => (s.ClientId, s.Date, s.Amount)).SequenceEqual(sales.Select(s => (s.ClientId, s.Date, s.Amount)))
               && actual.Abc.Entries.SequenceEqual(expected.Abc.Entries)
               && actual.Xyz.Entries.SequenceEqual(expected.Xyz.Entries);
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 1000)]
    public void NumberGrammar_OnAnyText_NeverThrows_AndAcceptsOnlyWhatItCanExplain(string text, NumberCulture culture)
    {
        if (NumberGrammar.TryParse(text, culture, out var value, out var problem))
        {
            Assert.Empty(problem);
            Assert.Equal(value, NumberGrammar.TryParse(value.ToString(CultureInfo.InvariantCulture), culture, out var again, out _) ? again : value + 1);
        }
        else
        {
            Assert.NotEmpty(problem);
        }
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 1000)]
    public void DateGrammar_OnAnyText_NeverThrows(string text) => DateGrammar.TryParse(text, null, out _);

    [Trait("Category", "Slow")]
    [Property(MaxTest = 2000)]
    public bool RussianDateFastPath_AgreesWithTheFramework(int days, byte form, byte hour, byte minute, byte second)
    {
        var date = new DateOnly(1950, 1, 1).AddDays(Math.Abs(days % 36_524));
        var time = new TimeOnly(hour % 25 % 24, minute % 61 % 60, second % 61 % 60);
        var text = (form % 6) switch
        {
            0 => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
            1 => date.ToString("dd.MM.yy", CultureInfo.InvariantCulture),
            2 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " " + time.ToString("H:mm:ss", CultureInfo.InvariantCulture),
            3 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " " + time.ToString("HH:mm", CultureInfo.InvariantCulture),
            4 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + $" {hour}:{minute:D2}",
            _ => $"{days % 40}.{form % 14}.{Math.Abs(days) % 3000}",
        };
        var fast = CsvFields.TryRussianDate(text, out var y, out var m, out var d);
        var framework = DateTime.TryParseExact(text, DateGrammar.AutoFormats.ToArray(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        return !fast || framework && new DateOnly(y, m, d) == DateOnly.FromDateTime(parsed);
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 300)]
    public void Detector_OnAnyBytes_ThrowsOnlyImportErrors(byte[] bytes)
    {
        try
        {
            TransactionCsvImporter.Import(new MemoryStream(bytes));
        }
        catch (CsvImportException e)
        {
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 300)]
    public void Detector_OnAnyText_ThrowsOnlyImportErrors(string text)
    {
        try
        {
            var result = TransactionCsvImporter.Import(new StringReader("client_id;date;amount\n" + text));
            Assert.All(result.Rejected, r => Assert.DoesNotContain(r.ToString(), c => char.IsControl(c)));
        }
        catch (CsvImportException)
        {
        }
    }

    [Fact]
    public void NumberGrammar_Examples()
    {
        (string Text, NumberCulture Culture, decimal? Value)[] cases =
        [
            ("1234.50", NumberCulture.Auto, 1234.50m), ("1 234,50", NumberCulture.Auto, 1234.50m), ("1\u202F234,5", NumberCulture.Auto, 1234.5m),
            ("1234,50", NumberCulture.Auto, 1234.50m), ("1,234", NumberCulture.Auto, null), ("1,234", NumberCulture.Russian, 1.234m),
            ("1,234", NumberCulture.Invariant, 1234m), ("1,234.50", NumberCulture.Auto, 1234.50m), ("1.234,50", NumberCulture.Auto, 1234.50m),
            ("-1 234,50 руб.", NumberCulture.Auto, -1234.50m), ("$1,000.25", NumberCulture.Invariant, 1000.25m), ("₽ 75", NumberCulture.Auto, 75m),
            ("0,123", NumberCulture.Auto, 0.123m), ("1,5", NumberCulture.Invariant, null), ("12 34", NumberCulture.Auto, null),
            ("1e3", NumberCulture.Auto, null), ("", NumberCulture.Auto, null), ("−5", NumberCulture.Auto, -5m), ("5%", NumberCulture.Auto, null),
        ];
        foreach (var (text, culture, value) in cases)
        {
            var ok = NumberGrammar.TryParse(text, culture, out var parsed, out _);
            Assert.True(ok == value.HasValue && (!ok || parsed == value), $"{text} ({culture}): {ok} {parsed}");
        }
    }

    private static (byte[] Bytes, TransactionCsvOptions? Options) Write(Sale[] sales, WrittenDialect dialect)
    {
        var ru = (Func<DateOnly, string>)(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " 0:00:00");
        return dialect switch
        {
            WrittenDialect.Plain => (Text(sales, ',', ["client_id", "date", "amount"], [], s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s => s.Amount.ToString(CultureInfo.InvariantCulture), new UTF8Encoding(false), "\n"), null),
            WrittenDialect.OneC => (Text(sales, ';', ["Контрагент", "Дата", "Сумма"], ["Валовая прибыль предприятия;;", ";;"], s => ru(s.Date),
                s => ImportArbitraries.Russian(s.Amount), ImportEncodings.Windows1251, "\r\n"), null),
            WrittenDialect.TabUtf16 => (Text(sales, '\t', ["CustomerID", "InvoiceDate", "Revenue"], [], s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s => ImportArbitraries.Invariant(s.Amount), new UnicodeEncoding(false, true), "\n"),
                new TransactionCsvOptions { Dialect = new ImportDialect { Culture = NumberCulture.Invariant } }),
            WrittenDialect.QuotedAll => (Text(sales, ',', ["Клиент", "Дата отгрузки", "Выручка"], ["\"Отчёт\""], s => s.Date.ToString("dd.MM.yy", CultureInfo.InvariantCulture),
                s => ImportArbitraries.Russian(s.Amount) + " ₽", new UTF8Encoding(true), "\r\n", quoteAll: true), null),
            _ => (Workbook(sales), null),
        };
    }

    private static byte[] Text(
        Sale[] sales, char delimiter, string[] header, string[] title, Func<Sale, string> date, Func<Sale, string> amount, Encoding encoding,
        string newLine, bool quoteAll = false)
    {
        var text = new StringWriter { NewLine = newLine };
        foreach (var line in title)
        {
            text.WriteLine(line);
        }

        using (var writer = new SepWriterOptions(new Sep(delimiter)) { Escape = true, WriteHeader = false }.To(text))
        {
            void Write(params string[] fields)
            {
                if (quoteAll)
                {
                    // Sep quotes only where needed; Excel's and pandas' "quote all" quotes every field.
                    text.WriteLine(string.Join(delimiter, fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
                    return;
                }

                using var row = writer.NewRow();
                for (var i = 0; i < fields.Length; i++)
                {
                    row[i.ToString(CultureInfo.InvariantCulture)].Set(fields[i]);
                }
            }

            Write(header);
            foreach (var sale in sales)
            {
                Write(sale.ClientId, date(sale), amount(sale));
            }
        }

        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static byte[] Workbook(Sale[] sales)
    {
        var rows = new List<Dictionary<string, object?>> { new() { ["A"] = "Продажи за период", ["B"] = null, ["C"] = null } };
        rows.Add(new() { ["A"] = "Контрагент", ["B"] = "Дата", ["C"] = "Сумма" });
        rows.AddRange(sales.Select(s => new Dictionary<string, object?>
        {
            // A workbook number holds 15 significant digits (Excel's precision): longer amounts go in as text cells.
            ["A"] = s.ClientId, ["B"] = s.Date.ToDateTime(TimeOnly.MinValue),
            ["C"] = Math.Abs(s.Amount) < 1e13m ? s.Amount : s.Amount.ToString(CultureInfo.InvariantCulture),
        }));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false);
        return stream.ToArray();
    }
}
