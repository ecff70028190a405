using System.Text.Json;

namespace SalesDomain.Tests.Cli;

/// <summary>The <c>segment</c> command's contract (docs/cli.md).</summary>
public class SegmentCommandTests
{
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

    [Fact]
    public void Table_OnShippedSample_Prints()
    {
        var result = CliRunner.Run("segment", "--transactions", "docs/examples/cdnow-sample.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2357", result.StdOut.Replace(",", string.Empty, StringComparison.Ordinal));
        Assert.Contains("ABC", result.StdOut);
    }

    [Theory]
    [InlineData("does-not-exist.csv", "error:")]
    public void MissingFile_ExitsNonZeroWithMessage(string path, string expected)
    {
        var result = CliRunner.Run("segment", "--transactions", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
    }

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

    [Fact]
    public void BadAsOf_ExitsNonZero()
    {
        var result = CliRunner.Run("segment", "--transactions", "docs/examples/cdnow-sample.csv", "--as-of", "30/06/1998");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.StdErr + result.StdOut);
    }
}
