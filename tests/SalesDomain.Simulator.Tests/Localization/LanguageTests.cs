using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace SalesDomain.Simulator.Tests.Localization;

/// <summary><c>--lang ru|en</c>: the same numbers in both languages, Russian words and formats, English JSON.</summary>
public partial class LanguageTests
{
    private const string Cdnow = "tests/data/cdnow/CDNOW_sample.csv";

    [Fact]
    public void EveryWordTheCommandLineShows_HasARussianTranslation()
    {
        var resources = new ResourceManager("SalesDomain.Simulator.Localization.Words", typeof(SalesDomain.Simulator.Commands.CliErrors).Assembly);
        var ru = CultureInfo.GetCultureInfo("ru", predefinedOnly: false);
        var keys = Directory.EnumerateFiles(TestData.RepoPathOf("simulator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeysIn(File.ReadAllText(f)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var entries = System.Xml.Linq.XDocument.Load(TestData.RepoPathOf("simulator/Localization/Words.ru.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var clashes = entries.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(clashes.Count == 0, "resource names differ only by case (one of them is lost): " + string.Join(" | ", clashes));
        Assert.True(keys.Count > 100, $"only {keys.Count} words found: the scan no longer sees the command line's words");
        var missing = keys.Where(k => resources.GetString(k, ru) is null).ToList();
        Assert.True(missing.Count == 0, "no Russian for: " + string.Join(" | ", missing));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Segment_InRussian_WritesRussianWordsAndNumbers()
    {
        var result = CliRunner.Run("segment", "--transactions", Cdnow, "--lang", "ru");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Клиентов:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ABC по показателю «выручка»", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("80,0 %", result.StdOut, StringComparison.Ordinal); // decimal comma, Russian percent
        Assert.DoesNotContain("clients, ABC by", result.StdOut, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void DefaultLanguage_FollowsTheLocale()
    {
        var russian = CliRunner.RunIn("ru_RU.UTF-8", "segment", "--transactions", Cdnow);
        var other = CliRunner.RunIn("de_DE.UTF-8", "segment", "--transactions", Cdnow);

        Assert.Contains("Клиентов:", russian.StdOut, StringComparison.Ordinal);
        Assert.Contains("clients, ABC by revenue", other.StdOut, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void UnknownLanguage_IsAUsageError()
    {
        var result = CliRunner.Run("segment", "--transactions", Cdnow, "--lang", "de");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang", result.StdErr, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> Commands => new()
    {
        { ["segment", "--transactions", Cdnow, "--clients"] },
        { ["history", "--transactions", Cdnow, "--from", "1998-01", "--to", "1998-03"] },
        { ["reactivation", "--transactions", Cdnow, "--as-of", "1998-06-30"] },
        { ["lost", "--transactions", Cdnow, "--as-of", "1998-06-30"] },
        { ["contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", "tests/data/contacts/contacts.csv", "--as-of", "2025-04-20"] },
        { ["forecast", "--deals", "docs/examples/deals-sample.csv", "--as-of", "2026-11-15"] },
        { ["bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/activation-sales.csv"] },
    };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Commands))]
    public void RussianAndEnglish_CarryTheSameNumbers_AndTheSameJson(string[] command)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var en = Path.Combine(dir.FullName, "en.xlsx");
            var ru = Path.Combine(dir.FullName, "ru.xlsx");
            var enRun = CliRunner.Run([.. command, "--lang", "en", "--xlsx", en, "--json"]);
            var ruRun = CliRunner.Run([.. command, "--lang", "ru", "--xlsx", ru, "--json"]);

            Assert.Equal(0, enRun.ExitCode);
            Assert.Equal(0, ruRun.ExitCode);
            Assert.Equal(enRun.StdOut, ruRun.StdOut); // JSON is the contract: English keys and values in every language
            var enSheets = MiniExcel.GetSheetNames(en);
            var ruSheets = MiniExcel.GetSheetNames(ru);
            Assert.Equal(enSheets.Count, ruSheets.Count);
            Assert.Contains(ruSheets.Concat(HeadersOf(ru, ruSheets)), s => Cyrillic().IsMatch(s));
            for (var s = 0; s < enSheets.Count; s++)
            {
                var enRows = MiniExcel.Query(en, sheetName: enSheets[s]).Cast<IDictionary<string, object?>>().ToList();
                var ruRows = MiniExcel.Query(ru, sheetName: ruSheets[s]).Cast<IDictionary<string, object?>>().ToList();
                Assert.Equal(enRows.Count, ruRows.Count);
                for (var r = 0; r < enRows.Count; r++)
                {
                    var enNumbers = enRows[r].Values.Where(v => v is double or DateTime).ToList();
                    var ruNumbers = ruRows[r].Values.Where(v => v is double or DateTime).ToList();
                    Assert.Equal(enNumbers, ruNumbers);
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Simulation_InRussian_HasTheSameJson_AndRussianTables()
    {
        string[] run = ["run", "--runs", "2", "--months", "6", "--seed", "7"];

        var en = CliRunner.Run([.. run, "--json", "--lang", "en"]);
        var ru = CliRunner.Run([.. run, "--json", "--lang", "ru"]);
        var table = CliRunner.Run([.. run, "--lang", "ru"]);

        Assert.Equal(0, en.ExitCode);
        Assert.Equal(en.StdOut, ru.StdOut);
        Assert.Contains("активные клиенты", table.StdOut, StringComparison.Ordinal);
        Assert.Contains("Экономика за горизонт", table.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("activeClients", table.StdOut, StringComparison.Ordinal);
    }

    private static IEnumerable<string> HeadersOf(string path, IEnumerable<string> sheets) =>
        sheets.SelectMany(s => MiniExcel.Query(path, sheetName: s).Cast<IDictionary<string, object?>>().Take(1).SelectMany(r => r.Values.OfType<string>()));

    /// <summary>The English texts the command line passes to <c>Words</c>: the same patterns its code uses.</summary>
    private static IEnumerable<string> KeysIn(string code)
    {
        foreach (var pattern in new[] { WordsCall(), ColumnHeader(), NamedColumn() })
        {
            foreach (Match m in pattern.Matches(code))
            {
                yield return Regex.Unescape(m.Groups[1].Value);
            }
        }

        foreach (Match list in WordList().Matches(code))
        {
            foreach (Match m in Literal().Matches(list.Groups[1].Value))
            {
                yield return Regex.Unescape(m.Groups[1].Value);
            }
        }
    }

    [GeneratedRegex("""Words\.[TF]\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex WordsCall();

    [GeneratedRegex("""Column\.Of\("[^"]*", "((?:[^"\\]|\\.)*)"\s*,""")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex("""\b(?:Text|Count|Money|Hours)\("[^"]*", "((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex NamedColumn();

    [GeneratedRegex("""new\[\] \{([^}]*)\}\.Select\(Words\.T\)""")]
    private static partial Regex WordList();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
