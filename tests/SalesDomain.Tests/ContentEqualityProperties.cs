using System.Collections.Immutable;
using System.Text.Json;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Protection;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Serialization;
using SalesDomain.Testing;

namespace SalesDomain.Tests;

/// <summary>Generated inputs for the content-equality properties.</summary>
public static class ContentEqualityArbitraries
{
    /// <summary>Bases of every shape.</summary>
    public static Arbitrary<ClientBase> Bases() => SalesGenerators.ClientBase().ToArbitrary();

    /// <summary>Clients, some with decision makers.</summary>
    public static Arbitrary<Client> Clients() => SalesGenerators.Client().ToArbitrary();

    /// <summary>Deals of every status.</summary>
    public static Arbitrary<ImmutableArray<Deal>> Deals() => DealGenerators.DealsFor().ToArbitrary();

    /// <summary>Funnel activities, with repeats.</summary>
    public static Arbitrary<ActivityEvent[]> Activities() => DealGenerators.Activities().ToArbitrary();

    /// <summary>Bases with segments and capacities for the contact report.</summary>
    public static Arbitrary<ContactWorld> Worlds() => ContactGenerators.Worlds().ToArbitrary();

    /// <summary>Departments for the payout engine.</summary>
    public static Arbitrary<PayoutInput> Departments() => MotivationGenerators.Department().ToArbitrary();

    /// <summary>Access rules of every shape.</summary>
    public static Arbitrary<AccessRule> Rules() => ProtectionGenerators.Rules().ToArbitrary();
}

/// <summary>
/// Records that hold collections compare by content: a record equals a deep copy of itself (read back from JSON, or
/// computed again from the same input) with the same hash, and no longer equals it once one element changes.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ContentEqualityArbitraries) }, MaxTest = 100)]
public class ContentEqualityProperties
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    private static readonly SchemeSet Schemes = new(
        new CommissionScheme("commission", 0.05m, ["a1", "a2"]),
        new UpfrontBonusScheme("upfront"),
        new QuartileGradedBonusScheme("graded", RenewalMonths: 1, GradingMonths: 2),
        new ActiveBaseBonusScheme("active-base", ImmutableDictionary<string, decimal>.Empty.Add("chain", 100m), DefaultAmount: 5m),
        new TeamRewardScheme("team", "bowling", 100m, MotivationMetric.Activations),
        new RotatingFocusScheme("focus", [new FocusPeriod(MotivationGenerators.Start, MotivationMetric.ActiveClients, 3m, 90m, 3)]));

    [Property]
    public bool Client_EqualsItsJsonCopy_NotOneWithAnotherDecisionMaker(Client client)
    {
        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(client, Json.Client), Json.Client)!;
        var changed = client.DecisionMakers.IsEmpty
            ? client with { DecisionMakers = [new DecisionMaker("new-dm", "New")] }
            : client with { DecisionMakers = client.DecisionMakers.SetItem(0, client.DecisionMakers[0] with { Name = client.DecisionMakers[0].Name + "!" }) };
        return AreEqualValues(client, copy) && client != changed;
    }

    [Property]
    public bool PayoutStatements_OfTheSameInput_AreEqual_AndDifferByALine(PayoutInput input)
    {
        var first = PayoutEngine.Evaluate(Schemes, input).ByAgentMonth;
        var again = PayoutEngine.Evaluate(Schemes, input).ByAgentMonth;
        return first.Length == again.Length
            && first.Zip(again).All(p => AreEqualValues(p.First, p.Second))
            && first.All(s => s.Lines.IsEmpty || s != (s with { Lines = s.Lines.SetItem(0, s.Lines[0] with { ClientId = s.Lines[0].ClientId + "!" }) }));
    }

    [Fact]
    public void SchemeSet_EqualsItsJsonCopy_NotOneWithAnotherAgent()
    {
        var copy = SchemeJson.Parse(SchemeJson.Serialize(Schemes));
        Assert.True(AreEqualValues(Schemes, copy));
        Assert.NotEqual(Schemes, Schemes with { Schemes = Schemes.Schemes.SetItem(0, new CommissionScheme("commission", 0.05m, ["a1", "a3"])) });
    }

    [Property]
    public bool ForecastAndLossReasons_OfTheSameDeals_AreEqual(ImmutableArray<Deal> deals)
    {
        var asOf = new DateOnly(2024, 6, 30);
        var forecast = SalesForecast.Build(deals, asOf);
        var again = SalesForecast.Build(deals, asOf);
        var changed = forecast.Lines.IsEmpty || forecast != (forecast with { Lines = forecast.Lines.RemoveAt(0) });
        return AreEqualValues(forecast, again) && changed
            && AreEqualValues(LossReasonSummary.Build(deals), LossReasonSummary.Build(deals));
    }

    [Property]
    public bool FunnelReports_OfTheSameActivities_AreEqual_AndDifferByACount(ActivityEvent[] events)
    {
        var week = SalesWeek.Of(DealGenerators.FirstWeek);
        var report = FunnelAnalyzer.Analyze(events, FunnelDefinition.Active, week, 4);
        var again = FunnelAnalyzer.Analyze([.. events], FunnelDefinition.Active, week, 4);
        var total = report.Total;
        var changed = report with { Total = total with { Counts = total.Counts.SetItem(0, total.Counts[0] + 1) } };
        return AreEqualValues(report, again) && report != changed;
    }

    [Property]
    public bool ContactSummariesAndPlans_OfTheSameBase_AreEqual(ContactWorld world)
    {
        var report = ContactCompliance.Evaluate(world.Base, world.Segments, world.AsOf, world.CapacityHours);
        var again = ContactCompliance.Evaluate(world.Base, world.Segments, world.AsOf, world.CapacityHours);
        var plan = Redistribution.Plan(world.Base, report);
        return report.Managers.Zip(again.Managers).All(p => AreEqualValues(p.First, p.Second))
            && AreEqualValues(plan, Redistribution.Plan(world.Base, again))
            && (plan.Moves.IsEmpty || plan != plan with { Moves = plan.Moves.RemoveAt(plan.Moves.Length - 1) });
    }

    [Property]
    public bool LostClientLists_OfTheSameBase_AreEqual_AndDifferByAClient(ClientBase clientBase)
    {
        var asOf = SalesGenerators.Epoch.AddDays(400);
        var list = LostClients.Build(clientBase, asOf);
        var again = LostClients.Build(clientBase, asOf);
        return AreEqualValues(list, again) && (list.Clients.IsEmpty || list != list with { Clients = list.Clients.RemoveAt(0) });
    }

    [Property]
    public bool SegmentsAndMigrations_OfTheSameBase_AreEqual(ClientBase clientBase)
    {
        var segments = CampaignSegments.GroupBy(clientBase.Clients, c => (c.Region, c.Industry));
        var again = CampaignSegments.GroupBy(clientBase.Clients, c => (c.Region, c.Industry));
        var steps = ClassMigration.Build(clientBase, new SalesMonth(2024, 3), new SalesMonth(2024, 9), 3);
        var stepsAgain = ClassMigration.Build(clientBase, new SalesMonth(2024, 3), new SalesMonth(2024, 9), 3);
        return segments.Zip(again).All(p => AreEqualValues(p.First, p.Second))
            && steps.Length == stepsAgain.Length && steps.Zip(stepsAgain).All(p => AreEqualValues(p.First, p.Second))
            && segments.All(s => s.Clients.IsEmpty || s != s with { Clients = s.Clients.RemoveAt(0) });
    }

    [Property]
    public bool AccessRules_WithCopiedSets_AreEqual(AccessRule rule)
    {
        var copy = rule with { Classes = [.. rule.Classes.Reverse()], Channels = [.. rule.Channels.Reverse()] };
        var changed = rule with { Channels = rule.Channels.Add("a channel no generator makes") };
        return AreEqualValues(rule, copy) && rule != changed
            && AreEqualValues(new AccessPolicy([rule]), new AccessPolicy([copy]));
    }

    /// <summary>Distinct instances that are equal both ways, by every entry point, with equal hashes.</summary>
    internal static bool AreEqualValues<T>(T a, T b)
        where T : class, IEquatable<T>
        => !ReferenceEquals(a, b) && a.Equals(b) && b.Equals(a) && a.Equals((object)b) && a.GetHashCode() == b.GetHashCode();
}
