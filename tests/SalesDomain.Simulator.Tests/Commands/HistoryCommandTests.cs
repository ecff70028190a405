using System.Text.Json;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The <c>history</c> command's contract (docs/cli.md).</summary>
public class HistoryCommandTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Json_HasOneStepPerPair_WithMatricesThatAddUp()
    {
        var result = CliRunner.Run(
            "history", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--from", "1997-12", "--to", "1998-06", "--step", "quarter", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["1997-12", "1998-03"], steps.Select(s => s.GetProperty("from").GetString()));
        Assert.Equal(["1998-03", "1998-06"], steps.Select(s => s.GetProperty("to").GetString()));
        foreach (var step in steps)
        {
            var abc = step.GetProperty("abc").EnumerateObject().Sum(r => r.Value.EnumerateObject().Sum(c => c.Value.GetInt32()));
            var xyz = step.GetProperty("xyz").EnumerateObject().Sum(r => r.Value.EnumerateObject().Sum(c => c.Value.GetInt32()));
            Assert.Equal(abc, xyz);
            var changes = step.GetProperty("changes").EnumerateArray().ToList();
            Assert.All(changes, c => Assert.Equal(2, c.GetProperty("abc").GetArrayLength()));
            var stayed = new[] { "A", "B", "C" }.Sum(a => step.GetProperty("abc").GetProperty(a).GetProperty(a).GetInt32());
            Assert.True(changes.Count >= abc - stayed); // every ABC move is a listed change
            Assert.True(step.GetProperty("entered").GetInt32() >= 0 && step.GetProperty("left").GetInt32() >= 0);
        }
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("--from", "1998-13")]
    [InlineData("--step", "week")]
    public void MistypedOption_IsAUsageError(string option, string value)
    {
        string[] args = ["history", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--from", "1997-12", "--to", "1998-06"];
        var i = Array.IndexOf(args, option);
        var result = CliRunner.Run(i >= 0 ? [.. args[..(i + 1)], value, .. args[(i + 2)..]] : [.. args, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.StdErr);
    }
}
