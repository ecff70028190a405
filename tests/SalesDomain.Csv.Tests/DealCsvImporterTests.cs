using SalesDomain.Csv;
using SalesDomain.Forecast;

namespace SalesDomain.Csv.Tests;

/// <summary>Deals CSV import (DOMAIN.md §5; docs/forecast.md): every bad row rejected with its line and reason.</summary>
public class DealCsvImporterTests
{
    private const string Header = "deal_id,client_id,manager_id,amount,stage,expected_close,status,loss_reason,next_step,stage_since,close_date";

    private static ImportResult<Deal> Import(params string[] rows)
        => DealCsvImporter.Import(new StringReader(string.Join('\n', rows.Prepend(Header))));

    [Fact]
    public void Import_StageByNameOrProbability_GivesTheCumulativeCriteria()
    {
        var result = Import(
            "d1,c1,m1,1000.50,70,2026-12-01,,,call back,2026-11-01,",
            "d2,c1,m1,10,Offer accepted,2026-12-01,open,,,,");

        Assert.Empty(result.Rejected);
        var d1 = result.Accepted[0];
        Assert.Equal(DealCriteria.CalculationSent | DealCriteria.OfferAccepted | DealCriteria.AgreedWithDecisionMaker, d1.Criteria);
        Assert.Equal(1000.50m, d1.Amount);
        Assert.Equal("call back", d1.NextStep);
        Assert.Equal(new DateOnly(2026, 11, 1), d1.StageSince);
        Assert.Equal(0.5m, DealPolicy.Default.ProbabilityOf(result.Accepted[1]));
        Assert.Equal(string.Empty, result.Accepted[1].NextStep);
    }

    [Fact]
    public void Import_StaysWithManagerColumn()
    {
        var result = DealCsvImporter.Import(new StringReader(
            Header + ",stays_with_manager\nd1,c,m,1,30,2026-12-01,,,,,,да\nd2,c,m,1,30,2026-12-01,,,,,,\nd3,c,m,1,30,2026-12-01,,,,,,Yes\nd4,c,m,1,30,2026-12-01,,,,,,maybe\n"));

        Assert.Equal([("d1", true), ("d2", false), ("d3", true)], result.Accepted.Select(d => (d.Id, d.StaysWithManager)));
        Assert.Equal("stays_with_manager 'maybe' is not true/false, 1/0, yes/no or да/нет", Assert.Single(result.Rejected).Reason);
        Assert.False(Import("d1,c,m,1,30,2026-12-01,,,,,").Accepted[0].StaysWithManager);
    }

    [Fact]
    public void Import_WonAndLost()
    {
        var result = Import(
            "w1,c,m,1,100,2026-11-01,won,,,,2026-11-03",
            "w2,c,m,1,100,2026-11-01,WON,,,,",
            "l1,c,m,1,50,2026-11-01,lost,no budget,,,");

        Assert.Empty(result.Rejected);
        Assert.Equal(new DateOnly(2026, 11, 3), result.Accepted[0].CloseDate);
        Assert.Equal(new DateOnly(2026, 11, 1), result.Accepted[1].CloseDate); // falls back to expected_close
        Assert.Equal(("No budget", DealStatus.Lost), (result.Accepted[2].LossReason, result.Accepted[2].Status));
    }

    [Fact]
    public void Import_RejectsEveryBadRowWithLineAndReason()
    {
        var result = Import(
            "ok,c,m,1,30,2026-11-01,,,,,",
            "a,c,m,1,60,2026-11-01,,,,,",
            "b,c,m,-5,30,2026-11-01,,,,,",
            "c,c,m,1,30,2026-02-30,,,,,",
            "d,c,m,1,30,2026-11-01,lost,,,,",
            "e,c,m,1,30,2026-11-01,lost,weather,,,",
            "f,c,m,1,30,2026-11-01,open,Price,,,",
            "g,c,m,1,30,2026-11-01,paused,,,,",
            "ok,c,m,1,30,2026-11-01,,,,,",
            ",c,m,1,30,2026-11-01,,,,,",
            "h,c,m,1,30,2026-11-01,,,,2026-13-01,",
            "i,c,m,1e3,30,2026-11-01,,,,,");

        Assert.Single(result.Accepted);
        (long Line, string Start)[] expected =
        [
            (3, "stage '60' is not"), (4, "amount -5 is negative"), (5, "expected_close '2026-02-30' is not"),
            (6, "loss_reason is required"), (7, "loss_reason 'weather' is not"), (8, "loss_reason 'Price' is given"),
            (9, "status 'paused' is not"), (10, "deal_id 'ok' repeats"), (11, "deal_id is empty"),
            (12, "stage_since '2026-13-01' is not"), (13, "amount '1e3' is not"),
        ];
        Assert.Equal(expected.Select(e => e.Line), result.Rejected.Select(r => r.LineNumber));
        Assert.All(expected.Zip(result.Rejected), p => Assert.StartsWith(p.First.Start, p.Second.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        var ex = Assert.Throws<CsvImportException>(() =>
            DealCsvImporter.Import(new StringReader("deal_id,client_id,manager_id,amount,stage\nd,c,m,1,30")));
        Assert.Contains("expected_close", ex.Message);
    }

    [Fact]
    public void Import_WithoutNextStepColumn_LeavesNextStepUnrecorded()
    {
        var result = DealCsvImporter.Import(new StringReader("DEAL_ID,client_id,manager_id,amount,stage,expected_close\nd,c,m,1,30,2026-11-01"));
        Assert.Null(Assert.Single(result.Accepted).NextStep);
    }

    [Fact]
    public void ImportFile_ExampleIsClean()
    {
        var result = DealCsvImporter.ImportFile(TestData.RepoPathOf("docs/examples/deals-sample.csv"));
        Assert.Empty(result.Rejected);
        Assert.Equal(20, result.Accepted.Length);
    }
}
