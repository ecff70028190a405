using System.Text.Json;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The <c>segment</c> command's contract (docs/cli.md).</summary>
public class SegmentCommandTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Json_OnCdnowMaster_HasTheContractFields()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_master.csv"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(23_570, root.GetProperty("clients").GetInt32());
        Assert.Equal(0, root.GetProperty("rejectedRows").GetInt32());
        var abc = root.GetProperty("abc");
        Assert.Equal(23_570, abc.GetProperty("A").GetInt32() + abc.GetProperty("B").GetInt32() + abc.GetProperty("C").GetInt32());
        var xyz = root.GetProperty("xyz");
        Assert.Equal(23_570, xyz.GetProperty("X").GetInt32() + xyz.GetProperty("Y").GetInt32() + xyz.GetProperty("Z").GetInt32());
        var matrix = root.GetProperty("matrix");
        Assert.Equal(9, matrix.EnumerateObject().Count());
        Assert.Equal(abc.GetProperty("A").GetInt32(),
            matrix.GetProperty("AX").GetInt32() + matrix.GetProperty("AY").GetInt32() + matrix.GetProperty("AZ").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Json_ReportsRejectedRows()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "client_id,date,amount\na,2025-01-01,10\nb,2025-13-01,5\nc,2025-01-01,x\n");
        try
        {
            var result = CliRunner.Run("segment", "--transactions", file, "--json", "--as-of", "2025-06-30");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.StdOut);
            Assert.Equal(2, json.RootElement.GetProperty("rejectedRows").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("clients").GetInt32());
            Assert.Equal("2025-06-30", json.RootElement.GetProperty("asOf").GetString());
            Assert.Contains("line 3", result.StdErr);
            Assert.Contains("line 4", result.StdErr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Table_OnShippedSample_Prints()
    {
        var result = CliRunner.Run("segment", "--transactions", "docs/examples/cdnow-sample.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2357", result.StdOut.Replace(",", string.Empty, StringComparison.Ordinal));
        Assert.Contains("ABC", result.StdOut);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("does-not-exist.csv", "error:")]
    public void MissingFile_ExitsNonZeroWithMessage(string path, string expected)
    {
        var result = CliRunner.Run("segment", "--transactions", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void BadHeader_ExitsNonZeroWithMessage()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "who,when,what\n");
        try
        {
            var result = CliRunner.Run("segment", "--transactions", file);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("client id column", result.StdErr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void BadAsOf_ExitsNonZero()
    {
        var result = CliRunner.Run("segment", "--transactions", "docs/examples/cdnow-sample.csv", "--as-of", "30/06/1998");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.StdErr + result.StdOut);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(new string[0], "1997-07", "1998-06", 12)]                    // the 12 complete months before the last sale (1998-06-30)
    [InlineData(new[] { "--whole-history" }, "1997-01", "1998-06", 18)]
    [InlineData(new[] { "--months", "6" }, "1998-01", "1998-06", 6)]
    [InlineData(new[] { "--from", "1997-01", "--to", "1997-12" }, "1997-01", "1997-12", 12)]
    [InlineData(new[] { "--to", "1997-12", "--months", "3" }, "1997-10", "1997-12", 3)]
    [InlineData(new[] { "--as-of", "1998-06-15" }, "1997-06", "1998-05", 12)]     // June is incomplete on the 15th
    public void Json_ReportsTheAnalysisWindow(string[] window, string from, string to, int months)
    {
        var result = CliRunner.Run(["segment", "--transactions", TestData.PathOf("cdnow/CDNOW_master.csv"), "--json", .. window]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var w = json.RootElement.GetProperty("window");
        Assert.Equal((from, to, months), (w.GetProperty("from").GetString(), w.GetProperty("to").GetString(), w.GetProperty("months").GetInt32()));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("--from", "1997-13")]
    [InlineData("--months", "x")]
    [InlineData("--months", "0")]
    public void MistypedWindow_IsAUsageError_OnOneLine(string option, string value)
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.StdErr);
        Assert.Contains(value, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void WholeHistoryWithMonths_IsAUsageError()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--whole-history", "--months", "3");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--whole-history", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Clients_ListEveryClient_AndTheRowsAgreeWithTheCounts()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--json", "--clients");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("clients").GetInt32(), items.Count);
        foreach (var (field, counts) in new[] { ("abc", "abc"), ("xyz", "xyz"), ("cell", "matrix") })
        {
            foreach (var count in root.GetProperty(counts).EnumerateObject())
            {
                Assert.Equal(count.Value.GetInt32(), items.Count(i => i.GetProperty(field).GetString() == count.Name));
            }
        }

        var first = items[0];
        foreach (var name in new[] { "clientId", "name", "managerId", "value", "share", "cumulativeShareBefore", "abc", "cv", "xyz", "cell", "ladder", "abcde", "status" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        Assert.Equal(0m, first.GetProperty("cumulativeShareBefore").GetDecimal());
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.GetProperty("value").GetDecimal() >= p.Second.GetProperty("value").GetDecimal()));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void WithoutClients_TheJsonHasNoItems()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--json");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.False(json.RootElement.TryGetProperty("items", out _));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Charts_WriteTheParetoCurveAndTheHeatMap()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_sample.csv"), "--charts", dir.FullName);

            Assert.Equal(0, result.ExitCode);
            foreach (var name in new[] { "pareto.png", "abc-xyz.png" })
            {
                var bytes = File.ReadAllBytes(Path.Combine(dir.FullName, name));
                Assert.True(bytes.Length > 10_000, name);
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
