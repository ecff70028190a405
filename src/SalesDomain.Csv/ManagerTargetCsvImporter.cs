using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Managers;

namespace SalesDomain.Csv;

/// <summary>
/// Imports monthly sales plans (docs/managers.md in the repository) from CSV or .xlsx in any dialect of docs/import.md in the repository. Required columns:
/// <c>manager_id</c>, <c>month</c>, <c>target</c>; Russian headers are accepted (Менеджер, Месяц, Период, План). The
/// month is <c>yyyy-MM</c>, <c>MM.yyyy</c> or any date of the month in the file's date formats (Excel writes the first
/// of the month). A row is rejected, with its line and reason, for an empty manager id, a month or target that does not
/// read, a negative target, or a manager and month that repeat an earlier row.
/// </summary>
public static class ManagerTargetCsvImporter
{
    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="dialect">Encoding, delimiter, number and date formats and sheet; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, or no header with the required columns.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<ManagerTarget> ImportFile(string path, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
    {
        dialect ??= ImportDialect.Detect;
        return ImportInput.Read(path, dialect, input => Import(input, dialect, cancellationToken));
    }

    /// <summary>Imports from decoded text, from its first line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="dialect">Delimiter, number and date formats; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns.</exception>
    public static ImportResult<ManagerTarget> Import(TextReader reader, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), dialect ?? ImportDialect.Detect, cancellationToken);

    private static ImportResult<ManagerTarget> Import(ImportInput input, ImportDialect dialect, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<ManagerTarget>();
        var seen = new HashSet<(string, SalesMonth)>();
        var (rejected, found) = TabularRows.Read(
            input,
            dialect,
            header => (
                Manager: header.Require("manager_id", ColumnSynonyms.Default.Manager, "manager id"),
                Month: header.Require("month", ["month", "Месяц", "Период"], "month"),
                Target: header.Require("target", ["target", "plan", "План", "План продаж", "Цель"], "target")),
            layout => (RowFields fields, out string reason) =>
            {
                var cells = fields.ToArray();
                string Cell(int index) => index < cells.Length ? cells[index].Trim() : string.Empty;
                var manager = Cell(layout.Manager);
                if (manager.Length == 0)
                {
                    reason = "manager_id is empty";
                    return false;
                }

                if (!TryMonth(Cell(layout.Month), dialect, out var month))
                {
                    reason = $"month {EchoText.Quote(Cell(layout.Month))} is not a month (yyyy-MM, MM.yyyy or a date of the month)";
                    return false;
                }

                if (!FieldText.TryNumber(Cell(layout.Target), "target", dialect.Culture, required: true, out var target, out reason))
                {
                    return false;
                }

                if (target < 0m)
                {
                    reason = $"target {target!.Value.ToString(CultureInfo.InvariantCulture)} is negative";
                    return false;
                }

                if (!seen.Add((manager, month)))
                {
                    reason = $"manager_id '{manager}' has a target for {month} in an earlier row";
                    return false;
                }

                rows.Add(new ManagerTarget(manager, month, target!.Value));
                return true;
            },
            cancellationToken);
        return new ImportResult<ManagerTarget>(rows.ToImmutable(), rejected) { Layout = found };
    }

    private static bool TryMonth(string text, ImportDialect dialect, out SalesMonth month)
    {
        if (SalesMonth.TryParse(text, out month))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || DateGrammar.TryParse(text, dialect.DateFormats, out first))
        {
            month = SalesMonth.Of(first);
            return true;
        }

        return false;
    }
}
