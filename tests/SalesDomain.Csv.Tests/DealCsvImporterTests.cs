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

    private static readonly string[] AllColumns =
    [
        "deal_id", "client_id", "manager_id", "amount", "stage", "expected_close",
        "status", "loss_reason", "next_step", "stage_since", "close_date", "stays_with_manager",
    ];

    [Theory]
    [InlineData("deal_id", "deal")]
    [InlineData("deal_id", "Сделка")]
    [InlineData("deal_id", "Номер сделки")]
    [InlineData("deal_id", "ID сделки")]
    [InlineData("amount", "Сумма")]
    [InlineData("amount", "Сумма сделки")]
    [InlineData("stage", "Этап")]
    [InlineData("stage", "Стадия")]
    [InlineData("stage", "Вероятность")]
    [InlineData("expected_close", "Ожидаемая дата закрытия")]
    [InlineData("expected_close", "Плановая дата закрытия")]
    [InlineData("expected_close", "Дата закрытия план")]
    [InlineData("status", "Статус")]
    [InlineData("status", "Состояние")]
    [InlineData("loss_reason", "Причина отказа")]
    [InlineData("loss_reason", "Причина проигрыша")]
    [InlineData("next_step", "Следующий шаг")]
    [InlineData("stage_since", "На этапе с")]
    [InlineData("stage_since", "Дата этапа")]
    [InlineData("close_date", "Дата закрытия")]
    [InlineData("close_date", "Фактическая дата закрытия")]
    [InlineData("stays_with_manager", "Остаётся у менеджера")]
    [InlineData("stays_with_manager", "Остается у менеджера")]
    public void Import_RussianOrAlternativeColumnName_IsMatchedToItsField(string field, string name)
    {
        var header = string.Join(',', AllColumns.Select(c => c == field ? name : c));

        var result = DealCsvImporter.Import(new StringReader(header + "\nd1,c1,m1,100,30,2026-12-01,won,,call,2026-11-01,2026-11-20,да\n"));

        Assert.Empty(result.Rejected);
        Assert.Equal(name, result.Layout!.Columns[field]);
        Assert.Equal(AllColumns.Order(StringComparer.Ordinal), result.Layout.Columns.Keys.Order(StringComparer.Ordinal));
        var deal = Assert.Single(result.Accepted);
        Assert.Equal(
            ("d1", 100m, DealStatus.Won, "call", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20), true),
            (deal.Id, deal.Amount, deal.Status, deal.NextStep, deal.StageSince, deal.CloseDate, deal.StaysWithManager));
    }

    [Theory]
    [InlineData("deal_id", "The header has no deal id column (one of 'deal_id', 'deal', 'Сделка', 'Номер сделки', 'ID сделки')")]
    [InlineData("client_id", "The header has no client id column (one of 'client_id', 'customer_id', 'Код клиента', 'Код контрагента', 'client', 'customer', 'Контрагент', 'Клиент', 'Покупатель', 'Партнер', 'Заказчик')")]
    [InlineData("manager_id", "The header has no manager id column (one of 'manager_id', 'manager', 'Менеджер', 'Ответственный', 'Основной менеджер')")]
    [InlineData("amount", "The header has no deal amount column (one of 'amount', 'Сумма', 'Сумма сделки')")]
    [InlineData("stage", "The header has no stage name or probability column (one of 'stage', 'Этап', 'Стадия', 'Вероятность')")]
    [InlineData("expected_close", "The header has no expected close date column (one of 'expected_close', 'Ожидаемая дата закрытия', 'Плановая дата закрытия', 'Дата закрытия план')")]
    public void Import_RequiredColumnMissing_NamesTheFieldAndItsAcceptedNames(string missing, string message)
    {
        var header = string.Join(',', AllColumns.Take(6).Where(c => c != missing));

        var ex = Assert.Throws<CsvImportException>(() => DealCsvImporter.Import(new StringReader(header + "\n")));

        Assert.Contains(message + "; it has: " + header.Replace(",", ", ", StringComparison.Ordinal) + ".", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("открыта", DealStatus.Open)]
    [InlineData("Открыт", DealStatus.Open)]
    [InlineData("в работе", DealStatus.Open)]
    [InlineData("выиграна", DealStatus.Won)]
    [InlineData("ВЫИГРАН", DealStatus.Won)]
    [InlineData("успех", DealStatus.Won)]
    [InlineData("успешно", DealStatus.Won)]
    [InlineData("проиграна", DealStatus.Lost)]
    [InlineData("проигран", DealStatus.Lost)]
    [InlineData("отказ", DealStatus.Lost)]
    [InlineData("open", DealStatus.Open)]
    [InlineData("", DealStatus.Open)]
    public void Import_RussianStatus_IsReadAsOpenWonOrLost(string status, DealStatus expected)
    {
        var lossReason = expected == DealStatus.Lost ? "Price" : string.Empty;

        var result = Import($"d1,c,m,1,30,2026-11-01,{status},{lossReason},,,");

        Assert.Empty(result.Rejected);
        Assert.Equal(expected, Assert.Single(result.Accepted).Status);
    }

    [Theory]
    [InlineData("", "Price")]
    [InlineData("won", "Price")]
    [InlineData("выиграна", "Competitor")]
    public void Import_LossReasonOnADealThatIsNotLost_IsRejected(string status, string lossReason)
    {
        var result = Import($"d1,c,m,1,30,2026-11-01,{status},{lossReason},,,");

        Assert.Empty(result.Accepted);
        Assert.Equal($"loss_reason '{lossReason}' is given for a deal that is not lost", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Import_UnlistedLossReason_ListsThePolicysReasons()
    {
        var result = Import("d1,c,m,1,30,2026-11-01,lost,weather,,,");

        Assert.Equal(
            "loss_reason 'weather' is not one of: Price, Competitor, No budget, No need, Timing, No decision, Terms, Quality, Other (or its Russian name)",
            Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Import_UnknownStage_ListsTheStagesWithTheirProbabilities()
    {
        var result = Import("d1,c,m,1,60,2026-11-01,,,,,");

        Assert.Equal(
            "stage '60' is not a stage name or probability (one of: 0 = unqualified, "
            + string.Join(", ", DealPolicy.Default.Stages.Select(s => $"{s.Name} = {s.Percent}")) + ")",
            Assert.Single(result.Rejected).Reason);
        Assert.Contains("Offer accepted = ", result.Rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyOrMissingFields_AreRejectedWithTheFieldNamed()
    {
        var result = Import(
            "d1,,m,1,30,2026-11-01,,,,,",
            "d2,c,,1,30,2026-11-01,,,,,",
            "d3,c,m,,30,2026-11-01,,,,,",
            "d4,c,m,1,30,,,,,,",
            "d5,c,m,1,30,2026-11-01,,,,,2026-11-31",
            "d6,c,m,1,30",
            "d7,c,m,0,30,2026-11-01");

        Assert.Equal(
            [
                (2L, "client_id is empty"),
                (3L, "manager_id is empty"),
                (4L, "amount is empty"),
                (5L, "expected_close is empty"),
                (6L, "close_date '2026-11-31' is not a date in the format yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time"),
                (7L, "expected at least 6 fields, found 5"),
            ],
            result.Rejected.Select(r => (r.LineNumber, r.Reason)));
        var zero = Assert.Single(result.Accepted);
        Assert.Equal(("d7", 0m, DealStatus.Open), (zero.Id, zero.Amount, zero.Status));
    }

    [Fact]
    public void ImportFileAndStream_GivenOptions_UseTheirDialect()
    {
        var options = new DealCsvOptions { Dialect = ImportDialect.Detect with { DateFormats = ["dd/MM/yyyy"] } };
        var text = "deal_id,client_id,manager_id,amount,stage,expected_close\nd1,c,m,1,30,01/12/2026\n";
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

            Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(DealCsvImporter.ImportFile(path, options).Accepted).ExpectedClose);
            Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(DealCsvImporter.Import(stream, options).Accepted).ExpectedClose);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_InWorkStatus_IsOpen()
    {
        var result = Import("d1,c1,m1,10,30,2026-12-01,В работе,,,,");

        Assert.Empty(result.Rejected);
        Assert.Equal(DealStatus.Open, Assert.Single(result.Accepted).Status);
    }

    [Theory]
    [InlineData("Остаётся у менеджера")]
    [InlineData("Остается у менеджера")]
    public void Import_StaysWithManager_ByItsRussianNames(string column)
    {
        var result = DealCsvImporter.Import(new StringReader(Header + "," + column + "\nd1,c,m,1,30,2026-12-01,,,,,,да\n"));

        Assert.True(Assert.Single(result.Accepted).StaysWithManager);
    }
}
