namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>A mistyped option is a usage error: exit 2, one line naming the option and the value, no stack trace (docs/cli.md).</summary>
public class UsageErrorTests
{
    public static TheoryData<string[], string, string> Mistyped => new()
    {
        { ["run", "--runs", "abc"], "--runs", "abc" },
        { ["run", "--seed", "x"], "--seed", "x" },
        { ["run", "--runs", "auto", "--precision", "x"], "--precision", "x" },
        { ["run", "--runs", "auto", "--max-runs", "y"], "--max-runs", "y" },
        { ["compare", "split", "generalists", "--months", "x"], "--months", "x" },
        { ["reactivation", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-30", "--top", "x"], "--top", "x" },
        { ["reactivation", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--as-of", "1998-06-31"], "--as-of", "1998-06-31" },
        { ["segment", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--by", "margin"], "--by", "margin" },
        { ["segment", "--transactions", "tests/data/cdnow/CDNOW_sample.csv", "--csv-dialect", "excel-de"], "--csv-dialect", "excel-de" },
        { ["bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/seed-upfront-sales.csv", "--activation-gap", "x"], "--activation-gap", "x" },
    };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Mistyped))]
    public void MistypedOption_ExitsWith2_AndNamesOptionAndValue(string[] args, string option, string value)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage:", result.StdErr);
        Assert.Contains(option, result.StdErr);
        Assert.Contains(value, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("System.", result.StdErr);
    }
}
