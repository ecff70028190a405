using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Motivation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>bonus</c>: evaluates motivation schemes over a monthly sales file (docs/motivation.md).</summary>
internal static class BonusCommand
{
    public static Command Create()
    {
        var scheme = CommonOptions.InputFile("--scheme", "Scheme file (JSON, docs/motivation.md): {\"schemes\": [ … ]} or a single scheme.");
        var sales = CommonOptions.InputFile(
            "--sales", "Sales CSV: agent_id,client_id,month (yyyy-MM),amount[,team,outlet_type,client_class,activated,refused].");
        var import = ImportOptions.ForDialect();
        var gap = new Option<int>("--activation-gap")
        {
            Description = "Months without a purchase that make the next purchase an activation (default 12); the file's first months up to it only establish history.",
            DefaultValueFactory = _ => ActivationRule.Default.MonthsWithoutPurchase,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0)
                {
                    return months;
                }

                result.AddError($"--activation-gap '{text}' is not a whole number of months > 0.");
                return 0;
            },
        };
        var newBase = new Option<bool>("--new-base")
        {
            Description = "The file starts with no clients (a new business): a client's first purchase in the file is an activation.",
        };
        var json = CommonOptions.Json();
        var command = new Command("bonus", "Payout statement per agent and month with totals: paid, clawed back, pending clawback, net, payout ratio.")
        {
            scheme, sales, gap, newBase, json,
        };
        import.AddTo(command);
        var files = new Output.FileOptions();
        files.AddTo(command);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(scheme), result.GetRequiredValue(sales),
            new ActivationRule { MonthsWithoutPurchase = result.GetValue(gap), RequireHistory = !result.GetValue(newBase) },
            result.GetValue(json), import.Dialect(result), tables => files.Write(result, tables)), cancellationToken));
        return command;
    }

    /// <summary>Reads both files and evaluates; the report and the import's rejected rows.</summary>
    internal static (BonusReport Report, ImportResult<SalesCsvRow> Import) Evaluate(
        FileInfo schemeFile, FileInfo salesFile, ActivationRule? rule = null, ImportDialect? dialect = null)
    {
        var schemes = SchemeJson.Parse(File.ReadAllText(schemeFile.FullName));
        var import = MonthlySalesCsvImporter.ImportFile(salesFile.FullName, dialect);
        var input = MonthlySalesCsvImporter.ToPayoutInput(import.Accepted, rule);
        var statement = PayoutEngine.Evaluate(schemes, input);
        return (BonusReport.From(schemes, statement, import, input), import);
    }

    private static int Run(
        FileInfo schemeFile, FileInfo salesFile, ActivationRule rule, bool json, ImportDialect dialect, Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var (report, import) = Evaluate(schemeFile, salesFile, rule, dialect);
        ImportOptions.Report(salesFile, import);
        writeFiles(BonusTables.Of(report));

        if (json)
        {
            Console.Out.WriteLine(CommandOutput.Json(report, BonusJsonContext.Default.BonusReport));
        }
        else
        {
            Render(report, ImportOptions.Summary(import));
        }

        return 0;
    }

    private static void Render(BonusReport report, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(Markup.Escape(Words.F(
            "{0} scheme(s), months {1}..{2}; {3}", report.Schemes.Count, report.FirstMonth ?? "-", report.AsOf is { } asOf ? Dates.Show(asOf) : "-", summary)));
        console.MarkupLine(Markup.Escape(Words.F(
            "{0:N0} activation(s) ({1}), {2:N0} refusal(s)",
            report.Activations,
            Words.T(report.ActivationSource == "derived" ? "derived: a purchase after months without one" : "from the activated column"),
            report.Refusals)));
        var lines = new Table().Title(Words.T("Payout statement")).AddColumns([.. new[] { "agent", "month", "kind", "amount", "scheme", "cause" }.Select(Words.T)]);
        foreach (var month in report.Statement)
        {
            foreach (var line in month.Lines)
            {
                lines.AddRow(Markup.Escape(month.AgentId), month.Month, Markup.Escape(BonusTables.ShowKind(line.Kind)), Money(line.Amount),
                    Markup.Escape(line.Scheme), Markup.Escape(line.Cause));
            }
        }

        var agents = new Table().Title(Words.T("By agent"))
            .AddColumns([.. new[] { "agent", "paid", "clawed back", "pending clawback", "net", "non-cash", "revenue" }.Select(Words.T)]);
        foreach (var (id, t) in report.ByAgent)
        {
            agents.AddRow(Markup.Escape(id), Money(t.Paid), Money(t.ClawedBack), Money(t.PendingClawback), Money(t.Net), Money(t.NonCash), Money(t.Revenue));
        }

        var schemes = new Table().Title(Words.T("Cost by scheme and month"))
            .AddColumns([.. new[] { "month", "scheme", "paid", "clawed back", "cost", "payout ratio" }.Select(Words.T)]);
        foreach (var s in report.BySchemeMonth)
        {
            schemes.AddRow(s.Month, Markup.Escape(s.Scheme), Money(s.Paid), Money(s.ClawedBack), Money(s.Cost), Ratio(s.PayoutRatio));
        }

        console.Write(lines);
        console.Write(agents);
        console.Write(schemes);
        console.MarkupLine(Markup.Escape(Words.F(
            "total paid {0}, clawed back {1}, pending clawback {2}, net {3}, non-cash {4}, revenue {5}, payout ratio {6}; {7:N0} rejected row(s)",
            Money(report.TotalPaid), Money(report.TotalClawedBack), Money(report.TotalPendingClawback), Money(report.Net), Money(report.TotalNonCash),
            Money(report.Revenue), Ratio(report.PayoutRatio), report.RejectedRows)));
    }

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Ratio(decimal? value) => value is { } v ? v.ToString("P2", CultureInfo.CurrentCulture) : "-";
}
