using System.Text.Json;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Serialization;

namespace SalesDomain.Tests.Serialization;

/// <summary>The JSON shape of the results, and the errors an inconsistent result file gives.</summary>
public class ResultJsonShapeTests
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    private static ClientBase Base() => ClientBase.FromSales(
    [
        new Sale("a", new DateOnly(2025, 1, 10), 100m), new Sale("a", new DateOnly(2025, 2, 10), 100m),
        new Sale("b", new DateOnly(2025, 1, 20), 30m), new Sale("c", new DateOnly(2025, 2, 5), 5m),
    ]);

    [Fact]
    public void AnAbcResult_ReadBack_FindsItsClients()
    {
        var abc = new SegmentationAnalyzer().Analyze(Base(), new DateOnly(2025, 3, 1)).Abc;

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(abc, Json.AbcResult), Json.AbcResult)!;

        Assert.Equal(abc.ClassOf("b"), back.ClassOf("b"));
        Assert.Equal(abc.Total(AbcClass.A), back.Total(AbcClass.A));
    }

    [Fact]
    public void AMatrix_IsItsNineNamedCells_AndAMissingCellIsAJsonError()
    {
        var matrix = new SegmentationAnalyzer().Analyze(Base(), new DateOnly(2025, 3, 1)).Matrix;
        var text = JsonSerializer.Serialize(matrix, Json.AbcXyzMatrix);

        Assert.Contains("\"abc\":\"A\",\"xyz\":\"X\"", text, StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"cells":[],"positiveTotal":0}""", Json.AbcXyzMatrix));
        Assert.Contains("9 cells", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AForecastGroup_HasItsMonthsAndCategoriesAsObjects()
    {
        var deal = new SalesDomain.Forecast.Deal("d", "k", "m", 100m, new DateOnly(2026, 1, 20), SalesDomain.Forecast.DealCriteria.CalculationSent);
        var result = SalesDomain.Forecast.SalesForecast.Build([deal], new DateOnly(2026, 1, 1));

        var text = JsonSerializer.Serialize(result.Total, Json.ForecastGroup);

        Assert.Contains("\"byMonth\":{\"2026-01\":{", text, StringComparison.Ordinal);
        Assert.Contains("\"byCategory\":{\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeek_IsItsMonday_AndAnotherDayIsAJsonError()
    {
        Assert.Equal("\"2026-11-30\"", JsonSerializer.Serialize(SalesWeek.Of(new DateOnly(2026, 12, 2)), Json.SalesWeek));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"2026-12-02\"", Json.SalesWeek));
    }

    [Fact]
    public void AContactReportWithAClientTwice_IsAJsonError()
    {
        var clientBase = Base();
        var report = ContactCompliance.Evaluate(
            clientBase, ClientSegment.From(new SegmentationAnalyzer().Analyze(clientBase, new DateOnly(2025, 3, 1))), new DateOnly(2025, 3, 1));
        var node = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(report, Json.ContactReport))!;
        node["clients"]!.AsArray().Add(node["clients"]![0]!.DeepClone());
        var text = node.ToJsonString();

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.ContactReport));

        Assert.Contains("'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReactivationListWithoutItsItems_IsAJsonError_NamingThem()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"asOf":"2025-03-01","warnings":[]}""", Json.ReactivationList));

        Assert.Contains("items", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMigrationStepWithAShortMatrix_IsAJsonError()
    {
        var text = """{"from":"2025-01","to":"2025-02","abcMatrix":[1],"xyzMatrix":[0,0,0,0,0,0,0,0,0],"entered":0,"left":0,"changes":[],"abcBefore":[0,0,0],"abcAfter":[0,0,0]}""";

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.ClassMigrationStep));

        Assert.Contains("abcMatrix", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APayoutStatementWithALineOfAnUnknownAgent_IsAJsonError()
    {
        var input = new PayoutInput([new Agent("anna")], [new ClientAccount("k1", "anna")], [new MonthlySale("anna", "k1", new SalesMonth(2025, 1), 1000m)], []);
        var statement = PayoutEngine.Evaluate([new CommissionScheme("c", 0.1m)], input);
        var text = JsonSerializer.Serialize(statement, Json.PayoutStatement).Replace("\"agentId\":\"anna\",\"month\"", "\"agentId\":\"boris\",\"month\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.PayoutStatement));

        Assert.Contains("boris", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APayoutInputWithASaleOfAnUnknownClient_IsAJsonError()
    {
        var input = new PayoutInput([new Agent("anna")], [new ClientAccount("k1", "anna")], [new MonthlySale("anna", "k1", new SalesMonth(2025, 1), 1000m)], []);
        var text = JsonSerializer.Serialize(input, Json.PayoutInput).Replace("\"clientId\":\"k1\"", "\"clientId\":\"ghost\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.PayoutInput));

        Assert.Contains("ghost", e.Message, StringComparison.Ordinal);
    }
}
