using System.Collections.Immutable;
using SalesDomain.Forecast;

namespace SalesDomain.Csv;

/// <summary>
/// Imports deals from CSV or .xlsx (docs/forecast.md in the repository; dialects and Russian headers as in docs/import.md in the repository). Required columns: <c>deal_id, client_id, manager_id, amount, stage,
/// expected_close</c>; optional: <c>status</c> (open, won, lost; empty means open), <c>loss_reason</c>,
/// <c>next_step</c>, <c>stage_since</c>, <c>close_date</c>, <c>stays_with_manager</c> (true/false, 1/0, yes/no,
/// да/нет; empty means false: <see cref="Deal.StaysWithManager"/>). Column names are matched case-insensitively; other columns
/// are ignored. The stage is given by its name or its probability in whole percent (<c>70</c> or <c>70%</c>); the deal
/// then meets the criteria of that stage and of every stage before it; Russian stage names («Выставлен счёт»,
/// «Расчёт отправлен»…) and an unqualified deal (<c>0</c>, <c>0%</c>) are accepted, case- and ё/е-insensitively. A won deal closes on <c>close_date</c>, or on
/// <c>expected_close</c> when that column is absent or empty. A lost deal needs a <c>loss_reason</c> from the policy's
/// list; a deal that is not lost must not have one. A row is rejected, with its line number and reason, for an empty
/// id, a repeated deal id, an unknown stage or status, a negative or unreadable amount, a bad date, or a missing or
/// unlisted loss reason.
/// </summary>
public static class DealCsvImporter
{
    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Policy and dialect; <see cref="DealCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, no header with the required columns, or a column named twice.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<Deal> ImportFile(string path, DealCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DealCsvOptions.Default;
        return ImportInput.Read(path, options.Dialect, input => Import(input, options, cancellationToken));
    }

    /// <summary>Imports from a stream (text or .xlsx), from its current position; the stream is left open.</summary>
    /// <inheritdoc cref="ImportFile(string, DealCsvOptions?, CancellationToken)"/>
    public static ImportResult<Deal> Import(Stream stream, DealCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DealCsvOptions.Default;
        return ImportInput.Read(stream, options.Dialect, input => Import(input, options, cancellationToken));
    }

    /// <summary>Imports from decoded text, from its first line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="options">Policy and dialect; <see cref="DealCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns, or a column named twice.</exception>
    public static ImportResult<Deal> Import(TextReader reader, DealCsvOptions? options = null, CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), options ?? DealCsvOptions.Default, cancellationToken);

    private static ImportResult<Deal> Import(ImportInput input, DealCsvOptions options, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deals = ImmutableArray.CreateBuilder<Deal>();
        var (rejected, found) = TabularRows.Read(input, options.Dialect, Layout.Resolve, layout => (RowFields fields, out string reason) =>
        {
            if (!TryParse(fields.ToArray(), layout, options, out var deal, out reason) || !Unique(deal, seen, out reason))
            {
                return false;
            }

            deals.Add(deal);
            return true;
        }, cancellationToken);
        return new ImportResult<Deal>(deals.ToImmutable(), rejected) { Layout = found };
    }

    private static bool Unique(Deal deal, HashSet<string> seen, out string reason)
    {
        reason = seen.Add(deal.Id) ? string.Empty : $"deal_id {EchoText.Quote(deal.Id)} repeats an earlier row";
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

        if (!FieldText.TryNumber(Field(layout.Amount), "amount", options.Dialect.Culture, required: true, out var amount, out reason))
        {
            return false;
        }

        if (amount < 0m)
        {
            reason = $"amount {amount} is negative";
            return false;
        }

        var stageText = Field(layout.Stage);
        if (!options.Policy.TryParseCriteria(stageText, out var criteria))
        {
            reason = $"stage {EchoText.Quote(stageText)} is not a stage name or probability (one of: 0 = unqualified, "
                     + string.Join(", ", options.Policy.Stages.Select(s => $"{s.Name} = {s.Percent}")) + ")";
            return false;
        }

        if (!FieldText.TryDate(Field(layout.ExpectedClose), "expected_close", options.Dialect, required: true, out var expected, out reason)
            || !FieldText.TryDate(Field(layout.StageSince), "stage_since", options.Dialect, required: false, out var since, out reason)
            || !FieldText.TryDate(Field(layout.CloseDate), "close_date", options.Dialect, required: false, out var closeDate, out reason))
        {
            return false;
        }

        var staysText = Field(layout.StaysWithManager);
        if (!CsvFlag.TryParse(staysText, out var stays))
        {
            reason = $"stays_with_manager '{staysText}' is not {CsvFlag.Expected}";
            return false;
        }

        var open = new Deal(id, client, manager, amount!.Value, expected!.Value, criteria)
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
        switch (StatusKey(status))
        {
            case "" or "open" when lossReason.Length == 0:
                return true;
            case "won" when lossReason.Length == 0:
                deal = open.AsWon(closeDate ?? open.ExpectedClose);
                return true;
            case "" or "open" or "won":
                reason = $"loss_reason {EchoText.Quote(lossReason)} is given for a deal that is not lost";
                return false;
            case "lost" when lossReason.Length == 0:
                reason = "loss_reason is required for a lost deal";
                return false;
            case "lost" when policy.TryResolveLossReason(lossReason, out var listed):
                deal = open.AsLost(listed);
                return true;
            case "lost":
                reason = $"loss_reason {EchoText.Quote(lossReason)} is not one of: {string.Join(", ", policy.LossReasons)} (or its Russian name)";
                return false;
            default:
                reason = $"status {EchoText.Quote(status)} is not open, won or lost";
                return false;
        }
    }

    /// <summary>A status in English or Russian as its English key: open (открыта, в работе), won (выиграна, успех), lost (проиграна, отказ).</summary>
    private static string StatusKey(string status) => status.Trim().ToLowerInvariant().Replace('ё', 'е') switch
    {
        "открыта" or "открыт" or "в работе" => "open",
        "выиграна" or "выигран" or "успех" or "успешно" => "won",
        "проиграна" or "проигран" or "отказ" => "lost",
        var other => other,
    };

    private sealed record Layout(
        int DealId, int ClientId, int ManagerId, int Amount, int Stage, int ExpectedClose,
        int? Status, int? LossReason, int? NextStep, int? StageSince, int? CloseDate, int? StaysWithManager)
    {
        public int Width => new[] { DealId, ClientId, ManagerId, Amount, Stage, ExpectedClose }.Max() + 1;

        public static Layout Resolve(HeaderColumns header) => new(
            header.Require("deal_id", ["deal_id", "deal", "Сделка", "Номер сделки", "ID сделки"], "deal id"),
            header.Require("client_id", ColumnSynonyms.Default.Client, "client id"),
            header.Require("manager_id", ColumnSynonyms.Default.Manager, "manager id"),
            header.Require("amount", ["amount", "Сумма", "Сумма сделки"], "deal amount"),
            header.Require("stage", ["stage", "Этап", "Стадия", "Вероятность"], "stage name or probability"),
            header.Require("expected_close", ["expected_close", "Ожидаемая дата закрытия", "Плановая дата закрытия", "Дата закрытия план"], "expected close date"),
            header.Find("status", ["status", "Статус", "Состояние"]),
            header.Find("loss_reason", ["loss_reason", "Причина отказа", "Причина проигрыша"]),
            header.Find("next_step", ["next_step", "Следующий шаг"]),
            header.Find("stage_since", ["stage_since", "На этапе с", "Дата этапа"]),
            header.Find("close_date", ["close_date", "Дата закрытия", "Фактическая дата закрытия"]),
            header.Find("stays_with_manager", ["stays_with_manager", "Остаётся у менеджера", "Остается у менеджера"]));
    }
}
