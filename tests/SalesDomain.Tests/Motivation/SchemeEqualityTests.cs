using System.Collections.Immutable;
using SalesDomain.Motivation;
using static SalesDomain.Tests.ContentEqualityProperties;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Schemes and payout statements compare by content, as values should.</summary>
public class SchemeEqualityTests
{
    [Fact]
    public void ActiveBaseBonus_ComparesItsGrades_InAnyOrder()
    {
        var grades = ImmutableDictionary<string, decimal>.Empty.Add("chain", 100m).Add("shop", 50m);
        var same = ImmutableDictionary<string, decimal>.Empty.Add("shop", 50m).Add("chain", 100m);
        var scheme = new ActiveBaseBonusScheme("active", grades, DefaultAmount: 5m);

        Assert.True(AreEqualValues(scheme, new ActiveBaseBonusScheme("active", same, DefaultAmount: 5m)));
        Assert.NotEqual(scheme, scheme with { Grades = grades.SetItem("shop", 60m) });
        Assert.NotEqual(scheme, scheme with { Grades = grades.Remove("shop") });
        Assert.NotEqual(scheme, scheme with { DefaultAmount = 6m });
        Assert.NotEqual(scheme, scheme with { Name = "other" });
    }

    [Fact]
    public void QuartileGradedBonus_ComparesItsRatesInOrder_AndTheRenewalSettingsOfItsBase()
    {
        var scheme = new QuartileGradedBonusScheme("graded", [3m, 2m, 1m, 0.5m], Agents: ["a1"]);

        Assert.True(AreEqualValues(scheme, new QuartileGradedBonusScheme("graded", [3m, 2m, 1m, 0.5m], Agents: ["a1"])));
        Assert.NotEqual(scheme, scheme with { QuartileRates = [3m, 2m, 0.5m, 1m] });
        Assert.NotEqual(scheme, scheme with { RenewalMonths = 2 });
        Assert.NotEqual(scheme, scheme with { Clawback = ClawbackMode.ProRata });
        Assert.NotEqual(scheme, scheme with { Agents = null });
    }

    [Fact]
    public void Agents_CompareInOrder_AndEveryAgentIsNotAnEmptyList()
    {
        var scheme = new CommissionScheme("commission", 0.05m, ["a1", "a2"]);

        Assert.True(AreEqualValues(scheme, new CommissionScheme("commission", 0.05m, ImmutableArray.Create("a1", "a2"))));
        Assert.NotEqual(scheme, scheme with { Agents = ["a2", "a1"] });
        Assert.NotEqual(scheme with { Agents = null }, scheme with { Agents = [] });
        Assert.Equal(scheme with { Agents = null }, scheme with { Agents = null });
    }

    [Fact]
    public void SchemesOfDifferentKinds_AreNotEqual_EvenWithTheSameNameAndAgents()
    {
        MotivationScheme upfront = new UpfrontBonusScheme("bonus");
        MotivationScheme graded = new QuartileGradedBonusScheme("bonus");

        Assert.False(upfront.Equals(graded));
        Assert.False(graded.Equals(upfront));
        Assert.NotEqual(new SchemeSet(upfront), new SchemeSet(graded));
    }

    [Fact]
    public void RotatingFocus_ComparesItsPlanInOrder()
    {
        var march = new FocusPeriod(M("2024-03"), MotivationMetric.ActiveClients, 3m, 90m);
        var april = new FocusPeriod(M("2024-04"), MotivationMetric.Activations, 2m, 50m);
        var scheme = new RotatingFocusScheme("focus", [march, april]);

        Assert.True(AreEqualValues(scheme, new RotatingFocusScheme("focus", [march with { }, april with { }])));
        Assert.NotEqual(scheme, scheme with { Plan = [march] });
        Assert.NotEqual(scheme, scheme with { Plan = [march, april with { Amount = 51m }] });
        Assert.True(AreEqualValues(new SchemeSet(scheme, SeedUpfront), new SchemeSet(scheme with { }, SeedUpfront with { })));
    }

    [Fact]
    public void AgentMonthStatements_OfTheSameSales_AreEqual_AndALineMoreMakesThemDiffer()
    {
        var input = Path(100m, 120m, 0m, 130m, 140m, 150m);
        var statements = PayoutEngine.Evaluate([SeedUpfront, new CommissionScheme("commission", 0.1m)], input).ByAgentMonth;
        var again = PayoutEngine.Evaluate([SeedUpfront, new CommissionScheme("commission", 0.1m)], input).ByAgentMonth;

        Assert.NotEmpty(statements);
        Assert.All(statements.Zip(again), p => Assert.True(AreEqualValues(p.First, p.Second)));
        var first = statements[0];
        Assert.NotEqual(first, first with { Lines = first.Lines.Add(first.Lines[0]) });
        Assert.NotEqual(first, first with { Lines = first.Lines.SetItem(0, first.Lines[0] with { ClientId = "another client" }) });
    }
}
