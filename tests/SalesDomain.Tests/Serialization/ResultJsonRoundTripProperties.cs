using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Serialization;
using SalesDomain.Testing;
using SalesDomain.Tests.Managers;

namespace SalesDomain.Tests.Serialization;

/// <summary>Round trips through the source-generated context and through reflection with the same settings.</summary>
internal static class JsonRoundTrip
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    /// <summary>
    /// The context's settings and converters with metadata found by reflection instead of generated, and enums as
    /// strings (which the context sets in its generated metadata, not in its converters).
    /// </summary>
    public static readonly JsonSerializerOptions Reflection = new(SalesDomainJsonContext.Default.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>
    /// Serialises <paramref name="value"/> with the context, reads it back with the context and with reflection, and
    /// checks that both copies equal the value (by <paramref name="equal"/>, else by <c>Equals</c>), that the copy
    /// writes the same text, and that reflection writes the same text as the context.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public static string Check<T>(T value, Func<T, T, bool>? equal = null)
    {
        equal ??= EqualityComparer<T>.Default.Equals;
        var info = (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T))!;
        var text = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(text, info)!;
        Assert.Equal(text, JsonSerializer.Serialize(back, info));
        Assert.True(equal(value, back), $"{typeof(T).Name} read back differs: {text}");
        Assert.Equal(text, JsonSerializer.Serialize(value, Reflection));
        var reflected = JsonSerializer.Deserialize<T>(text, Reflection)!;
        Assert.True(equal(value, reflected), $"{typeof(T).Name} read back by reflection differs: {text}");
        return text;
    }
}

/// <summary>Generated inputs of the result round trips.</summary>
public static class ResultJsonArbitraries
{
    /// <summary>Bases of every shape.</summary>
    public static Arbitrary<ClientBase> Bases() => SalesGenerators.ClientBase().ToArbitrary();

    /// <summary>Deals of every status.</summary>
    public static Arbitrary<ImmutableArray<Deal>> Deals() => DealGenerators.DealsFor().ToArbitrary();

    /// <summary>Funnel activities.</summary>
    public static Arbitrary<ActivityEvent[]> Activities() => DealGenerators.Activities().ToArbitrary();

    /// <summary>Bases with segments and capacities for the contact report.</summary>
    public static Arbitrary<ContactWorld> Worlds() => ContactGenerators.Worlds().ToArbitrary();

    /// <summary>Departments for the payout engine.</summary>
    public static Arbitrary<PayoutInput> Departments() => MotivationGenerators.Department().ToArbitrary();

    /// <summary>Bases with targets for plan/fact.</summary>
    public static Arbitrary<ManagerWorld> ManagerWorlds() => ManagerArbitraries.World();
}

/// <summary>
/// Every result type round-trips through <see cref="SalesDomainJsonContext"/> and through reflection with its
/// settings, built from generated inputs by the library's own functions (docs/model.md, "JSON").
/// </summary>
[Properties(Arbitrary = new[] { typeof(ResultJsonArbitraries) }, MaxTest = 60)]
public class ResultJsonRoundTripProperties
{
    private static DateOnly AsOf(ClientBase b) => b.Sales.IsEmpty ? new DateOnly(2025, 6, 30) : b.Sales.Max(s => s.Date).AddDays(40);

    [Trait("Category", "Slow")]
    [Property]
    public void Segmentation_RoundTrips(ClientBase clientBase)
    {
        var result = new SegmentationAnalyzer().Analyze(clientBase);

        JsonRoundTrip.Check(result, (a, b) => a.Abc.Entries.SequenceEqual(b.Abc.Entries) && a.Abc.PositiveTotal == b.Abc.PositiveTotal
            && a.Xyz.Entries.SequenceEqual(b.Xyz.Entries) && a.Xyz.Window == b.Xyz.Window && a.Xyz.Period == b.Xyz.Period
            && a.Matrix.Cells.SequenceEqual(b.Matrix.Cells) && a.Matrix.PositiveTotal == b.Matrix.PositiveTotal
            && a.AsOf == b.AsOf && a.Window == b.Window);
        JsonRoundTrip.Check(result.Abc, (a, b) => a.Entries.SequenceEqual(b.Entries) && a.PositiveTotal == b.PositiveTotal);
        JsonRoundTrip.Check(result.Xyz, (a, b) => a.Entries.SequenceEqual(b.Entries) && a.Window == b.Window);
        JsonRoundTrip.Check(result.Matrix, (a, b) => a.Cells.SequenceEqual(b.Cells) && a.PositiveTotal == b.PositiveTotal);
        var revenue = clientBase.Sales.GroupBy(s => s.ClientId).ToDictionary(g => g.Key, g => g.Sum(s => s.Amount));
        var abcde = AbcdeAnalysis.Classify(clientBase.Clients.Select(c =>
            new AbcdeInput(c.Id, c.Channel, revenue.GetValueOrDefault(c.Id), Math.Max(0m, c.Potential ?? 0m))));
        JsonRoundTrip.Check(abcde, (a, b) => a.SequenceEqual(b));
    }

    [Trait("Category", "Slow")]
    [Property]
    public void ClassMigration_RoundTrips(ClientBase clientBase)
    {
        var from = SalesMonth.Of(AsOf(clientBase)).AddMonths(-4);
        var steps = ClassMigration.Build(clientBase, from, from.AddMonths(4), 2);

        JsonRoundTrip.Check(steps, (a, b) => a.SequenceEqual(b));
    }

    [Trait("Category", "Slow")]
    [Property]
    public void ReactivationAndLostClients_RoundTrip(ClientBase clientBase)
    {
        var list = ReactivationList.Build(clientBase, AsOf(clientBase));
        var lost = LostClients.Build(clientBase, AsOf(clientBase));

        JsonRoundTrip.Check(list, (a, b) => a.Items.SequenceEqual(b.Items) && a.AsOf == b.AsOf && a.Model == b.Model && a.Fit == b.Fit
            && a.BaseMedianIntervalDays == b.BaseMedianIntervalDays && a.OverdueCount == b.OverdueCount && a.Warnings.SequenceEqual(b.Warnings));
        JsonRoundTrip.Check(lost);
    }

    [Property]
    public void ForecastResults_RoundTrip(ImmutableArray<Deal> deals)
    {
        var asOf = DealGenerators.FirstWeek.AddDays(10);
        var month = SalesMonth.Of(asOf);

        JsonRoundTrip.Check(SalesForecast.Build(deals, asOf));
        JsonRoundTrip.Check(ForecastAccuracy.Measure(deals, asOf, deals, month, month.AddMonths(2)));
        JsonRoundTrip.Check(LossReasonSummary.Build(deals));
        JsonRoundTrip.Check(FairyTaleDetector.Detect(deals, asOf), (a, b) => a.SequenceEqual(b));
        JsonRoundTrip.Check(CalibrationTable.Build(deals), (a, b) => a.SequenceEqual(b));
    }

    [Property]
    public void FunnelReport_RoundTrips(ActivityEvent[] events)
    {
        foreach (var funnel in new[] { FunnelDefinition.Active, FunnelDefinition.Proactive })
        {
            JsonRoundTrip.Check(FunnelAnalyzer.Analyze(events, funnel, SalesWeek.StartingOn(DealGenerators.FirstWeek), DealGenerators.Weeks));
        }
    }

    [Property]
    public void ContactReportAndRedistribution_RoundTrip(ContactWorld world)
    {
        var report = ContactCompliance.Evaluate(world.Base, world.Segments, world.AsOf, world.CapacityHours);

        JsonRoundTrip.Check(report, (a, b) => a.AsOf == b.AsOf && a.Norms == b.Norms
            && a.Clients.SequenceEqual(b.Clients) && a.Managers.SequenceEqual(b.Managers)
            && a.Clients.All(c => b[c.ClientId] == c) && a.Managers.All(m => b.Manager(m.ManagerId) == m));
        JsonRoundTrip.Check(Redistribution.Plan(world.Base, report));
    }

    [Trait("Category", "Slow")]
    [Property]
    public void ManagerResults_RoundTrip(ManagerWorld world)
    {
        var segmentation = new SegmentationAnalyzer().Analyze(world.Base, world.AsOf);

        JsonRoundTrip.Check(ManagerReport.Build(world.Base, segmentation), (a, b) => a.SequenceEqual(b));
        JsonRoundTrip.Check(PlanFact.Build(world.Base, world.Targets, world.AsOf), (a, b) => a.SequenceEqual(b));
    }

    [Property]
    public void PayoutSummaries_RoundTrip(PayoutInput department)
    {
        var statement = PayoutEngine.Evaluate(MotivationSchemes.Everything, department);

        JsonRoundTrip.Check(statement, (a, b) => a.Lines.SequenceEqual(b.Lines) && a.ByAgentMonth.SequenceEqual(b.ByAgentMonth)
            && a.Totals == b.Totals && a.Revenue == b.Revenue && a.FirstMonth == b.FirstMonth && a.AsOf == b.AsOf
            && a.BySchemeMonth().SequenceEqual(b.BySchemeMonth()) && Same(a.ByAgent(), b.ByAgent()) && Same(a.ByTeam(), b.ByTeam())
            && Same(a.ByScheme(), b.ByScheme()));
        JsonRoundTrip.Check(department, (a, b) => a.Agents.SequenceEqual(b.Agents) && a.Clients.SequenceEqual(b.Clients)
            && a.Sales.SequenceEqual(b.Sales) && a.Activations.SequenceEqual(b.Activations) && a.Refusals.SequenceEqual(b.Refusals)
            && a.Adjustments.SequenceEqual(b.Adjustments) && a.FirstMonth == b.FirstMonth && a.AsOf == b.AsOf);
        JsonRoundTrip.Check(statement.Lines, (a, b) => a.SequenceEqual(b));
        JsonRoundTrip.Check(statement.ByAgentMonth, (a, b) => a.SequenceEqual(b));
        JsonRoundTrip.Check(statement.BySchemeMonth(), (a, b) => a.SequenceEqual(b));
        JsonRoundTrip.Check(statement.Totals);
        JsonRoundTrip.Check(new Dictionary<string, PayoutTotals>(statement.ByAgent()), Same);
    }

    private static bool Same(IReadOnlyDictionary<string, PayoutTotals> a, IReadOnlyDictionary<string, PayoutTotals> b)
        => a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}

/// <summary>Schemes of every kind, for the payout round trips.</summary>
internal static class MotivationSchemes
{
    public static readonly SchemeSet Everything = new(
        new CommissionScheme("commission", 0.05m),
        new UpfrontBonusScheme("upfront"),
        new QuartileGradedBonusScheme("graded", RenewalMonths: 1, GradingMonths: 2),
        new ActiveBaseBonusScheme("active-base", ImmutableDictionary<string, decimal>.Empty.Add("chain", 100m), DefaultAmount: 5m, MinimumVolume: 50m),
        new TeamRewardScheme("team", "bowling", 100m, MotivationMetric.Activations),
        new RotatingFocusScheme("focus", [new FocusPeriod(MotivationGenerators.Start, MotivationMetric.ActiveClients, 3m, 90m, 3)]));
}
