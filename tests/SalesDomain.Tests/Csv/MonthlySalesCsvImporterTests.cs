using SalesDomain.Csv;
using SalesDomain.Motivation;

namespace SalesDomain.Tests.Csv;

/// <summary>Import of monthly sales for the motivation schemes (docs/motivation.md, DOMAIN.md §6).</summary>
public class MonthlySalesCsvImporterTests
{
    private static ImportResult<SalesCsvRow> Import(string text) => MonthlySalesCsvImporter.Import(new StringReader(text));

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

    [Fact]
    public void ToPayoutInput_CarriesTeamsAndAttributes_AndDerivesActivations()
    {
        var result = Import(
            "agent_id,client_id,month,amount,team,outlet_type,client_class\n" +
            "a1,c1,2024-01,0,north,,\n" +
            "a2,c1,2024-02,300,,chain,A\n" +
            "a2,c2,2024-02,100,south,kiosk,C\n");
        var input = MonthlySalesCsvImporter.ToPayoutInput(result.Accepted);
        Assert.Equal([("a1", "north"), ("a2", "south")], input.Agents.Select(a => (a.Id, a.Team)));
        var c1 = input.Clients.Single(c => c.Id == "c1");
        Assert.Equal(("a2", "chain", "A"), (c1.AgentId, c1.OutletType, c1.ClientClass));
        Assert.Equal([("a2", "c1", "2024-02"), ("a2", "c2", "2024-02")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
        Assert.Equal(new SalesMonth(2024, 2), input.AsOf);
    }
}
