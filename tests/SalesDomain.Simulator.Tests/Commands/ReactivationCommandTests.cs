using System.Text.Json;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Simulator.Commands;
using SalesDomain.Simulator.Tests;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The public JSON contract of <c>reactivation --json</c> (docs/reactivation.md).</summary>
public class ReactivationCommandTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);

    private static JsonElement Json(int? top)
    {
        var sales = new[]
        {
            new Sale("a", Jan1, 10m), new Sale("a", Jan1.AddDays(10), 10m),
            new Sale("b", Jan1.AddDays(3), 5m), new Sale("c", Jan1.AddDays(50), 7m),
        };
        var list = ReactivationList.Build(ClientBase.FromSales(sales), Jan1.AddDays(60),
            ReactivationOptions.Default with { Model = new BgNbdModel(0.243, 4.414, 0.793, 2.426) });
        var text = JsonSerializer.Serialize(ReactivationReport.From(list, top, 0), ReactivationJsonContext.Default.ReactivationReport);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Json_HasTheContractFields_AndListsEveryClientWithoutTop()
    {
        var root = Json(top: null);

        Assert.Equal("2024-03-01", root.GetProperty("asOf").GetString());
        Assert.Equal(3, root.GetProperty("clients").GetInt32());
        Assert.Equal(2, root.GetProperty("overdue").GetInt32()); // a: 50 > 10; b: 57 > median 10; c: 10 ≤ 10
        var items = root.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(3, items.Length);
        var a = items.Single(i => i.GetProperty("clientId").GetString() == "a");
        Assert.Equal(2, a.GetProperty("purchaseDays").GetInt32());
        Assert.Equal(50, a.GetProperty("daysSinceLast").GetInt32());
        Assert.Equal(10d, a.GetProperty("meanIntervalDays").GetDouble());
        Assert.InRange(a.GetProperty("pAlive").GetDouble(), 0d, 1d);
        Assert.True(a.GetProperty("overdue").GetBoolean());
        var b = items.Single(i => i.GetProperty("clientId").GetString() == "b");
        Assert.Equal(JsonValueKind.Null, b.GetProperty("meanIntervalDays").ValueKind);
    }

    [Fact]
    public void Json_WithTop_ListsOnlyTheFirstN_ButCountsAll()
    {
        var root = Json(top: 1);

        Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(3, root.GetProperty("clients").GetInt32());
    }

    [Fact]
    public void Json_DegenerateFit_KeepsTheRuleList_WithWarningsAndEmptyPAlive()
    {
        var sales = new[] { new Sale("c1", new DateOnly(2025, 1, 1), 100m), new Sale("c1", new DateOnly(2025, 1, 31), 100m) };
        var list = ReactivationList.Build(ClientBase.FromSales(sales), new DateOnly(2025, 4, 1));
        var text = JsonSerializer.Serialize(ReactivationReport.From(list, null, 0), ReactivationJsonContext.Default.ReactivationReport);
        var root = JsonDocument.Parse(text).RootElement;

        Assert.Equal(1, root.GetProperty("overdue").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("model").ValueKind);
        var fit = root.GetProperty("fit");
        Assert.True(fit.GetProperty("degenerate").GetBoolean());
        Assert.Contains("bound", fit.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Single(root.GetProperty("warnings").EnumerateArray());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("pAlive").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("valueAtRisk").ValueKind);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Cli_TwoSalesAMonthApart_ExitsZero_PrintingTheWarning()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reactivation-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "client_id,date,amount\nc1,2025-01-01,100\nc1,2025-01-31,100\n");
        try
        {
            var result = CliRunner.Run("reactivation", "--transactions", file, "--as-of", "2025-04-01");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("warning: The BG/NBD fit is degenerate", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("1 overdue", result.StdOut, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.StdErr + result.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
