using System.Globalization;
using SalesDomain.Forecast;

namespace SalesDomain.Csv;

/// <summary>
/// Imports deals from CSV (docs/forecast.md). Required columns: <c>deal_id, client_id, manager_id, amount, stage,
/// expected_close</c>; optional: <c>status</c> (open, won, lost; empty means open), <c>loss_reason</c>,
/// <c>next_step</c>, <c>stage_since</c>, <c>close_date</c>, <c>stays_with_manager</c> (true/false, 1/0, yes/no,
/// да/нет; empty means false: <see cref="Deal.StaysWithManager"/>). Column names are matched case-insensitively; other columns
/// are ignored. The stage is given by its name or its probability in whole percent (<c>70</c> or <c>70%</c>); the deal
/// then meets the criteria of that stage and of every stage before it. A won deal closes on <c>close_date</c>, or on
/// <c>expected_close</c> when that column is absent or empty. A lost deal needs a <c>loss_reason</c> from the policy's
/// list; a deal that is not lost must not have one. A row is rejected, with its line number and reason, for an empty
/// id, a repeated deal id, an unknown stage or status, a negative or unreadable amount, a bad date, or a missing or
/// unlisted loss reason.
/// </summary>
public static class DealCsvImporter
{
    /// <summary>Imports from a file.</summary>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<Deal> ImportFile(string path, DealCsvOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Import(reader, options);
    }

    /// <summary>Imports from a reader positioned at the header line.</summary>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImportResult<Deal> Import(TextReader reader, DealCsvOptions? options = null)
    {
        options ??= DealCsvOptions.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return CsvRows.Read(
            reader,
            options.Delimiter,
            Layout.Resolve,
            (string[] fields, Layout layout, out Deal deal, out string reason) =>
                TryParse(fields, layout, options, out deal, out reason) && Unique(deal, seen, out reason));
    }

    private static bool Unique(Deal deal, HashSet<string> seen, out string reason)
    {
        reason = seen.Add(deal.Id) ? string.Empty : $"deal_id '{deal.Id}' repeats an earlier row";
        return reason.Length == 0;
    }

    private static bool TryParse(string[] fields, Layout layout, DealCsvOptions options, out Deal deal, out string reason)
    {
        deal = null!;
        string Field(int? column) => column is { } c && c < fields.Length ? fields[c].Trim() : string.Empty;
        if (fields.Length < layout.Width)
        {
            reason = $"expected at least {layout.Width} fields, found {fields.Length}";
            return false;
        }

        var (id, client, manager) = (Field(layout.DealId), Field(layout.ClientId), Field(layout.ManagerId));
        if (id.Length == 0 || client.Length == 0 || manager.Length == 0)
        {
            reason = id.Length == 0 ? "deal_id is empty" : client.Length == 0 ? "client_id is empty" : "manager_id is empty";
            return false;
        }

        var amountText = Field(layout.Amount);
        if (!decimal.TryParse(amountText, CsvRows.NumberStyle, CultureInfo.InvariantCulture, out var amount) || amount < 0m)
        {
            reason = $"amount '{amountText}' is not a non-negative number (use a point for decimals, no thousands separators)";
            return false;
        }

        var stageText = Field(layout.Stage);
        if (!options.Policy.TryParseStage(stageText, out var stage))
        {
            reason = $"stage '{stageText}' is not a stage name or probability (one of: "
                     + string.Join(", ", options.Policy.Stages.Select(s => $"{s.Name} = {s.Percent}")) + ")";
            return false;
        }

        if (!TryDate(Field(layout.ExpectedClose), "expected_close", options, required: true, out var expected, out reason)
            || !TryDate(Field(layout.StageSince), "stage_since", options, required: false, out var since, out reason)
            || !TryDate(Field(layout.CloseDate), "close_date", options, required: false, out var closeDate, out reason))
        {
            return false;
        }

        var staysText = Field(layout.StaysWithManager);
        if (!CsvFlag.TryParse(staysText, out var stays))
        {
            reason = $"stays_with_manager '{staysText}' is not {CsvFlag.Expected}";
            return false;
        }

        var open = new Deal(id, client, manager, amount, expected!.Value, options.Policy.CriteriaThrough(stage))
        {
            NextStep = layout.NextStep is { } n ? Field(n) : null,
            StageSince = since,
            StaysWithManager = stays,
        };
        return TryClose(open, Field(layout.Status), Field(layout.LossReason), closeDate, options.Policy, out deal, out reason);
    }

    private static bool TryClose(
        Deal open, string status, string lossReason, DateOnly? closeDate, DealPolicy policy, out Deal deal, out string reason)
    {
        deal = open;
        reason = string.Empty;
        switch (status.ToLowerInvariant())
        {
            case "" or "open" when lossReason.Length == 0:
                return true;
            case "won" when lossReason.Length == 0:
                deal = open.AsWon(closeDate ?? open.ExpectedClose);
                return true;
            case "" or "open" or "won":
                reason = $"loss_reason '{lossReason}' is given for a deal that is not lost";
                return false;
            case "lost" when lossReason.Length == 0:
                reason = "loss_reason is required for a lost deal";
                return false;
            case "lost" when policy.TryResolveLossReason(lossReason, out var listed):
                deal = open.AsLost(listed);
                return true;
            case "lost":
                reason = $"loss_reason '{lossReason}' is not one of: {string.Join(", ", policy.LossReasons)}";
                return false;
            default:
                reason = $"status '{status}' is not open, won or lost";
                return false;
        }
    }

    private static bool TryDate(string text, string column, DealCsvOptions options, bool required, out DateOnly? date, out string reason)
    {
        date = null;
        reason = string.Empty;
        if (text.Length == 0)
        {
            reason = required ? $"{column} is empty" : string.Empty;
            return !required;
        }

        if (!DateOnly.TryParseExact(text, options.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            reason = $"{column} '{text}' is not a date in the format {options.DateFormat}";
            return false;
        }

        date = d;
        return true;
    }

    private sealed record Layout(
        int DealId, int ClientId, int ManagerId, int Amount, int Stage, int ExpectedClose,
        int? Status, int? LossReason, int? NextStep, int? StageSince, int? CloseDate, int? StaysWithManager)
    {
        public int Width => new[] { DealId, ClientId, ManagerId, Amount, Stage, ExpectedClose }.Max() + 1;

        public static Layout Resolve(string[] header)
        {
            var find = CsvRows.Finder(header);
            return new Layout(
                CsvRows.Require(header, "deal_id", "deal id"),
                CsvRows.Require(header, "client_id", "client id"),
                CsvRows.Require(header, "manager_id", "manager id"),
                CsvRows.Require(header, "amount", "deal amount"),
                CsvRows.Require(header, "stage", "stage name or probability"),
                CsvRows.Require(header, "expected_close", "expected close date"),
                find("status"),
                find("loss_reason"),
                find("next_step"),
                find("stage_since"),
                find("close_date"),
                find("stays_with_manager"));
        }
    }
}
