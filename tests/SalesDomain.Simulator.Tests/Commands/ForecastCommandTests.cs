using System.Text.Json;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Simulator.Commands;
using SalesDomain.Simulator.Tests;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The public JSON contract of <c>forecast --json</c> (docs/forecast.md), on the example deals file.</summary>
public class ForecastCommandTests
{
    private static JsonElement Json()
    {
        var import = DealCsvImporter.ImportFile(TestData.RepoPathOf("docs/examples/deals-sample.csv"));
        var report = ForecastReport.From(import, SalesForecast.Build(import.Accepted, new DateOnly(2026, 11, 15), ForecastOptions.Default), ForecastOptions.Default, "none");
        return JsonDocument.Parse(JsonSerializer.Serialize(report, ForecastJsonContext.Default.ForecastReport)).RootElement;
    }

    [Trait("Category", "Slow")]
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

    [Trait("Category", "Slow")]
    [Fact]
    public void Json_WithClientCategories_RoutesNonTargetDealsToTheAssistant()
    {
        // deal-clients.csv: c01 разовый (D001: 120,000 × 30 % = 36,000 → assistant), c03 One-off but D003 stays with
        // the manager, c06 new (D006: 150,000 × 50 % = 75,000 → assistant), c02 Periodic and c10 VIP stay.
        var json = RunForecast("--clients", "docs/examples/deal-clients.csv");

        Assert.Equal(798500m - 36000m - 75000m, json.GetProperty("weightedTotal").GetDecimal());
        Assert.Equal(442500m - 36000m, json.GetProperty("byManager").GetProperty("m1").GetDecimal());
        Assert.Equal(111000m, json.GetProperty("assistantWeightedTotal").GetDecimal());
        Assert.Equal(
            [("D001", "one-off"), ("D006", "new")],
            json.GetProperty("assistant").EnumerateArray().Select(a => (a.GetProperty("dealId").GetString(), a.GetProperty("category").GetString())).OrderBy(a => a.Item1));
        Assert.Equal("clients", json.GetProperty("clientCategories").GetProperty("source").GetString());
        Assert.Equal(5, json.GetProperty("clientCategories").GetProperty("clients").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Json_WithTransactions_TheLadderClassifiesTheClients()
    {
        // deal-transactions.csv: c02 bought every month from 2025-01 to 2026-10 (a forecast target); c06 bought once,
        // in March 2024 (not a target: D006, 75,000 weighted, goes to the assistant). Other clients did not buy.
        var json = RunForecast("--transactions", "docs/examples/deal-transactions.csv");

        Assert.Equal("transactions", json.GetProperty("clientCategories").GetProperty("source").GetString());
        Assert.Equal(2, json.GetProperty("clientCategories").GetProperty("clients").GetInt32());
        Assert.Equal(["D006"], json.GetProperty("assistant").EnumerateArray().Select(a => a.GetProperty("dealId").GetString()));
        Assert.Equal(798500m - 75000m, json.GetProperty("weightedTotal").GetDecimal());
    }

    /// <summary>Runs <c>forecast --json</c> on the example deals as of 2026-11-15 with the given extra options.</summary>
    private static JsonElement RunForecast(params string[] options)
    {
        var run = CliRunner.Run(["forecast", "--deals", "docs/examples/deals-sample.csv", .. options, "--as-of", "2026-11-15", "--json"]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.StdOut).RootElement;
    }
}
