using System.Text.Json;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Tests.Reactivation;

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
}
