using System.Text.Json;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Tests.Simulator;

/// <summary>The public JSON contract of <c>forecast --json</c> (docs/forecast.md), on the example deals file.</summary>
public class ForecastCommandTests
{
    private static JsonElement Json()
    {
        var import = DealCsvImporter.ImportFile(TestData.RepoPathOf("docs/examples/deals-sample.csv"));
        var report = ForecastReport.From(import, new DateOnly(2026, 11, 15), DealPolicy.Default);
        return JsonDocument.Parse(JsonSerializer.Serialize(report, ForecastJsonContext.Default.ForecastReport)).RootElement;
    }

    [Fact]
    public void Json_HasTheContractFields_WithHandComputedValues()
    {
        var json = Json();

        // m1: 36,000 + 40,000 + 31,500 + 180,000 + 60,000 + 95,000 (won in November) = 442,500.
        Assert.Equal(442500m, json.GetProperty("byManager").GetProperty("m1").GetDecimal());
        Assert.Equal(798500m, json.GetProperty("weightedTotal").GetDecimal());
        Assert.Equal(0, json.GetProperty("rejectedRows").GetInt32());
        var flagged = json.GetProperty("flagged").EnumerateArray()
            .ToDictionary(f => f.GetProperty("dealId").GetString()!, f => f.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(["stuck", "vague-next-step"], flagged["D002"]);
        Assert.Equal(["stuck", "overdue-date"], flagged["D004"]);
        Assert.Equal(["vague-next-step"], flagged["D006"]);
        Assert.Equal(6, flagged.Count);
        Assert.Equal(61500m, json.GetProperty("categories").GetProperty("pipeline").GetProperty("weighted").GetDecimal());
    }
}
