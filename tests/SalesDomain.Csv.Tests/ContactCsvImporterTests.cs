using SalesDomain.Csv;
using SalesDomain.Model;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The contact log import (docs/contacts.md, docs/import.md): every field of each contact, every kind name (Russian
/// too; case, spaces, '-' and '_' ignored), the Russian headers, the dialect passed on, and each rejected row with its
/// exact line and reason.
/// </summary>
public class ContactCsvImporterTests
{
    private const string Header = "client_id,manager_id,date,kind";

    private const string Kinds = "call, meeting, visit, incoming call (звонок, встреча, визит, входящий звонок)";

    private const string AutoDates = "yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time";

    private static ImportResult<ContactEvent> Import(string text, ImportDialect? dialect = null)
        => ContactCsvImporter.Import(new StringReader(text), dialect);

    private static ContactKind KindOf(string kind)
    {
        var result = Import($"{Header}\nc1,m1,2025-03-04,{kind}\n");
        Assert.Empty(result.Rejected);
        return Assert.Single(result.Accepted).Kind;
    }

    [Fact]
    public void Import_ReadsEveryField_Trimmed_AndAnEmptyDecisionMakerIsNone()
    {
        var result = Import(
            "client_id,manager_id,date,kind,result,decision_maker\n"
            + " c1 , m1 ,2025-03-04,call, agreed a meeting , dm1 \n"
            + "c2,m2,05.03.2025 10:15:00,meeting,,\n"
            + "c3,m1,6.3.25,visit,offer sent,  \n");

        Assert.Empty(result.Rejected);
        Assert.Equal(
            [
                new ContactEvent("c1", "m1", new DateOnly(2025, 3, 4), ContactKind.Call, "agreed a meeting") { DecisionMakerId = "dm1" },
                new ContactEvent("c2", "m2", new DateOnly(2025, 3, 5), ContactKind.Meeting, string.Empty),
                new ContactEvent("c3", "m1", new DateOnly(2025, 3, 6), ContactKind.Visit, "offer sent"),
            ],
            result.Accepted.ToArray());
        Assert.Null(result.Accepted[1].DecisionMakerId);
        Assert.Null(result.Accepted[2].DecisionMakerId);
        Assert.Equal("3 rows read: 3 accepted, 0 rejected", result.Summary);
    }

    [Fact]
    public void Import_WithoutResultOrDecisionMakerColumns_LeavesThemEmpty_AndTheLayoutNamesTheColumns()
    {
        var result = Import($"{Header}\nc1,m1,2025-03-04,call\n");

        var contact = Assert.Single(result.Accepted);
        Assert.Equal((string.Empty, (string?)null), (contact.Result, contact.DecisionMakerId));
        var layout = result.Layout!;
        Assert.Equal(ImportFormat.Text, layout.Format);
        Assert.Null(layout.Encoding);
        Assert.Equal(',', layout.Delimiter);
        Assert.Null(layout.Sheet);
        Assert.Equal(1, layout.HeaderLine);
        Assert.Equal(["client_id", "manager_id", "date", "kind"], layout.Header.ToArray());
        Assert.Equal(
            [("client_id", "client_id"), ("date", "date"), ("kind", "kind"), ("manager_id", "manager_id")],
            layout.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
        Assert.False(layout.Has("result"));
        Assert.False(layout.Has("decision_maker"));
    }

    [Theory]
    [InlineData("call", ContactKind.Call)]
    [InlineData("Call", ContactKind.Call)]
    [InlineData("CALL", ContactKind.Call)]
    [InlineData(" call ", ContactKind.Call)]
    [InlineData("c-a_l l", ContactKind.Call)]
    [InlineData("звонок", ContactKind.Call)]
    [InlineData("Звонок", ContactKind.Call)]
    [InlineData("ЗВОНОК", ContactKind.Call)]
    [InlineData("исходящий звонок", ContactKind.Call)]
    [InlineData("Исходящий-звонок", ContactKind.Call)]
    [InlineData("исходящий_звонок", ContactKind.Call)]
    [InlineData("исходящийзвонок", ContactKind.Call)]
    [InlineData("meeting", ContactKind.Meeting)]
    [InlineData("Meeting", ContactKind.Meeting)]
    [InlineData("встреча", ContactKind.Meeting)]
    [InlineData("Встреча", ContactKind.Meeting)]
    [InlineData("встрёча", ContactKind.Meeting)]
    [InlineData("visit", ContactKind.Visit)]
    [InlineData("VISIT", ContactKind.Visit)]
    [InlineData("визит", ContactKind.Visit)]
    [InlineData("Визит", ContactKind.Visit)]
    [InlineData("выезд", ContactKind.Visit)]
    [InlineData("Выезд", ContactKind.Visit)]
    [InlineData("incoming call", ContactKind.IncomingCall)]
    [InlineData("Incoming Call", ContactKind.IncomingCall)]
    [InlineData("incoming-call", ContactKind.IncomingCall)]
    [InlineData("incoming_call", ContactKind.IncomingCall)]
    [InlineData("IncomingCall", ContactKind.IncomingCall)]
    [InlineData("in-coming _call", ContactKind.IncomingCall)]
    [InlineData("входящий звонок", ContactKind.IncomingCall)]
    [InlineData("Входящий-Звонок", ContactKind.IncomingCall)]
    [InlineData("входящий_звонок", ContactKind.IncomingCall)]
    [InlineData("входящий", ContactKind.IncomingCall)]
    [InlineData("ВХОДЯЩИЙ", ContactKind.IncomingCall)]
    public void Import_EveryKindName_IgnoringCaseSpacesHyphensAndUnderscores(string kind, ContactKind expected)
        => Assert.Equal(expected, KindOf(kind));

    [Theory]
    [InlineData("fax")]
    [InlineData("email")]
    [InlineData("call.")]
    [InlineData("call back")]
    [InlineData("звонки")]
    [InlineData("исходящий")]
    [InlineData("incoming")]
    [InlineData("Call/Meeting")]
    public void Import_AnUnknownKind_IsRejected_NamingTheKinds(string kind)
    {
        var result = Import($"{Header}\nc1,m1,2025-03-04,{kind}\n");

        Assert.Empty(result.Accepted);
        Assert.Equal(new RejectedRow(2, $"kind '{kind}' is not one of: {Kinds}"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Import_AKindWithAControlCharacter_IsEchoedEscaped()
    {
        var result = Import($"{Header}\nc1,m1,2025-03-04,ca\u001Bll\n");

        Assert.Equal($"kind 'ca\\u001Bll' is not one of: {Kinds}", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Import_RejectsEveryBadRow_WithItsLineAndReason_InTheOrderOfTheChecks()
    {
        var result = Import(
            Header + "\n"
            + "c1,m1,2025-03-04,call\n" // 2
            + ",m1,2025-03-04,call\n" // 3
            + "c1,,2025-03-04,call\n" // 4
            + ",,2025-03-04,call\n" // 5
            + "  ,m1,2025-03-04,call\n" // 6
            + "c1,  ,2025-03-04,call\n" // 7
            + "c1,m1,,call\n" // 8
            + "c1,m1,2025-02-30,call\n" // 9
            + "c1,m1,01/02/2025,call\n" // 10
            + "c1,m1,2025-03-04,fax\n" // 11
            + "c1,m1,2025-03-04,\n" // 12
            + "c1,m1\n" // 13: a short row
            + "c1\n" // 14
            + ",m1,bad,fax\n" // 15
            + "c1,m1,bad,fax\n" // 16
            + "\n" // 17: blank, not a data row
            + "c2,m2,04.03.25,visit\n"); // 18

        Assert.Equal(
            [new ContactEvent("c1", "m1", new DateOnly(2025, 3, 4), ContactKind.Call), new ContactEvent("c2", "m2", new DateOnly(2025, 3, 4), ContactKind.Visit)],
            result.Accepted.ToArray());
        RejectedRow[] expected =
        [
            new(3, "client_id is empty"),
            new(4, "manager_id is empty"),
            new(5, "client_id is empty"),
            new(6, "client_id is empty"),
            new(7, "manager_id is empty"),
            new(8, "date is empty"),
            new(9, $"date '2025-02-30' is not a date in the format {AutoDates}"),
            new(10, $"date '01/02/2025' is not a date in the format {AutoDates}"),
            new(11, $"kind 'fax' is not one of: {Kinds}"),
            new(12, $"kind '' is not one of: {Kinds}"),
            new(13, "date is empty"),
            new(14, "manager_id is empty"),
            new(15, "client_id is empty"),
            new(16, $"date 'bad' is not a date in the format {AutoDates}"),
        ];
        Assert.Equal(expected, result.Rejected.ToArray());
        Assert.Equal("16 rows read: 2 accepted, 14 rejected", result.Summary);
    }

    [Theory]
    [InlineData("Контрагент;Менеджер;Дата;Вид контакта;Результат;ЛПР")]
    [InlineData("Клиент;Ответственный;Дата контакта;Вид;Комментарий;Контактное лицо")]
    [InlineData("Код клиента;Основной менеджер;дата;Тип;результат;лпр")]
    [InlineData("Покупатель;менеджер;ДАТА КОНТАКТА;вид контакта;КОММЕНТАРИЙ;контактное лицо")]
    [InlineData("customer_id;manager;Date;type;Result;Decision Maker")]
    [InlineData("Customer ID;Manager ID;date;Kind;result;decision-maker")]
    public void Import_RussianAndEnglishHeaders_FindEveryColumn(string header)
    {
        var result = Import($"Журнал контактов\n\n{header}\nk1;m1;04.03.2025;Звонок;КП отправлено;Иван Петров\n");

        Assert.Empty(result.Rejected);
        Assert.Equal(
            new ContactEvent("k1", "m1", new DateOnly(2025, 3, 4), ContactKind.Call, "КП отправлено") { DecisionMakerId = "Иван Петров" },
            Assert.Single(result.Accepted));
        var names = header.Split(';');
        var layout = result.Layout!;
        Assert.Equal(3, layout.HeaderLine);
        Assert.Equal(';', layout.Delimiter);
        Assert.Equal(
            [("client_id", names[0]), ("date", names[2]), ("decision_maker", names[5]), ("kind", names[3]), ("manager_id", names[1]), ("result", names[4])],
            layout.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
    }

    [Fact]
    public void Import_TheFirstListedNameWins_WhenAHeaderHasTwo()
    {
        var result = Import("client_id,manager_id,Дата контакта,Дата,Тип,kind,Комментарий,result,Контактное лицо,ЛПР\nc1,m1,2025-01-01,2025-03-04,fax,visit,x,ok,y,dm\n");

        Assert.Equal(
            new ContactEvent("c1", "m1", new DateOnly(2025, 3, 4), ContactKind.Visit, "ok") { DecisionMakerId = "dm" },
            Assert.Single(result.Accepted));
    }

    [Fact]
    public void Import_WithoutTheKindColumn_ThrowsNamingItsNamesAndTheHeader()
    {
        var e = Assert.Throws<CsvImportException>(() => Import("client_id,manager_id,date\nc1,m1,2025-03-04\n"));

        Assert.Equal(
            "No header with the required columns in the first 50 lines. The header has no contact kind column (one of 'kind', 'type', 'Вид контакта', 'Вид', 'Тип'); it has: client_id, manager_id, date.",
            e.Message);
        Assert.IsType<CsvImportException>(e.InnerException);
    }

    [Theory]
    [InlineData("manager_id,date,kind", "client id column (one of 'client_id', 'customer_id', 'Код клиента', 'Код контрагента', 'client', 'customer', 'Контрагент', 'Клиент', 'Покупатель', 'Партнер', 'Заказчик'); it has: manager_id, date, kind")]
    [InlineData("client_id,date,kind", "manager id column (one of 'manager_id', 'manager', 'Менеджер', 'Ответственный', 'Основной менеджер'); it has: client_id, date, kind")]
    [InlineData("client_id,manager_id,kind", "contact date column (one of 'date', 'Дата', 'Дата контакта'); it has: client_id, manager_id, kind")]
    public void Import_WithoutARequiredColumn_Throws(string header, string missing)
    {
        var e = Assert.Throws<CsvImportException>(() => Import(header + "\nx,y,z\n"));

        Assert.Equal($"No header with the required columns in the first 50 lines. The header has no {missing}.", e.Message);
    }

    [Fact]
    public void Import_EmptyText_Throws()
        => Assert.Equal("The file is empty: a header line is required.", Assert.Throws<CsvImportException>(() => Import(string.Empty)).Message);

    [Fact]
    public void Import_NullReader_Throws()
        => Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => ContactCsvImporter.Import(null!)).ParamName);

    [Fact]
    public void Import_GivenDateFormats_AreUsed_AndNamedInTheReason()
    {
        var dialect = new ImportDialect { DateFormats = ["MM/dd/yyyy"] };

        var result = Import($"{Header}\nc1,m1,03/04/2025,call\nc1,m1,04.03.2025,call\nc1,m1,2025-03-05,call\n", dialect);

        Assert.Equal([new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 5)], result.Accepted.Select(c => c.Date));
        Assert.Equal(new RejectedRow(3, "date '04.03.2025' is not a date in the format MM/dd/yyyy"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Import_AGivenDelimiter_IsTheOnlyOneTried()
    {
        const string text = "client_id|manager_id|date|kind\nc1|m1|2025-03-04|visit\n";

        var result = Import(text, new ImportDialect { Delimiter = '|' });

        Assert.Equal(ContactKind.Visit, Assert.Single(result.Accepted).Kind);
        Assert.Equal('|', result.Layout!.Delimiter);
        Assert.Throws<CsvImportException>(() => Import(text));
        Assert.Throws<CsvImportException>(() => Import($"{Header}\nc1,m1,2025-03-04,call\n", new ImportDialect { Delimiter = ';' }));
    }

    [Fact]
    public void Import_TheHeaderSearchDepth_IsTheDialects()
    {
        const string text = "Журнал контактов\nclient_id,manager_id,date,kind\nc1,m1,2025-03-04,call\n";

        Assert.Single(Import(text).Accepted);
        var e = Assert.Throws<CsvImportException>(() => Import(text, new ImportDialect { HeaderSearchLines = 1 }));
        Assert.StartsWith("No header with the required columns in the first 1 lines. The header has no client id column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ACancelledToken_StopsTheImport()
    {
        var text = Header + "\n" + string.Concat(Enumerable.Repeat("c1,m1,2025-03-04,call\n", 5000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var e = Assert.Throws<OperationCanceledException>(() => ContactCsvImporter.Import(new StringReader(text), null, cancelled.Token));

        Assert.Equal(cancelled.Token, e.CancellationToken);
        Assert.Equal(5000, ContactCsvImporter.Import(new StringReader(text), null, CancellationToken.None).Accepted.Length);
    }

    [Fact]
    public void ImportFile_A1CContactLog_EveryRowAccountedFor()
    {
        var result = ContactCsvImporter.ImportFile(TestData.PathOf("contacts/contacts.csv"));

        Assert.Equal(
            [
                new ContactEvent("acme", "m1", new DateOnly(2025, 4, 3), ContactKind.Call, "договорились о встрече"),
                new ContactEvent("acme", "m1", new DateOnly(2025, 4, 3), ContactKind.Call, "перезвонил"),
                new ContactEvent("globex", "m2", new DateOnly(2025, 3, 31), ContactKind.Meeting, "КП отправлено"),
                new ContactEvent("initech", "m2", new DateOnly(2025, 4, 2), ContactKind.Visit, string.Empty),
            ],
            result.Accepted.ToArray());
        Assert.Equal(new RejectedRow(6, $"kind 'fax' is not one of: {Kinds}"), Assert.Single(result.Rejected));
        Assert.Equal("utf-8", result.Layout!.Encoding);
        Assert.Equal(';', result.Layout.Delimiter);
        Assert.Equal("Вид контакта", result.Layout.Columns["kind"]);
    }

    [Fact]
    public void ImportFile_AWorkbook_ReadsTheSheetGiven_TypedDatesAndNumbers()
    {
        var path = TestData.PathOf("1c/contacts.xlsx");

        var result = ContactCsvImporter.ImportFile(path, new ImportDialect { Sheet = "контакты" });

        Assert.Equal(
            [
                new ContactEvent("acme", "m1", new DateOnly(2025, 3, 4), ContactKind.Call, "договорились о встрече") { DecisionMakerId = "Иванов" },
                new ContactEvent("globex", "m2", new DateOnly(2025, 3, 5), ContactKind.Meeting),
                new ContactEvent("initech", "m2", new DateOnly(2025, 3, 6), ContactKind.Visit, "КП отправлено"),
                new ContactEvent("1001", "m1", new DateOnly(2025, 3, 10), ContactKind.IncomingCall),
            ],
            result.Accepted.ToArray());
        Assert.Equal(new RejectedRow(7, $"kind 'fax' is not one of: {Kinds}") { Sheet = "Контакты" }, Assert.Single(result.Rejected));
        Assert.Equal((ImportFormat.Xlsx, "Контакты", 3L), (result.Layout!.Format, result.Layout.Sheet, result.Layout.HeaderLine));
    }

    [Fact]
    public void ImportFile_AWorkbook_ReadsTheFirstSheetByDefault()
    {
        var e = Assert.Throws<CsvImportException>(() => ContactCsvImporter.ImportFile(TestData.PathOf("1c/contacts.xlsx")));

        Assert.StartsWith("No header with the required columns in the first 50 rows of sheet 'Сводка'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_AWorkbook_HonoursACancelledToken()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ContactCsvImporter.ImportFile(
            TestData.PathOf("1c/contacts.xlsx"), new ImportDialect { Sheet = "Контакты" }, cancelled.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ImportFile_WithoutAPath_Throws(string? path)
        => Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => ContactCsvImporter.ImportFile(path!)).ParamName);
}
