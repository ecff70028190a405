using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Motivation;

namespace SalesDomain.Csv.Tests;

/// <summary>Import of monthly sales for the motivation schemes (docs/motivation.md, DOMAIN.md §6).</summary>
public class MonthlySalesCsvImporterTests
{
    private static ImportResult<SalesCsvRow> Import(string text) => MonthlySalesCsvImporter.Import(new StringReader(text));

    [Trait("Category", "Slow")]
    [Fact]
    public void ReadsTheRequiredColumns_InAnyOrder_WithExtraColumnsIgnored()
    {
        var result = Import("month,amount,note,client_id,agent_id\n2024-01,500.50,x,c1,a1\n2024-02,-20,y,c1,a2\n");
        Assert.Empty(result.Rejected);
        Assert.Equal(
            [new MonthlySale("a1", "c1", new SalesMonth(2024, 1), 500.50m), new MonthlySale("a2", "c1", new SalesMonth(2024, 2), -20m)],
            result.Accepted.Select(r => r.Sale));
    }

    [Fact]
    public void RejectsBadRows_WithLineNumberAndReason()
    {
        var result = Import(
            "agent_id,client_id,month,amount\n" +
            "a1,c1,2024-01,500\n" +
            ",c1,2024-01,500\n" +
            "a1,,2024-01,500\n" +
            "a1,c1,2024-13,500\n" +
            "a1,c1,2024-1,500\n" +
            "a1,c1,2024-01,\n" +
            "a1,c1,2024-01,1,000\n" +
            "a1,c1,2024-01,12o\n" +
            "a1,c1\n");
        Assert.Single(result.Accepted);
        Assert.Equal(
            [
                (3L, "agent_id is empty"),
                (4L, "client_id is empty"),
                (5L, "month '2024-13' is not a month in the format yyyy-MM"),
                (6L, "month '2024-1' is not a month in the format yyyy-MM"),
                (7L, "amount is empty"),
                (8L, "has 5 fields but the header has 4 (a value holding the delimiter must be quoted)"),
                (9L, "amount '12o' is not a number"),
                (10L, "expected 4 fields as in the header, found 2 (quote a field that holds the delimiter)"),
            ],
            result.Rejected.Select(r => (r.LineNumber, r.Reason)));
        Assert.Equal(9, result.RowsRead);
    }

    [Fact]
    public void MissingColumn_IsAnUnusableHeader()
    {
        var e = Assert.Throws<CsvImportException>(() => Import("agent_id,client_id,amount\na1,c1,5\n"));
        Assert.Contains("'month'", e.Message, StringComparison.Ordinal);
        Assert.Throws<CsvImportException>(() => Import(string.Empty));
    }

    [Fact]
    public void ContradictoryAttributes_AreRejected_NotCoerced()
    {
        var result = Import(
            "agent_id,client_id,month,amount,team,outlet_type,client_class\n" +
            "a1,c1,2024-01,500,north,chain,A\n" +
            "a1,c1,2024-02,500,,,\n" +
            "a1,c1,2024-03,500,south,chain,A\n" +
            "a1,c1,2024-04,500,north,kiosk,A\n");
        Assert.Equal(2, result.Accepted.Length);
        Assert.Equal(
            ["team 'south' contradicts 'north' given earlier for agent 'a1'", "outlet_type 'kiosk' contradicts 'chain' given earlier for client 'c1'"],
            result.Rejected.Select(r => r.Reason));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ToPayoutInput_CarriesTeamsAndAttributes_AndDerivesActivations()
    {
        var result = Import(
            "agent_id,client_id,month,amount,team,outlet_type,client_class\n" +
            "a1,c1,2024-01,0,north,,\n" +
            "a2,c1,2024-02,300,,chain,A\n" +
            "a2,c2,2024-02,100,south,kiosk,C\n");
        var input = MonthlySalesCsvImporter.ToPayoutInput(result.Accepted, ActivationRule.FromEmptyBase);
        Assert.Equal([("a1", "north"), ("a2", "south")], input.Agents.Select(a => (a.Id, a.Team)));
        var c1 = input.Clients.Single(c => c.Id == "c1");
        Assert.Equal(("a2", "chain", "A"), (c1.AgentId, c1.OutletType, c1.ClientClass));
        Assert.Equal([("a2", "c1", "2024-02"), ("a2", "c2", "2024-02")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
        Assert.Equal(new SalesMonth(2024, 2), input.AsOf);
    }

    [Fact]
    public void ActivatedAndRefusedColumns_MarkActivationsAndRefusals()
    {
        // c1: activated by a2 in 2024-03 (a1's earlier positive month is not an activation: the file marks them);
        // c2: marked twice in 2024-02 → one activation, by the first marked row's agent; refused in 2024-04.
        var result = Import(
            "agent_id,client_id,month,amount,activated,refused\n" +
            "a1,c1,2024-01,100,,\n" +
            "a2,c1,2024-03,300,да,\n" +
            "a1,c2,2024-02,100,yes,\n" +
            "a2,c2,2024-02,100,1,\n" +
            "a1,c2,2024-04,0,,TRUE\n" +
            "a1,c3,2024-04,5,maybe,\n");

        Assert.Equal("activated 'maybe' is not true/false, 1/0, yes/no or да/нет", Assert.Single(result.Rejected).Reason);
        var input = MonthlySalesCsvImporter.ToPayoutInput(result.Accepted);
        Assert.Equal([("a2", "c1", "2024-03"), ("a1", "c2", "2024-02")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
        Assert.Equal(("c2", "2024-04"), (Assert.Single(input.Refusals).ClientId, input.Refusals[0].Month.ToString()));
        Assert.Equal("a2", input.Clients.Single(c => c.Id == "c1").AgentId);
    }

    [Fact]
    public void WithoutAnActivatedColumn_ActivationsAreDerivedByTheTwelveMonthRule()
    {
        // 2023-01..2024-02: c1 buys throughout (never activated); c2 first buys in 2024-02, after 13 silent months.
        var rows = string.Concat(SalesMonth.Range(new SalesMonth(2023, 1), new SalesMonth(2024, 2)).Select(m => $"a1,c1,{m},100\n"));
        var result = Import("agent_id,client_id,month,amount\n" + rows + "a2,c2,2024-02,50\n");

        var input = MonthlySalesCsvImporter.ToPayoutInput(result.Accepted);
        Assert.Equal([("a2", "c2", "2024-02")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
        Assert.All(result.Accepted, r => Assert.Null(r.Activated));
        Assert.Equal(2, MonthlySalesCsvImporter.ToPayoutInput(result.Accepted, ActivationRule.FromEmptyBase).Activations.Length);
    }

    private const string FullHeader = "agent_id,client_id,month,amount,team,outlet_type,client_class,activated,refused";

    [Theory]
    [InlineData("agent_id", "agent")]
    [InlineData("agent_id", "Агент")]
    [InlineData("agent_id", "Менеджер")]
    [InlineData("agent_id", "Ответственный")]
    [InlineData("client_id", "Контрагент")]
    [InlineData("month", "Месяц")]
    [InlineData("month", "Период")]
    [InlineData("amount", "Сумма")]
    [InlineData("team", "team")]
    [InlineData("team", "Команда")]
    [InlineData("team", "Отдел")]
    [InlineData("outlet_type", "outlet_type")]
    [InlineData("outlet_type", "Тип точки")]
    [InlineData("outlet_type", "Формат точки")]
    [InlineData("client_class", "client_class")]
    [InlineData("client_class", "Класс клиента")]
    [InlineData("activated", "activated")]
    [InlineData("activated", "Активация")]
    [InlineData("activated", "Активирован")]
    [InlineData("refused", "refused")]
    [InlineData("refused", "Отказ")]
    public void Import_ColumnSynonym_IsMatchedToItsField(string field, string name)
    {
        var header = string.Join(',', FullHeader.Split(',').Select(c => c == field ? name : c));

        var result = Import(header + "\na1,c1,2024-01,100,north,chain,A,да,да\n");

        Assert.Empty(result.Rejected);
        Assert.Equal(name, result.Layout!.Columns[field]);
        Assert.Equal(FullHeader.Split(',').Order(StringComparer.Ordinal), result.Layout.Columns.Keys.Order(StringComparer.Ordinal));
        var row = Assert.Single(result.Accepted);
        Assert.Equal(new MonthlySale("a1", "c1", new SalesMonth(2024, 1), 100m), row.Sale);
        Assert.Equal(("north", "chain", "A", (bool?)true, true), (row.Team, row.OutletType, row.ClientClass, row.Activated, row.Refused));
    }

    [Theory]
    [InlineData("agent_id", "The header has no agent id column (one of 'agent_id', 'agent', 'Агент', 'Менеджер', 'Ответственный')")]
    [InlineData("client_id", "The header has no client id column (one of 'client_id', 'customer_id', 'Код клиента', 'Код контрагента', 'client', 'customer', 'Контрагент', 'Клиент', 'Покупатель', 'Партнер', 'Заказчик')")]
    [InlineData("month", "The header has no month, yyyy-MM column (one of 'month', 'Месяц', 'Период')")]
    [InlineData("amount", "The header has no amount column (one of 'amount', 'revenue', 'sales', 'Сумма', 'Выручка', 'Сумма продажи', 'Сумма с НДС', 'Сумма реализации', 'Стоимость')")]
    public void Import_RequiredColumnMissing_NamesTheFieldAndItsSynonyms(string missing, string message)
    {
        var header = string.Join(',', new[] { "agent_id", "client_id", "month", "amount" }.Where(c => c != missing));

        var e = Assert.Throws<CsvImportException>(() => Import(header + "\n"));

        Assert.Contains(message + "; it has: " + header.Replace(",", ", ", StringComparison.Ordinal) + ".", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnreadableRefusedFlag_IsRejected()
    {
        var result = Import("agent_id,client_id,month,amount,refused\na1,c1,2024-01,5,maybe\n");

        Assert.Equal(new RejectedRow(2, "refused 'maybe' is not true/false, 1/0, yes/no or да/нет"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Import_ContradictoryClientClass_IsRejected_AndTheFirstContradictionIsReported()
    {
        var result = Import(
            "agent_id,client_id,month,amount,team,outlet_type,client_class\n" +
            "a1,c1,2024-01,500,north,chain,A\n" +
            "a1,c1,2024-02,500,north,chain,B\n" +
            "a1,c1,2024-03,500,south,kiosk,A\n" +
            "a1,c1,2024-04,500,north,kiosk,B\n" +
            "a1,c2,2024-04,500,,,C\n");

        Assert.Equal(2, result.Accepted.Length);
        Assert.Equal(
            [
                (3L, "client_class 'B' contradicts 'A' given earlier for client 'c1'"),
                (4L, "team 'south' contradicts 'north' given earlier for agent 'a1'"),
                (5L, "outlet_type 'kiosk' contradicts 'chain' given earlier for client 'c1'"),
            ],
            result.Rejected.Select(r => (r.LineNumber, r.Reason)));
    }

    [Fact]
    public void Import_RecordsTheLayoutFound()
    {
        var result = Import("Продажи за квартал\nagent_id,client_id,month,amount\na1,c1,2024-01,5\n");

        Assert.Equal(2, result.Layout!.HeaderLine);
        Assert.Equal("agent_id,client_id,month,amount", string.Join(',', result.Layout.Header));
    }

    [Fact]
    public void Import_GivenDialect_IsUsedByEveryEntryPoint()
    {
        const string text = "Продажи за квартал\nagent_id,client_id,month,amount\na1,c1,2024-01,5\n";
        var oneLine = new ImportDialect { HeaderSearchLines = 1 };
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

            Assert.Throws<CsvImportException>(() => MonthlySalesCsvImporter.Import(new StringReader(text), oneLine));
            Assert.Throws<CsvImportException>(() => MonthlySalesCsvImporter.Import(stream, oneLine));
            Assert.Throws<CsvImportException>(() => MonthlySalesCsvImporter.ImportFile(path, oneLine));
            Assert.Single(MonthlySalesCsvImporter.ImportFile(path).Accepted);
            stream.Position = 0;
            Assert.Single(MonthlySalesCsvImporter.Import(stream).Accepted);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToPayoutInput_WithoutTeamsOrAttributes_GivesEmptyOnes()
    {
        var result = Import("agent_id,client_id,month,amount\na1,c1,2024-01,5\n");

        var input = MonthlySalesCsvImporter.ToPayoutInput(result.Accepted);

        Assert.Equal(string.Empty, Assert.Single(input.Agents).Team);
        var client = Assert.Single(input.Clients);
        Assert.Equal((string.Empty, string.Empty), (client.OutletType, client.ClientClass));
    }

    [Fact]
    public void ToPayoutInput_RowsOfWhichSomeAreMarked_TakeTheMarkedActivations()
    {
        SalesCsvRow[] rows =
        [
            new(new MonthlySale("a1", "c1", new SalesMonth(2024, 1), 100m), string.Empty, string.Empty, string.Empty) { Activated = true },
            new(new MonthlySale("a2", "c2", new SalesMonth(2024, 1), 100m), string.Empty, string.Empty, string.Empty),
        ];

        var input = MonthlySalesCsvImporter.ToPayoutInput(rows, ActivationRule.FromEmptyBase);

        Assert.Equal([("a1", "c1", "2024-01")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
    }
}
