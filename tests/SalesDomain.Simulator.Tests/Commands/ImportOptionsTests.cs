using System.Text.Json;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The shared import options of the commands and how they report an import (docs/import.md, docs/cli.md).</summary>
public class ImportOptionsTests
{
    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("1c/sales_1251.csv")]
    [InlineData("1c/sales_utf16.csv")]
    [InlineData("1c/sales.xlsx")]
    public void Segment_LoadsOneCAndExcelExports_AsTheyAre(string file)
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf(file), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(4, json.RootElement.GetProperty("clients").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("rejectedRows").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("1c/sales_1251.csv")]
    [InlineData("1c/sales.xlsx")]
    public void ByProfit_RejectsTheRowWithoutProfit_AndRanksTheRest(string file)
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf(file), "--json", "--by", "profit");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(3, json.RootElement.GetProperty("clients").GetInt32()); // «Елкин А.В.» has one sale, without profit
        Assert.Equal(1, json.RootElement.GetProperty("rejectedRows").GetInt32());
        Assert.Contains("profit is empty", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ByProfit_WithoutAProfitColumn_IsAnErrorNamingIt()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("cdnow/CDNOW_master.csv"), "--by", "profit");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--by profit needs a profit column", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void EveryRowRejected_ExitsNonZero_WithAMessage()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "client_id,date,amount\nNA,2025-01-01,10\nb,2025-13-01,5\n");
        try
        {
            var result = CliRunner.Run("reactivation", "--transactions", file, "--as-of", "2025-06-30");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("every data row", result.StdErr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void OnlineRetail_WithAmountAsAProduct_RejectsTheMissingIds()
    {
        var result = CliRunner.Run(
            "segment", "--transactions", TestData.PathOf("online_retail_uci_sample/online_retail_sample.csv"), "--amount", "Quantity*UnitPrice", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(3_049, json.RootElement.GetProperty("clients").GetInt32());
        Assert.Equal(5_078, json.RootElement.GetProperty("rejectedRows").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ExplicitDialectAndColumns_AreHonoured()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "Счёт|День|Итог\nk1|01/31/2025|1,234.50\n");
        try
        {
            var result = CliRunner.Run(
                "segment", "--transactions", file, "--json", "--delimiter", "|", "--date-format", "MM/dd/yyyy", "--culture", "invariant",
                "--client-column", "счет", "--date-column", "День", "--amount-column", "Итог");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.StdOut);
            Assert.Equal(1234.50m, json.RootElement.GetProperty("abcValue").GetProperty("A").GetDecimal());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void UnknownCulture_IsAUsageError()
    {
        var result = CliRunner.Run("segment", "--transactions", TestData.PathOf("1c/sales_utf8.csv"), "--culture", "de");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'de' is not a culture", result.StdErr);
    }
}
