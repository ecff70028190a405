using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The per-month importer (docs/performance.md, "Export to segments") against the general transactions importer: on any
/// file it reads, the same clients, the same cents per client and month, the decimals written, the same rejected rows
/// with their lines and reasons, the same dates and summary, whatever the block size (boundaries inside lines, fields
/// and characters) and the number of threads; and null, never a different answer, for every kind of file it leaves
/// to the general importer.
/// </summary>
public sealed class MonthlyRevenueCsvImporterTests : IDisposable
{
    private static readonly NumberFormatInfo Invariant = CultureInfo.InvariantCulture.NumberFormat;
    private readonly string _dir = Directory.CreateTempSubdirectory("monthly-revenue-").FullName;
    private int _files;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>How a generated file is written.</summary>
    public enum Flavour
    {
        /// <summary>client_id,date,amount in UTF-8, ISO dates and plain amounts.</summary>
        Plain,

        /// <summary>The same with a byte-order mark and CRLF line ends.</summary>
        PlainBomCrlf,

        /// <summary>A 1C export: title lines, Russian headers, semicolons, dd.MM.yyyy H:mm:ss, 1 234,50, Windows-1251.</summary>
        OneC,

        /// <summary>The 1C layout in UTF-8.</summary>
        OneCUtf8,

        /// <summary>A profit column: every row goes through the general row parser.</summary>
        WithProfit,

        /// <summary>Columns after the amount (manager, comment): rows may be shorter than the header.</summary>
        Wide,
    }

    /// <summary>A generated file: its flavour, its data lines (without line ends), whether the last has a line end.</summary>
    public sealed record Case(Flavour Flavour, string[] Lines, bool FinalNewline, int BlockSize, int Threads)
    {
        public override string ToString() =>
            $"{Flavour}, block {BlockSize}, {Threads} thread(s), final newline {FinalNewline}:\n{string.Join('\n', Lines)}";
    }

    private static readonly string[] AsciiIds = ["c1", "c2", "C10", "c-3", "a", "z9", "client-with-a-long-identifier-0001", "client-with-a-long-identifier-0002"];
    private static readonly string[] CyrillicIds = ["Ж1", "ООО Ёлка", "ИП Петров", "ооо ёлка"];

    private static Gen<Case> Cases() =>
        from flavour in Gen.Elements(Enum.GetValues<Flavour>())
        from lines in Line(flavour).ListOf()
        from finalNewline in Gen.Elements(true, false)
        from blockSize in Gen.Elements(1, 2, 3, 5, 8, 13, 31, 64, 200, 4096, MonthlyRevenueCsvImporter.DefaultBlockSize)
        from threads in Gen.Elements(1, 2, 3)
        select new Case(flavour, [.. lines], finalNewline, blockSize, threads);

    private static bool IsOneC(Flavour flavour) => flavour is Flavour.OneC or Flavour.OneCUtf8;

    private static Gen<string> Line(Flavour flavour)
    {
        var d = IsOneC(flavour) ? ";" : ",";
        var ids = IsOneC(flavour) || flavour == Flavour.Wide ? AsciiIds.Concat(CyrillicIds).ToArray() : AsciiIds;
        var id = Gen.Frequency(
            (12, Gen.Elements(ids)),
            (1, Gen.Elements(ids).Select(i => $" {i}  ")),
            (1, Gen.Elements("NA", "n/a", "—", "(пусто)", string.Empty, "  ")));
        var date = from day in Gen.Choose(0, (3 * 365) + 30)
                   let value = new DateOnly(2023, 1, 1).AddDays(day)
                   from form in Gen.Frequency(
                       (8, Gen.Constant(IsOneC(flavour) ? value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + (day % 2 == 0 ? " 0:00:00" : " 13:05:59") : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                       (2, Gen.Constant(value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))),
                       (1, Gen.Constant($" {value:yyyy-MM-dd} ")),
                       (1, Gen.Elements("2024-13-01", "2024-02-30", "31.02.2024", "yesterday", string.Empty, " ")))
                   select form;
        var row = from i in id
                  from dt in date
                  from a in Amount(flavour)
                  from tail in Tail(flavour, d)
                  select i + d + dt + d + a + tail;
        return Gen.Frequency(
            (20, row),
            (1, Gen.Elements(string.Empty, d + d, $" {d} {d} ", "   ")),
            (1, from i in id from dt in date select i + d + dt),
            (1, from i in id from dt in date from a in Amount(flavour) select $"{i}{d}{dt}{d}{a}{d}x{d}y{d}z{d}w"));
    }

    private static Gen<string> Tail(Flavour flavour, string d) => flavour switch
    {
        Flavour.WithProfit => Gen.Elements(d + "10.5", d, d + "-3", d + "abc").Select(p => IsOneC(flavour) ? p.Replace('.', ',') : p),
        Flavour.Wide => Gen.Elements(string.Empty, d + "m1", d + "m2" + d + "note", d + d, d + "m1" + d),
        _ => Gen.Frequency((9, Gen.Constant(string.Empty)), (1, Gen.Constant(d))),
    };

    /// <summary>Amounts in every form the plain path, the Russian path and the general grammar read, and some they refuse.</summary>
    private static Gen<string> Amount(Flavour flavour)
    {
        var cents = Gen.Frequency(
            (6, Gen.Choose(-50_000, 500_000).Select(c => (long)c)),
            (1, Gen.Elements(0L, 1L, -1L, 99L, 100L, 1_000_000_000_000_000L, -1_000_000_000_000_000L, 999_999_999_999_999L)),
            (1, Gen.Choose(0, 1_000_000).Select(c => c * 1_000_003L)));
        var plain = from c in cents
                    from scale in Gen.Elements(0, 1, 2)
                    select Plain(c, scale);
        var signed = Gen.Elements("+5", "+0.50", "-0", "-0.00", "0.0", " 7 ", "007", "10.", ".5", "-.25", "1,5");
        var bad = Gen.Elements("ten", "1.2.3", "--5", "1e3", "5-", "$");
        if (!IsOneC(flavour))
        {
            return Gen.Frequency((12, plain), (2, signed), (1, bad));
        }

        var russian = from c in cents
                      from scale in Gen.Elements(0, 1, 2)
                      from separator in Gen.Elements(' ', '\u00A0', '\u202F', '\u2009')
                      select Russian(c, scale, separator);
        var odd = Gen.Elements("1 23", "12 3456", "1234 567", " 1 234,5 ", "-0,00", "-1 234", "1,", "1 234.50", "12,3", "1\u00A0000\u00A0000,01");
        return Gen.Frequency((8, russian), (4, plain), (2, odd), (1, bad));
    }

    private static string Plain(long cents, int scale)
    {
        var value = scale switch { 0 => cents / 100, 1 => cents / 10 / 10m, _ => cents / 100m };
        return scale switch
        {
            0 => ((long)value).ToString(Invariant),
            1 => value.ToString("0.0", Invariant),
            _ => value.ToString("0.00", Invariant),
        };
    }

    private static string Russian(long cents, int scale, char separator)
    {
        var text = Plain(cents, scale);
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var groups = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                groups.Append(separator);
            }

            groups.Append(whole[i]);
        }

        return (negative ? "-" : string.Empty) + groups + (point < 0 ? string.Empty : "," + digits[(point + 1)..]);
    }

    private static (byte[] Bytes, TransactionCsvOptions Options) Render(Case c)
    {
        var newline = c.Flavour is Flavour.PlainBomCrlf or Flavour.OneC ? "\r\n" : "\n";
        var header = c.Flavour switch
        {
            Flavour.OneC or Flavour.OneCUtf8 => $"Продажи за период{newline};;{newline}Контрагент;Дата;Сумма",
            Flavour.WithProfit => "client_id,date,amount,profit",
            Flavour.Wide => "client_id,date,amount,manager_id,comment",
            _ => "client_id,date,amount",
        };
        var text = header + newline + string.Join(newline, c.Lines) + (c.FinalNewline && c.Lines.Length > 0 ? newline : string.Empty);
        var bytes = c.Flavour switch
        {
            Flavour.OneC => ImportEncodings.Windows1251.GetBytes(text),
            Flavour.PlainBomCrlf => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        return (bytes, TransactionCsvOptions.Default);
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_dir, $"sales-{Interlocked.Increment(ref _files)}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 300)]
    public Property AnyFileItReads_GivesWhatTheGeneralImporterGives() => Prop.ForAll(Arb.From(Cases()), c =>
    {
        var (bytes, options) = Render(c);
        var path = Write(bytes);
        var general = TransactionCsvImporter.ImportFile(path, options);
        var fast = MonthlyRevenueCsvImporter.TryImportFile(path, options, c.Threads, c.BlockSize, CancellationToken.None);
        if (general.Accepted.Any(s => s.Amount.Scale > 2))
        {
            // "10." reads as 10 with one decimal written... anything beyond cents leaves the file to the general importer.
            Assert.Null(fast);
            return;
        }

        Assert.NotNull(fast);
        AssertSame(general, fast);
    });

    [Fact]
    public void AFileOfEveryForm_InSmallBlocks_GivesWhatTheGeneralImporterGives()
    {
        var lines = new[]
        {
            "Ж1;01.01.2024 0:00:00;1 234,50", "Ж1;15.01.2024 10:00:00;-234,5", "c1;31.01.2024 23:59:59;10", "c1;01.02.2024 0:00:00;0,01",
            " c1 ;02.02.2024;7", "NA;02.02.2024;7", ";02.02.2024;7", "c2;2024-02-03;1\u00A0000\u00A0000,99", "c2;30.02.2024;5",
            "c2;03.03.2024;ten", "c3;03.03.2024", "c3;03.03.2024;1;2;3", string.Empty, ";;", "ООО Ёлка;04.03.2024;-0,00",
            "ооо ёлка;04.03.2024;+5", "c4;05.03.2024;12 3456", "c5;06.03.2024;1 234.50", "c6;07.03.2024;12,3", "c7;31.12.2025;10000000000000",
        };
        foreach (var flavour in new[] { Flavour.OneC, Flavour.OneCUtf8 })
        {
            foreach (var blockSize in new[] { 1, 2, 7, 64, 4096 })
            {
                foreach (var threads in new[] { 1, 2 })
                {
                    var (bytes, options) = Render(new Case(flavour, lines, true, blockSize, threads));
                    var path = Write(bytes);
                    var fast = MonthlyRevenueCsvImporter.TryImportFile(path, options, threads, blockSize, CancellationToken.None);
                    Assert.NotNull(fast);
                    AssertSame(TransactionCsvImporter.ImportFile(path, options), fast);
                }
            }
        }
    }

    [Fact]
    public void TheResult_IsExact()
    {
        var path = Write(Encoding.UTF8.GetBytes(
            "client_id,date,amount\nb,2024-01-31,10.5\na,2024-01-01,1\nb,2024-01-02,0.25\n\nb,2024-03-05,-3\nЖ,2024-02-29,7\nb,2024-13-01,1\n"));

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path)!;

        Assert.Equal(["a", "b", "Ж"], fast.ClientIds.AsEnumerable());
        Assert.Equal(5, fast.Accepted);
        Assert.Equal([new RejectedRow(8, "date '2024-13-01' is not a date in the format yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time")], fast.Rejected.AsEnumerable());
        Assert.Equal(6, fast.RowsRead);
        Assert.Equal("6 rows read: 5 accepted, 1 rejected", fast.Summary);
        Assert.Equal(new DateOnly(2024, 1, 1), fast.Earliest);
        Assert.Equal(new DateOnly(2024, 3, 5), fast.Latest);
        Assert.Equal("utf-8", fast.Layout.Encoding);

        var matrix = fast.TryWindow(new AnalysisWindow(new SalesMonth(2023, 12), new SalesMonth(2024, 3)), out var scales)!;
        Assert.Equal(3, matrix.Clients);
        Assert.Equal(4, matrix.Periods);
        Assert.Equal([0L, 100, 0, 0, /* b */ 0, 1075, 0, -300, /* Ж */ 0, 0, 700, 0], matrix.Cents.ToArray());
        Assert.Equal([0, 2, 0], scales);

        // A window without b's decimals: its scale is that of the amounts inside the window only.
        var march = fast.TryWindow(new AnalysisWindow(new SalesMonth(2024, 2), new SalesMonth(2024, 3)), out var marchScales)!;
        Assert.Equal([0L, 0, 0, -300, 700, 0], march.Cents.ToArray());
        Assert.Equal([0, 0, 0], marchScales);
    }

    [Fact]
    public void AFileWithoutAcceptedRows_HasNoDates_AndAnEmptyMatrix()
    {
        var path = Write(Encoding.UTF8.GetBytes("client_id,date,amount\n,2024-01-01,1\n"));

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path)!;

        Assert.Empty(fast.ClientIds);
        Assert.Null(fast.Earliest);
        Assert.Null(fast.Latest);
        Assert.Equal(0, fast.Accepted);
        Assert.Single(fast.Rejected);
        var matrix = fast.TryWindow(new AnalysisWindow(new SalesMonth(2024, 1), new SalesMonth(2024, 1)), out var scales)!;
        Assert.Equal(0, matrix.Clients);
        Assert.Empty(scales);
    }

    [Fact]
    public void AWindowLongerThanTheKernelTakes_OrAMonthBeyondItsRange_GivesNull()
    {
        var path = Write(Encoding.UTF8.GetBytes("client_id,date,amount\na,2024-01-01,1\nb,2024-01-01,10000000000000\nb,2024-01-02,0.01\n"));
        var fast = MonthlyRevenueCsvImporter.TryImportFile(path)!;

        var to = new SalesMonth(2024, 1);
        Assert.NotNull(fast.TryWindow(new AnalysisWindow(to.AddMonths(-RevenueMatrix.MaxPeriods), to.AddMonths(-1)), out _));
        Assert.Null(fast.TryWindow(new AnalysisWindow(to.AddMonths(-RevenueMatrix.MaxPeriods - 1), to.AddMonths(-1)), out var scales));
        Assert.Equal(2, scales.Length);

        // b's January is 10¹³ + 0.01 units, one cent beyond the kernel's bound; a window without January still reads.
        Assert.Null(fast.TryWindow(new AnalysisWindow(to, to), out _));
        Assert.NotNull(fast.TryWindow(new AnalysisWindow(to.AddMonths(1), to.AddMonths(1)), out _));
    }

    public static TheoryData<string, string> FilesLeftToTheGeneralImporter => new()
    {
        { "a workbook", "PK\u0003\u0004rest" },
        { "a quote in the head", "client_id,date,amount\n\"a\",2024-01-05,10\n" },
        { "a bare carriage return", "client_id,date,amount\ra,2024-01-05,10\r" },
        { "a carriage return ending the head", "client_id,date,amount\na,2024-01-05,10\r" },
        { "three decimals", "client_id,date,amount\na,2024-01-05,10.125\n" },
        { "three decimals in the Russian form", "Контрагент;Дата;Сумма\nЖ;05.01.2024;1 234,567\n" },
        { "three decimals through the general parser", "client_id,date,amount,profit\na,2024-01-05,10.125,1\n" },
        { "an amount beyond 10¹³", "client_id,date,amount\na,2024-01-05,10000000000000.01\n" },
        { "an amount beyond 10¹³ through the general parser", "client_id,date,amount,profit\na,2024-01-05,-10000000000000.01,1\n" },
        { "no header", "a,b,c\n1,2,3\n" },
        { "an empty file", string.Empty },
    };

    [Theory]
    [MemberData(nameof(FilesLeftToTheGeneralImporter))]
    public void FilesItCannotReadWithCertainty_GiveNull(string what, string content)
    {
        Assert.NotEmpty(what);
        var path = Write(Encoding.UTF8.GetBytes(content));
        foreach (var blockSize in new[] { 1, 4, MonthlyRevenueCsvImporter.DefaultBlockSize })
        {
            Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, null, 2, blockSize, CancellationToken.None));
        }
    }

    public static TheoryData<string, byte[]> BytesLeftToTheGeneralImporter => new()
    {
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("client_id,date,amount\na,2024-01-05,10\n")] },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("client_id,date,amount\na,2024-01-05,10\n")] },
        { "UTF-16 without a mark", Encoding.Unicode.GetBytes("client_id,date,amount\na,2024-01-05,10\n") },
        { "a byte Windows-1251 leaves undefined (0x98)", [.. Encoding.ASCII.GetBytes("client_id,date,amount\na"), 0x98, .. Encoding.ASCII.GetBytes(",2024-01-05,10\n")] },
        { "a replacement character (U+FFFD) in a line", Encoding.UTF8.GetBytes("client_id,date,amount\nb,2024-01-05,1\na\uFFFD,2024-01-05,10\n") },
    };

    [Theory]
    [MemberData(nameof(BytesLeftToTheGeneralImporter))]
    public void EncodingsItDoesNotSplitByLine_GiveNull(string what, byte[] bytes)
    {
        Assert.NotEmpty(what);
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(Write(bytes)));
    }

    [Theory]
    [InlineData("a quote", "q\"uote,2024-01-05,10")]
    [InlineData("a bare carriage return", "x,2024-01-05,10\ry,2024-01-05,1")]
    [InlineData("a carriage return inside a line", "x,2024-01\r-05,10")]
    [InlineData("a quote opening a line", "\"q\",2024-01-05,10")]
    [InlineData("a carriage return opening a line", "\rx,2024-01-05,10")]
    public void AfterTheHead_ALineItCannotSplitWithCertainty_GivesNull(string what, string line)
    {
        Assert.NotEmpty(what);
        var head = new StringBuilder("client_id,date,amount\n");
        while (head.Length < 70_000)
        {
            head.Append("c1,2024-01-05,10\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(head + line + "\nc2,2024-01-06,5\n"));
        foreach (var (threads, blockSize) in new[] { (1, MonthlyRevenueCsvImporter.DefaultBlockSize), (2, 4096), (3, 100) })
        {
            Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, blockSize, CancellationToken.None));
        }

        // Without that line the same file is read.
        var clean = Write(Encoding.UTF8.GetBytes(head + "c2,2024-01-06,5\n"));
        AssertSame(TransactionCsvImporter.ImportFile(clean), MonthlyRevenueCsvImporter.TryImportFile(clean, null, 2, 4096, CancellationToken.None)!);
    }

    [Fact]
    public void AfterTheHead_BytesInvalidInTheDetectedEncoding_GiveNull()
    {
        var head = new StringBuilder("client_id,date,amount\n");
        while (head.Length < 70_000)
        {
            head.Append("Ж,2024-01-05,10\n");
        }

        byte[] utf8 = [.. Encoding.UTF8.GetBytes(head.ToString()), (byte)'x', 0xC3, .. ",2024-01-05,1\n"u8];
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(Write(utf8)));

        byte[] cp1251 = [.. ImportEncodings.Windows1251.GetBytes(head.ToString()), (byte)'x', 0x98, .. ",2024-01-05,1\n"u8];
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(Write(cp1251)));
        Assert.Single(TransactionCsvImporter.ImportFile(Write(cp1251)).Rejected);

        byte[] clean1251 = [.. ImportEncodings.Windows1251.GetBytes(head.ToString()), .. ImportEncodings.Windows1251.GetBytes("Ёж,2024-01-05,1\n")];
        var read = MonthlyRevenueCsvImporter.TryImportFile(Write(clean1251))!;
        Assert.Equal(["Ёж", "Ж"], read.ClientIds.AsEnumerable());
        Assert.Equal("windows-1251", read.Layout.Encoding);
    }

    [Fact]
    public void AHeadWithoutALineEnd_InAFileLongerThanTheHead_GivesNull()
    {
        var path = Write(Encoding.UTF8.GetBytes("client_id,date,amount," + new string('x', 70_000) + "\na,2024-01-05,1\n"));
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path));
    }

    [Fact]
    public void AHeaderBelowTitleLines_InAFileLongerThanTheHead_IsFound()
    {
        var text = new StringBuilder("Отчёт о продажах\nза 2024 год\nclient_id,date,amount\n");
        for (var i = 0; text.Length < 100_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"c{i % 50},2024-{1 + (i % 12):00}-05,{i}.5\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        foreach (var (threads, blockSize) in new[] { (1, MonthlyRevenueCsvImporter.DefaultBlockSize), (2, 1000), (3, 333) })
        {
            AssertSame(TransactionCsvImporter.ImportFile(path), MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, blockSize, CancellationToken.None)!);
        }
    }

    [Fact]
    public void AnExplicitEncoding_IsUsed_AndOneItCannotSplit_GivesNull()
    {
        var bytes = ImportEncodings.Windows1251.GetBytes("Контрагент;Дата;Сумма\nЖук;01.02.2024;1 000,50\n");
        var path = Write(bytes);
        var asCp1251 = new TransactionCsvOptions { Dialect = new ImportDialect { Encoding = ImportEncodings.Windows1251 } };
        var read = MonthlyRevenueCsvImporter.TryImportFile(path, asCp1251)!;
        Assert.Equal(["Жук"], read.ClientIds.AsEnumerable());
        Assert.Equal([100_050L], read.TryWindow(new AnalysisWindow(new SalesMonth(2024, 2), new SalesMonth(2024, 2)), out _)!.Cents.ToArray());

        var utf8Path = Write(Encoding.UTF8.GetBytes("client_id,date,amount\nЖук,2024-02-01,1\n"));
        var asUtf8 = new TransactionCsvOptions { Dialect = new ImportDialect { Encoding = new UTF8Encoding(false) } };
        Assert.Equal(["Жук"], MonthlyRevenueCsvImporter.TryImportFile(utf8Path, asUtf8)!.ClientIds.AsEnumerable());

        var asLatin1 = new TransactionCsvOptions { Dialect = new ImportDialect { Encoding = Encoding.Latin1 } };
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, asLatin1));
    }

    [Fact]
    public void AProfitTheCallerRequires_LeavesTheFileToTheGeneralImporter()
    {
        var path = Write(Encoding.UTF8.GetBytes("client_id,date,amount,profit\na,2024-01-05,10,1\n"));
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, new TransactionCsvOptions { RequireProfit = true }));
        Assert.NotNull(MonthlyRevenueCsvImporter.TryImportFile(path, new TransactionCsvOptions { RequireProfit = false }));
    }

    [Fact]
    public void AnAmountOfQuantityTimesPrice_IsReadByTheGeneralRowParser()
    {
        var path = Write(Encoding.UTF8.GetBytes("client_id,date,Quantity,UnitPrice\na,2024-01-05,3,2.5\na,2024-01-06,2,0.25\nb,2024-01-07,x,1\n"));
        var options = new TransactionCsvOptions { AmountColumn = "Quantity*UnitPrice" };

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path, options, 1, 5, CancellationToken.None)!;

        AssertSame(TransactionCsvImporter.ImportFile(path, options), fast);
        Assert.Equal([800L], fast.TryWindow(new AnalysisWindow(new SalesMonth(2024, 1), new SalesMonth(2024, 1)), out _)!.Cents.ToArray());
    }

    [Fact]
    public void SumsBeyondTheColumnsRange_GiveNull_InOneThreadOrWhenThreadsMerge()
    {
        // 10¹³ units a row: 9,300 rows of one client and month pass the range of a 64-bit count of cents.
        var text = new StringBuilder("client_id,date,amount\n");
        for (var i = 0; i < 9_300; i++)
        {
            text.Append("a,2024-01-05,10000000000000\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, null, 1, MonthlyRevenueCsvImporter.DefaultBlockSize, CancellationToken.None));
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, null, 2, 64 * 1024, CancellationToken.None));
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path, null, 3, 1000, CancellationToken.None));

        // Through the general row parser (a profit column) as well.
        var profit = new StringBuilder("client_id,date,amount,profit\n");
        for (var i = 0; i < 9_300; i++)
        {
            profit.Append("a,2024-01-05,10000000000000,1\n");
        }

        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(Write(Encoding.UTF8.GetBytes(profit.ToString())), null, 1, 4096, CancellationToken.None));
    }

    [Fact]
    public void RowsWhoseIdsFillTheBatchsKeyBuffer_AreAllSummed()
    {
        // Ids of 200 Cyrillic letters have keys of 397 bytes: a batch of 256 rows would need 101,632 of the 65,536.
        var text = new StringBuilder("client_id,date,amount\n");
        for (var row = 0; row < 1_000; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{new string('Ж', 196)}{row % 300:D4},2024-0{1 + (row % 3)}-15,{row}.5\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        var general = TransactionCsvImporter.ImportFile(path);
        foreach (var threads in new[] { 1, 2 })
        {
            // Default blocks: a batch ends at a block's end, so a small block never fills the buffer.
            var fast = MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, MonthlyRevenueCsvImporter.DefaultBlockSize, CancellationToken.None);
            Assert.NotNull(fast);
            Assert.Equal(300, fast.ClientIds.Length);
            AssertSame(general, fast);
        }
    }

    [Fact]
    public void TheLatestDate_IsTheLatestOfEveryThreads()
    {
        // Dates fall down the file over about 400 blocks: whichever thread reads the first block has the latest date,
        // any other an earlier one. Which thread takes which block is the scheduler's choice (under a busy test runner
        // one thread often takes them all); whatever the split, the result is the first block's date.
        var text = new StringBuilder("client_id,date,amount\n");
        var first = new DateOnly(2026, 12, 31);
        for (var row = 0; row < 40_000; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"c{row % 50},{first.AddDays(-(row / 40)):yyyy-MM-dd},1\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        foreach (var threads in new[] { 2, 3 })
        {
            var fast = MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, 2048, CancellationToken.None)!;
            Assert.Equal((first.AddDays(-999), first), (fast.Earliest, fast.Latest));
        }
    }

    [Fact]
    public void AnInvariantFile_ReadsItsAmountsAsTheGeneralImporterDoes_NotInTheRussianForm()
    {
        var options = new TransactionCsvOptions { Dialect = new ImportDialect { Culture = NumberCulture.Invariant, Delimiter = ';' } };
        var path = Write(Encoding.UTF8.GetBytes("client_id;date;amount\nc1;2024-01-01;1 234,50\nc1;2024-01-02;12,5\nc2;2024-01-03;1.5\nc2;2024-01-04;7\n"));

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path, options, 1, 4096, CancellationToken.None);

        Assert.NotNull(fast);
        AssertSame(TransactionCsvImporter.ImportFile(path, options), fast);
        Assert.Equal(["c2"], fast.ClientIds.AsEnumerable());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ThousandsOfClients_AndLongIds_AreInternedOnce()
    {
        var text = new StringBuilder("client_id,date,amount\n");
        for (var month = 1; month <= 3; month++)
        {
            for (var c = 0; c < 5_000; c++)
            {
                var id = c % 3 == 0 ? $"клиент-{c}" : c % 3 == 1 ? $"c{c}" : $"a-client-whose-id-is-longer-than-sixteen-bytes-{c}";
                text.Append(CultureInfo.InvariantCulture, $"{id},2024-{month:00}-{1 + (c % 28):00},{c}.{month}\n");
            }
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        var general = TransactionCsvImporter.ImportFile(path);
        foreach (var (threads, blockSize) in new[] { (1, MonthlyRevenueCsvImporter.DefaultBlockSize), (2, 50_000), (3, 7_777) })
        {
            var fast = MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, blockSize, CancellationToken.None)!;
            Assert.Equal(5_000, fast.ClientIds.Length);
            AssertSame(general, fast);
        }
    }

    [Fact]
    public void Arguments_AreChecked_ByName()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => MonthlyRevenueCsvImporter.TryImportFile(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => MonthlyRevenueCsvImporter.TryImportFile(" ")).ParamName);
        var path = Write("client_id,date,amount\na,2024-01-01,1\n"u8.ToArray());
        foreach (var wrong in new[] { 0, -2, int.MinValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyRevenueCsvImporter.TryImportFile(path, maxDegreeOfParallelism: wrong));
            Assert.Equal("maxDegreeOfParallelism", e.ParamName);
            Assert.Equal(wrong, e.ActualValue);
            Assert.StartsWith("Must be positive or -1.", e.Message, StringComparison.Ordinal);
        }

        Assert.NotNull(MonthlyRevenueCsvImporter.TryImportFile(path, maxDegreeOfParallelism: -1));
        Assert.NotNull(MonthlyRevenueCsvImporter.TryImportFile(path, maxDegreeOfParallelism: 1));
        Assert.Equal("blockSize", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyRevenueCsvImporter.TryImportFile(path, null, 1, 0, CancellationToken.None)).ParamName);
        Assert.Throws<FileNotFoundException>(() => MonthlyRevenueCsvImporter.TryImportFile(Path.Combine(_dir, "missing.csv")));
    }

    [Fact]
    public void ACancelledImport_Throws()
    {
        var path = Write("client_id,date,amount\na,2024-01-01,1\n"u8.ToArray());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => MonthlyRevenueCsvImporter.TryImportFile(path, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => MonthlyRevenueCsvImporter.TryImportFile(path, null, 2, 4, cancelled.Token));
    }

    [Theory]
    [InlineData("0", 0L, 0)]
    [InlineData("7", 700L, 0)]
    [InlineData("-7", -700L, 0)]
    [InlineData("123", 12_300L, 0)]
    [InlineData("12,5", 1_250L, 1)]
    [InlineData("0,5", 50L, 1)]
    [InlineData("-7,25", -725L, 2)]
    [InlineData("1 234", 123_400L, 0)]
    [InlineData("1\u00A0234,5", 123_450L, 1)]
    [InlineData("12\u202F345,67", 1_234_567L, 2)]
    [InlineData("1\u2009000\u2009000,01", 100_000_001L, 2)]
    [InlineData("-1 234,05", -123_405L, 2)]
    [InlineData("123 456 789,9", 12_345_678_990L, 1)]
    [InlineData("10 000 000 000 000", 1_000_000_000_000_000L, 0)]
    [InlineData("-10 000 000 000 000,00", -1_000_000_000_000_000L, 2)]
    public void TheRussianForm_IsReadAsCentsAndDecimals(string text, long cents, byte scale)
    {
        Assert.True(MonthlyRevenueCsvImporter.TryRussianCents(text, out var read, out var readScale));
        Assert.Equal((cents, scale), (read, readScale));
        Assert.True(NumberGrammar.TryParse(text, NumberCulture.Russian, out var value, out _));
        Assert.Equal(cents / 100m, value);
    }

    [Theory]
    [InlineData("", "no digits")]
    [InlineData("-", "a sign alone")]
    [InlineData("-0", "a negative zero, left to the general grammar")]
    [InlineData("-0,00", "a negative zero with decimals")]
    [InlineData("1234", "four digits without a group separator")]
    [InlineData("1234,5", "four digits before the comma")]
    [InlineData("1 23", "a short last group")]
    [InlineData("1 2345", "a long last group")]
    [InlineData("1 23 456", "a short middle group")]
    [InlineData("1  234", "two separators")]
    [InlineData(" 1", "a leading separator")]
    [InlineData("1 ", "a trailing separator")]
    [InlineData("1\t234", "a tab between groups")]
    [InlineData("1_234", "an underscore between groups")]
    [InlineData("1,", "a comma without decimals")]
    [InlineData("1,234", "three decimals")]
    [InlineData("1,5x", "a letter after the decimals")]
    [InlineData("1,-5", "a sign among the decimals")]
    [InlineData("1.5", "a decimal point")]
    [InlineData("+5", "a plus sign")]
    [InlineData("- 123 456", "a separator after the sign")]
    [InlineData("10 000 000 000 001", "more than 10¹³")]
    [InlineData("99 999 999 999 999", "far more than 10¹³")]
    public void OtherForms_AreLeftToTheGeneralGrammar(string text, string what)
    {
        Assert.NotEmpty(what);
        Assert.False(MonthlyRevenueCsvImporter.TryRussianCents(text, out _, out _));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("a,b", false)]
    [InlineData("a\r\nb\r\n", false)]
    [InlineData("\r\n\r\n", false)]
    [InlineData("\rab", true)]
    [InlineData("a\rb", true)]
    [InlineData("a\r", true)]
    [InlineData("a\r\n\rb", true)]
    [InlineData("a\r\nb\r", true)]
    public void ABareCarriageReturn_IsOneNotBeforeALineFeed(string text, bool bare)
        => Assert.Equal(bare, MonthlyRevenueCsvImporter.HasBareCarriageReturn(text));

    public static TheoryData<string, string, int, int> DirectFiles => new()
    {
        { "ISO dates and plain amounts", "client_id,date,amount\na,2024-01-05,10\na,2024-01-06,10.5\nb,2024-02-01,-0.25\nb,2024-02-01,0\n", 4, 4 },
        { "dd.MM.yyyy dates", "client_id,date,amount\na,05.01.2024,10\nb,05.01.2024 13:05:59,1.5\n", 2, 2 },
        { "1C amounts", "Контрагент;Дата;Сумма\nЖ;05.01.2024;1 234,50\nЖ;05.01.2024;-7\nООО Ёлка;06.01.2024;1\u00A0000\u00A0000,01\nООО Ёлка;07.01.2024;12,5\n", 4, 4 },
        { "rows as wide as the columns read, or wider", "client_id,date,amount,comment\na,2024-01-05,10\na,2024-01-05,10,note\n", 2, 2 },
        { "a row short of the manager column, left to the general parser", "client_id,date,amount,manager_id,comment\na,2024-01-05,10\na,2024-01-05,10,m1\na,2024-01-05,10,m1,note\n", 2, 2 },
        { "amounts up to 10¹³", "client_id,date,amount\na,2024-01-05,10000000000000\nb,2024-01-05,-10000000000000.00\n", 2, 2 },
    };

    [Theory]
    [MemberData(nameof(DirectFiles))]
    public void TheFormsOfTheBenchmark_AreReadWithoutTheGeneralRowParser(string what, string content, int rows, int direct)
    {
        Assert.NotEmpty(what);
        var path = Write(Encoding.UTF8.GetBytes(content));
        foreach (var (threads, blockSize) in new[] { (1, MonthlyRevenueCsvImporter.DefaultBlockSize), (2, 7) })
        {
            var fast = MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, blockSize, CancellationToken.None)!;
            AssertSame(TransactionCsvImporter.ImportFile(path), fast);
            Assert.Equal(rows, fast.Accepted);
            Assert.Equal(direct, fast.DirectRows);
        }
    }

    [Fact]
    public void RowsTheDirectPathCannotRead_GoThroughTheGeneralRowParser()
    {
        // A missing id, a bad date, a bad amount, too many fields and a row of tabs are the general parser's; a
        // negative zero is read directly as 0, and a line of spaces is skipped.
        var path = Write(Encoding.UTF8.GetBytes(
            "client_id,date,amount\na,2024-01-05,10\nNA,2024-01-05,1\na,2024-13-05,1\na,2024-01-05,ten\na,2024-01-05,1,x\na,2024-01-05,-0\n\t,\t,\t\n \nb,2024-02-01,5\n"));

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path, null, 1, MonthlyRevenueCsvImporter.DefaultBlockSize, CancellationToken.None)!;

        AssertSame(TransactionCsvImporter.ImportFile(path), fast);
        Assert.Equal(3, fast.Accepted);
        Assert.Equal(3, fast.DirectRows);
    }

    [Fact]
    public void LinesLongerThanABlock_AndRowsOfManyFields_AreReadWhole()
    {
        var comment = string.Concat(Enumerable.Repeat("Ж комментарий ", 3_000));
        var fields = string.Join(',', Enumerable.Range(0, 150).Select(i => $"f{i}"));
        var text = new StringBuilder("client_id,date,amount,manager_id,comment\n");
        for (var i = 0; i < 5; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"c{i},2024-01-0{i + 1},{i}.5,m1,{comment}\n");
            text.Append(CultureInfo.InvariantCulture, $"d{i},2024-02-0{i + 1},{i},m2,{fields}\n");
        }

        var path = Write(Encoding.UTF8.GetBytes(text.ToString()));
        var general = TransactionCsvImporter.ImportFile(path);
        Assert.Equal(5, general.Accepted.Length);
        Assert.Equal(5, general.Rejected.Length);
        foreach (var (threads, blockSize) in new[] { (1, 16), (2, 1000), (1, MonthlyRevenueCsvImporter.DefaultBlockSize) })
        {
            AssertSame(general, MonthlyRevenueCsvImporter.TryImportFile(path, null, threads, blockSize, CancellationToken.None)!);
        }
    }

    [Fact]
    public void AHeadEndingInsideACharacter_IsDetectedAsUtf8()
    {
        // The 64 KiB head ends between the two bytes of a Cyrillic letter: only its whole lines decide the encoding.
        for (var pad = 0; pad < 16; pad++)
        {
            var text = new StringBuilder(new string('x', pad)).Append("\nclient_id,date,amount\n");
            while (Encoding.UTF8.GetByteCount(text.ToString()) < 70_000)
            {
                text.Append("Ж,2024-01-05,1\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (bytes[(64 * 1024) - 1] != 0xD0)
            {
                continue;
            }

            var path = Write(bytes);
            var fast = MonthlyRevenueCsvImporter.TryImportFile(path)!;
            AssertSame(TransactionCsvImporter.ImportFile(path), fast);
            Assert.Equal(["Ж"], fast.ClientIds.AsEnumerable());
            Assert.Equal("utf-8", fast.Layout.Encoding);
            return;
        }

        Assert.Fail("no padding puts a letter across the end of the head");
    }

    [Fact]
    public void ABlankFirstLine_AboveTheHeader_IsCountedInLineNumbers()
    {
        var path = Write(Encoding.UTF8.GetBytes("\nclient_id,date,amount\na,2024-01-05,10\nb,2024-13-05,1\n"));
        var fast = MonthlyRevenueCsvImporter.TryImportFile(path)!;
        AssertSame(TransactionCsvImporter.ImportFile(path), fast);
        Assert.Equal(4, Assert.Single(fast.Rejected).LineNumber);
    }

    [Theory]
    [InlineData("a PDF", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData("an .xls workbook", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })]
    [InlineData("a UTF-16 LE mark", new byte[] { 0xFF, 0xFE })]
    [InlineData("a UTF-16 BE mark", new byte[] { 0xFE, 0xFF })]
    public void AFileThatIsNotOneByteText_GivesNull_EvenWithAHeaderBelowItsMark(string what, byte[] mark)
    {
        Assert.NotEmpty(what);
        var path = Write([.. mark, .. "\nclient_id,date,amount\na,2024-01-05,10\n"u8]);
        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path));
    }

    /// <summary>The per-month import equals the general import summed by client and month.</summary>
    private static void AssertSame(ImportResult<Sale> general, MonthlyRevenueImport fast)
    {
        Assert.Equal(general.Rejected.AsEnumerable(), fast.Rejected.AsEnumerable());
        Assert.Equal(general.Accepted.Length, fast.Accepted);
        Assert.Equal(general.Summary, fast.Summary);
        Assert.Equal(general.Layout, fast.Layout);
        var ids = general.Accepted.Select(s => s.ClientId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        Assert.Equal(ids.AsEnumerable(), fast.ClientIds.AsEnumerable());
        if (general.Accepted.IsEmpty)
        {
            Assert.Null(fast.Earliest);
            Assert.Null(fast.Latest);
            return;
        }

        var (earliest, latest) = (general.Accepted.Min(s => s.Date), general.Accepted.Max(s => s.Date));
        Assert.Equal(earliest, fast.Earliest);
        Assert.Equal(latest, fast.Latest);

        // A window one month wider on each side: its first and last columns are empty.
        var window = new AnalysisWindow(SalesMonth.Of(earliest).AddMonths(-1), SalesMonth.Of(latest).AddMonths(1));
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var expected = new decimal[ids.Length * window.Months];
        var expectedScales = new byte[ids.Length];
        foreach (var sale in general.Accepted)
        {
            var i = index[sale.ClientId];
            var p = window.From.MonthsUntil(SalesMonth.Of(sale.Date));
            expected[(i * window.Months) + p] += sale.Amount * 100m;
            expectedScales[i] = Math.Max(expectedScales[i], (byte)sale.Amount.Scale);
        }

        var matrix = fast.TryWindow(window, out var scales);
        if (expected.Any(v => Math.Abs(v) > RevenueMatrix.MaxCents))
        {
            Assert.Null(matrix);
            return;
        }

        Assert.NotNull(matrix);
        Assert.Equal(ids.Length, matrix.Clients);
        Assert.Equal(window.Months, matrix.Periods);
        Assert.Equal(expected.Select(v => (long)v), matrix.Cents.ToArray());
        Assert.Equal(expectedScales, scales);
    }
}
