using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Serialization;

/// <summary>
/// System.Text.Json metadata for the client-base model, deals and targets, generated at compile time (no reflection,
/// trimming- and AOT-safe): camelCase names, enums as strings, months as <c>"yyyy-MM"</c>, money as JSON numbers read
/// back as <see cref="decimal"/>. Every type here round-trips: <c>Deserialize(Serialize(x))</c> serialises to the
/// same JSON. Use <c>SalesDomainJsonContext.Default.ClientBase</c> (or <see cref="JsonSerializerContext.Options"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [
        typeof(SalesMonthJsonConverter), typeof(SalesWeekJsonConverter), typeof(ClientBaseJsonConverter), typeof(DealJsonConverter),
        typeof(AbcResultJsonConverter), typeof(XyzResultJsonConverter), typeof(AbcXyzMatrixJsonConverter),
        typeof(ClassMigrationStepJsonConverter), typeof(ReactivationListJsonConverter), typeof(ContactReportJsonConverter),
        typeof(PayoutInputJsonConverter), typeof(PayoutStatementJsonConverter),
        typeof(AnalysisWindowJsonConverter), typeof(AnalysisWindowRuleJsonConverter), typeof(CellMapJsonConverter),
        typeof(TotalsByMonthJsonConverter), typeof(TotalsByCategoryJsonConverter),
        typeof(AbcOptionsJsonConverter), typeof(XyzOptionsJsonConverter), typeof(AbcdeOptionsJsonConverter),
        typeof(SegmentationOptionsJsonConverter), typeof(PerspectiveLadderOptionsJsonConverter), typeof(ReactivationOptionsJsonConverter),
        typeof(ReactivationRuleOptionsJsonConverter), typeof(BgNbdFitOptionsJsonConverter), typeof(LostClientOptionsJsonConverter),
        typeof(BaseStatusRuleJsonConverter), typeof(ForecastOptionsJsonConverter), typeof(DealPolicyJsonConverter),
        typeof(FairyTaleOptionsJsonConverter), typeof(ContactNormsJsonConverter), typeof(RedistributionOptionsJsonConverter),
        typeof(FunnelDefinitionJsonConverter)])]
[JsonSerializable(typeof(Sale))]
[JsonSerializable(typeof(Client))]
[JsonSerializable(typeof(Manager))]
[JsonSerializable(typeof(ContactEvent))]
[JsonSerializable(typeof(DecisionMaker))]
[JsonSerializable(typeof(ClientBase))]
[JsonSerializable(typeof(ImmutableArray<Client>))]
[JsonSerializable(typeof(ImmutableArray<Manager>))]
[JsonSerializable(typeof(ImmutableArray<Sale>))]
[JsonSerializable(typeof(ImmutableArray<ContactEvent>))]
[JsonSerializable(typeof(Deal))]
[JsonSerializable(typeof(ImmutableArray<Deal>))]
[JsonSerializable(typeof(ManagerTarget))]
[JsonSerializable(typeof(ImmutableArray<ManagerTarget>))]
[JsonSerializable(typeof(SalesMonth))]
[JsonSerializable(typeof(DealState))]
[JsonSerializable(typeof(SalesWeek))]
[JsonSerializable(typeof(AnalysisWindow))]
[JsonSerializable(typeof(ImmutableArray<int>))]
[JsonSerializable(typeof(ImmutableArray<string>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
// Segmentation results
[JsonSerializable(typeof(AbcResult))]
[JsonSerializable(typeof(ImmutableArray<AbcEntry>))]
[JsonSerializable(typeof(XyzResult))]
[JsonSerializable(typeof(ImmutableArray<XyzEntry>))]
[JsonSerializable(typeof(AbcXyzMatrix))]
[JsonSerializable(typeof(ImmutableArray<AbcXyzCell>))]
[JsonSerializable(typeof(SegmentationResult))]
[JsonSerializable(typeof(ImmutableArray<AbcdeEntry>))]
[JsonSerializable(typeof(IReadOnlyList<AbcdeEntry>))]
[JsonSerializable(typeof(ClassMigrationStep))]
[JsonSerializable(typeof(ImmutableArray<ClassMigrationStep>))]
[JsonSerializable(typeof(ImmutableArray<ClassChange>))]
// Reactivation results
[JsonSerializable(typeof(ReactivationList))]
[JsonSerializable(typeof(ImmutableArray<ReactivationItem>))]
[JsonSerializable(typeof(BgNbdModel))]
[JsonSerializable(typeof(BgNbdFit))]
[JsonSerializable(typeof(LostClientList))]
// Forecast results
[JsonSerializable(typeof(ForecastResult))]
[JsonSerializable(typeof(ForecastGroup))]
[JsonSerializable(typeof(ForecastTotals))]
[JsonSerializable(typeof(ForecastAccuracyReport))]
[JsonSerializable(typeof(LossReasonSummary))]
[JsonSerializable(typeof(ImmutableArray<FlaggedDeal>))]
[JsonSerializable(typeof(ImmutableArray<CalibrationRow>))]
// Funnel, contact and manager results
[JsonSerializable(typeof(FunnelReport))]
[JsonSerializable(typeof(ContactReport))]
[JsonSerializable(typeof(ImmutableArray<ClientContactStatus>))]
[JsonSerializable(typeof(ImmutableArray<ManagerContactSummary>))]
[JsonSerializable(typeof(RedistributionPlan))]
[JsonSerializable(typeof(ImmutableArray<ManagerScorecard>))]
[JsonSerializable(typeof(ImmutableArray<PlanFactLine>))]
// Motivation results
[JsonSerializable(typeof(PayoutStatement))]
[JsonSerializable(typeof(PayoutInput))]
[JsonSerializable(typeof(ImmutableArray<Agent>))]
[JsonSerializable(typeof(ImmutableArray<ClientAccount>))]
[JsonSerializable(typeof(ImmutableArray<MonthlySale>))]
[JsonSerializable(typeof(ImmutableArray<Activation>))]
[JsonSerializable(typeof(ImmutableArray<Refusal>))]
[JsonSerializable(typeof(ImmutableArray<PayoutAdjustment>))]
[JsonSerializable(typeof(SalesMonth?))]
[JsonSerializable(typeof(AgentMonthStatement))]
[JsonSerializable(typeof(ImmutableArray<AgentMonthStatement>))]
[JsonSerializable(typeof(ImmutableArray<SchemeMonthCost>))]
[JsonSerializable(typeof(PayoutTotals))]
[JsonSerializable(typeof(Dictionary<string, PayoutTotals>))]
[JsonSerializable(typeof(ImmutableArray<PayoutLine>))]
// Options
[JsonSerializable(typeof(AbcOptions))]
[JsonSerializable(typeof(XyzOptions))]
[JsonSerializable(typeof(AbcdeOptions))]
[JsonSerializable(typeof(SegmentationOptions))]
[JsonSerializable(typeof(AnalysisWindowRule))]
[JsonSerializable(typeof(PerspectiveLadderOptions))]
[JsonSerializable(typeof(ReactivationOptions))]
[JsonSerializable(typeof(ReactivationRuleOptions))]
[JsonSerializable(typeof(BgNbdFitOptions))]
[JsonSerializable(typeof(LostClientOptions))]
[JsonSerializable(typeof(BaseStatusRule))]
[JsonSerializable(typeof(ForecastOptions))]
[JsonSerializable(typeof(DealPolicy))]
[JsonSerializable(typeof(FairyTaleOptions))]
[JsonSerializable(typeof(ContactNorms))]
[JsonSerializable(typeof(RedistributionOptions))]
[JsonSerializable(typeof(FunnelDefinition))]
public sealed partial class SalesDomainJsonContext : JsonSerializerContext;
