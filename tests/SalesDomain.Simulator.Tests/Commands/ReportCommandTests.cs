using System.Diagnostics;
using MiniExcelLibs;
using Xunit.Abstractions;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary><c>report</c> and <c>report managers</c> on the synthetic department (tests/data/department).</summary>
public class ReportCommandTests(ITestOutputHelper output)
{
    private const string Dir = "tests/data/department";

    private static string[] Department => [
        "--transactions", $"{Dir}/sales.csv", "--contacts", $"{Dir}/contacts.csv", "--deals", $"{Dir}/deals.csv", "--targets", $"{Dir}/targets.csv",
        "--as-of", "2025-12-20"];

    [Trait("Category", "Slow")]
    [Fact]
    public void Report_WritesASelfContainedPage_AndTheSameTablesAsAWorkbook()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var result = CliRunner.Run(["report", .. Department, "--out", dir.FullName, "--lang", "ru"]);

            Assert.Equal(0, result.ExitCode);
            var html = File.ReadAllText(Path.Combine(dir.FullName, "report.html"));
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(src|href|url)\s*[=(]\s*[""']?(https?:|//)", html); // nothing to fetch: charts are inline SVG
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.Equal(3, CountOf(html, "<svg")); // Pareto, heat map, class history
            Assert.Contains("Отчёт по клиентской базе", html, StringComparison.Ordinal);
            Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
            foreach (var section in new[] { "Обзор базы", "История классов", "Дисциплина контактов", "Реактивация и потерянные клиенты", "Прогноз", "Менеджеры", "План-факт" })
            {
                Assert.Contains(section, html, StringComparison.Ordinal);
            }

            var sheets = MiniExcel.GetSheetNames(Path.Combine(dir.FullName, "report.xlsx"));
            Assert.Contains("План-факт", sheets);
            Assert.Contains("Менеджеры", sheets);
            Assert.True(sheets.Count >= 12, string.Join(" | ", sheets));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ReportManagers_PlanAndFact_AgreeWithTheTransactions()
    {
        var result = CliRunner.Run(["report", "managers", .. Department, "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var managers = json.RootElement.GetProperty("managers").EnumerateArray().ToList();
        Assert.Equal(4, managers.Count);
        Assert.Equal(120, managers.Sum(m => m.GetProperty("clients").GetInt32()));
        Assert.All(managers, m => Assert.Equal(
            m.GetProperty("clients").GetInt32(),
            m.GetProperty("byClass").GetProperty("a").GetInt32() + m.GetProperty("byClass").GetProperty("b").GetInt32() + m.GetProperty("byClass").GetProperty("c").GetInt32()));
        var plan = json.RootElement.GetProperty("planFact").EnumerateArray().ToList();
        Assert.Equal(48, plan.Count);

        // The fact of one manager and month equals the sum of that manager's rows in the file.
        var line = plan.First(p => p.GetProperty("managerId").GetString() == "Петрова А.С." && p.GetProperty("month").GetString() == "2025-03");
        var expected = File.ReadLines(TestData.RepoPathOf($"{Dir}/sales.csv")).Skip(1)
            .Select(l => l.Split(';'))
            .Where(f => f[4] == "Петрова А.С." && f[2].EndsWith(".03.2025", StringComparison.Ordinal))
            .Sum(f => decimal.Parse(f[3].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, line.GetProperty("fact").GetDecimal());
        Assert.True(line.GetProperty("complete").GetBoolean());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Report_OpensInARealBrowser_WithoutErrors_AndShowsTheKeyFigures()
    {
        var browser = new[] { "chromium", "chromium-browser", "google-chrome" }
            .Select(b => Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(p => Path.Combine(p, b)).FirstOrDefault(File.Exists))
            .FirstOrDefault(p => p is not null);
        if (browser is null)
        {
            output.WriteLine("SKIPPED: no Chromium on this machine (apt-get install chromium); .ci/run installs it.");
            return;
        }

        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var result = CliRunner.Run("report", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30", "--out", dir.FullName, "--lang", "en");
            Assert.Equal(0, result.ExitCode);
            var page = new Uri(Path.Combine(dir.FullName, "report.html")).AbsoluteUri;
            var (dom, log) = Chromium(browser, dir.FullName, "--dump-dom", page);

            Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
            Assert.DoesNotContain(":CONSOLE(", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Failed to load resource", log, StringComparison.Ordinal);
            Assert.Contains("Client base report", dom, StringComparison.Ordinal);
            Assert.Contains("2,357 clients", dom, StringComparison.Ordinal); // the CDNOW sample's base
            Assert.Contains("80.0%", dom, StringComparison.Ordinal); // A's share of revenue
            Assert.Equal(3, CountOf(dom, "<svg"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (string StdOut, string StdErr) Chromium(string browser, string profile, params string[] args)
    {
        var info = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}/chromium" }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish in 2 minutes.");
        }

        return (stdout.Result, stderr.Result);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
