using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Csv;

/// <summary>
/// Imports logged contacts (docs/contacts.md in the repository) from CSV or .xlsx in any dialect of docs/import.md in the repository. Required columns:
/// <c>client_id</c>, <c>manager_id</c>, <c>date</c>, <c>kind</c>; optional <c>result</c> (free text) and
/// <c>decision_maker</c>. Russian headers are accepted (Контрагент, Менеджер, Дата, Вид контакта, Результат, ЛПР). The
/// kind is <c>call</c>, <c>meeting</c>, <c>visit</c> or <c>incoming call</c> (case, spaces, '-' and '_' ignored), or
/// звонок, встреча, визит, входящий звонок. A row is rejected, with its line and reason, for an empty client or manager
/// id, a bad date or an unknown kind.
/// </summary>
public static class ContactCsvImporter
{
    private static readonly Dictionary<string, ContactKind> Kinds = new(StringComparer.Ordinal)
    {
        ["call"] = ContactKind.Call, ["звонок"] = ContactKind.Call, ["исходящийзвонок"] = ContactKind.Call,
        ["meeting"] = ContactKind.Meeting, ["встреча"] = ContactKind.Meeting,
        ["visit"] = ContactKind.Visit, ["визит"] = ContactKind.Visit, ["выезд"] = ContactKind.Visit,
        ["incomingcall"] = ContactKind.IncomingCall, ["входящийзвонок"] = ContactKind.IncomingCall, ["входящий"] = ContactKind.IncomingCall,
    };

    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="dialect">Encoding, delimiter, date formats and sheet; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, or no header with the required columns.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<ContactEvent> ImportFile(string path, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
    {
        dialect ??= ImportDialect.Detect;
        return ImportInput.Read(path, dialect, input => Import(input, dialect, cancellationToken));
    }

    /// <summary>Imports from decoded text, from its first line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="dialect">Delimiter and date formats; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns.</exception>
    public static ImportResult<ContactEvent> Import(TextReader reader, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), dialect ?? ImportDialect.Detect, cancellationToken);

    private static ImportResult<ContactEvent> Import(ImportInput input, ImportDialect dialect, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<ContactEvent>();
        var (rejected, found) = TabularRows.Read(
            input,
            dialect,
            header => (
                Client: header.Require("client_id", ColumnSynonyms.Default.Client, "client id"),
                Manager: header.Require("manager_id", ColumnSynonyms.Default.Manager, "manager id"),
                Date: header.Require("date", ["date", "Дата", "Дата контакта"], "contact date"),
                Kind: header.Require("kind", ["kind", "type", "Вид контакта", "Вид", "Тип"], "contact kind"),
                Result: header.Find("result", ["result", "Результат", "Комментарий"]),
                DecisionMaker: header.Find("decision_maker", ["decision_maker", "ЛПР", "Контактное лицо"])),
            layout => (RowFields fields, out string reason) =>
            {
                var cells = fields.ToArray();
                string Cell(int? index) => index is { } i && i < cells.Length ? cells[i].Trim() : string.Empty;
                var (client, manager, kindText) = (Cell(layout.Client), Cell(layout.Manager), Cell(layout.Kind));
                if (client.Length == 0 || manager.Length == 0)
                {
                    reason = client.Length == 0 ? "client_id is empty" : "manager_id is empty";
                    return false;
                }

                if (!FieldText.TryDate(Cell(layout.Date), "date", dialect, required: true, out var date, out reason))
                {
                    return false;
                }

                if (!Kinds.TryGetValue(Key(kindText), out var kind))
                {
                    reason = $"kind {EchoText.Quote(kindText)} is not one of: call, meeting, visit, incoming call (звонок, встреча, визит, входящий звонок)";
                    return false;
                }

                var decisionMaker = Cell(layout.DecisionMaker);
                rows.Add(new ContactEvent(client, manager, date!.Value, kind, Cell(layout.Result))
                {
                    DecisionMakerId = decisionMaker.Length > 0 ? decisionMaker : null,
                });
                return true;
            },
            cancellationToken);
        return new ImportResult<ContactEvent>(rows.ToImmutable(), rejected) { Layout = found };
    }

    private static string Key(string text) => new([.. text.ToLowerInvariant().Replace('ё', 'е').Where(c => c is not (' ' or '-' or '_'))]);
}
