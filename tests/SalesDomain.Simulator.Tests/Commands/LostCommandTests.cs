using System.Text.Json;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The <c>lost</c> command's contract (docs/cli.md, docs/reactivation.md).</summary>
public class LostCommandTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Json_RanksLostClientsByRevenue_WithAReturnStepAWeekLater()
    {
        var result = CliRunner.Run("lost", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30", "--top", "10", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.True(root.GetProperty("lost").GetInt32() >= 10);
        Assert.Equal("revenue", root.GetProperty("by").GetString());
        var revenues = items.Select(i => i.GetProperty("revenue").GetDecimal()).ToList();
        Assert.Equal(revenues.OrderByDescending(r => r), revenues);
        Assert.All(items, i => Assert.Equal("1998-07-07", i.GetProperty("returnPlan").GetProperty("dueDate").GetString()));
        Assert.All(items, i => Assert.True(DateOnly.Parse(i.GetProperty("lastPurchase").GetString()!) < new DateOnly(1997, 7, 1))); // silent for a year
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ByProfit_WithoutAProfitColumn_IsAnErrorNamingIt()
    {
        var result = CliRunner.Run("lost", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30", "--by", "profit");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("profit", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Json_KeepsCyrillicNamesReadable()
    {
        var result = CliRunner.Run("lost", "--transactions", "tests/data/1c/sales_utf8.csv", "--as-of", "2025-06-30", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ООО \\\"Ромашка\\\"", result.StdOut);
    }
}
