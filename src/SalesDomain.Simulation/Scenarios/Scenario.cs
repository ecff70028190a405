using SalesDomain.Funnels;
using SalesDomain.Model;

namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// A what-if scenario: a synthetic client population, a sales force, the behaviour of clients and the bonus program
/// (DOMAIN.md §3–§8; docs/simulator.md in the repository lists every default and its source). The scenario records are mutable plain
/// data read from JSON (check them with <see cref="ScenarioValidator"/>); a run works on its own validated copy.
/// They compare by content, lists included, so a scenario read back from its JSON equals the original; being mutable,
/// a scenario must not be changed while it is a key of a dictionary or a member of a set.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short name shown in reports; default "scenario".</summary>
    public string Name { get; set; } = "scenario";

    /// <summary>One-line description; optional.</summary>
    public string? Description { get; set; }

    /// <summary>Longest horizon in months of a scenario and of <see cref="SimulationOptions.Months"/>: 1,200 (100 years).</summary>
    public const int MaxMonths = 1200;

    /// <summary>Largest monthly salary, activation bonus and median monthly potential a scenario may give: 10⁹.</summary>
    public const decimal MaxMoney = 1_000_000_000m;

    /// <summary>Most clients (market capacity + initial active) of a scenario: 50,000,000.</summary>
    public const long MaxClients = 50_000_000;

    /// <summary>Default horizon in months (a month is 4 or 5 weeks on a 4-4-5 calendar); default 36; at most <see cref="MaxMonths"/>.</summary>
    public int Months { get; set; } = 36;

    /// <summary>The market: potential pool and initial active base.</summary>
    public PopulationSpec Population { get; set; } = new();

    /// <summary>Groups of identical managers; at least one group.</summary>
    public IReadOnlyList<ManagerSpec> SalesForce { get; set; } = [];

    /// <summary>How clients buy, grow, lapse, churn and respond to contacts.</summary>
    public ClientBehaviourSpec Clients { get; set; } = new();

    /// <summary>Contact norms, reactivation and the hand-over of acquired clients.</summary>
    public FarmingSpec Farming { get; set; } = new();

    /// <summary>The bonus program (its effects come from <see cref="Behaviour"/>).</summary>
    public BonusProgramSpec Bonus { get; set; } = new();

    /// <summary>How managers allocate their hours and effort under the bonus program and their norms.</summary>
    public BehaviourSpec Behaviour { get; set; } = new();

    /// <summary>Finite market, manager turnover, hiring and trainees.</summary>
    public OrganisationSpec Organisation { get; set; } = new();

    /// <summary>
    /// Where each value comes from, by JSON path (e.g. <c>$.clients.baseMonthlyChurn</c> → "BG/NBD dropout …"); written by
    /// <c>calibrate</c>, ignored by the engine; optional.
    /// </summary>
    public Dictionary<string, string>? Sources { get; set; }

    /// <summary>Gross margin on revenue (0..1) used for profit after sales-force cost; default 0.30 (assumption).</summary>
    public decimal GrossMargin { get; set; } = 0.30m;

    /// <summary>
    /// Whether the two are equal by content: <see cref="SalesForce"/> element by element in order;
    /// <see cref="Sources"/> by key and value in any order; the other values equal.
    /// </summary>
    public bool Equals(Scenario? other) =>
        other is not null && Name == other.Name && Description == other.Description && Months == other.Months
        && Population == other.Population && ContentEquality.Sequence(SalesForce, other.SalesForce)
        && Clients == other.Clients && Farming == other.Farming && Bonus == other.Bonus && Behaviour == other.Behaviour
        && Organisation == other.Organisation && ContentEquality.Map(Sources, other.Sources)
        && GrossMargin == other.GrossMargin;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(SalesForce), ContentEquality.MapHash(Sources), Name, Description, Months,
        Population, Clients, Farming);
}

/// <summary>A client attribute drawn from named categories with weights (channel, region, industry).</summary>
public sealed record CategorySpec
{
    /// <summary>Category names; at least one.</summary>
    public IReadOnlyList<string> Names { get; set; } = [];

    /// <summary>Relative weights, one per name, each ≥ 0 with a positive sum; equal weights when empty.</summary>
    public IReadOnlyList<double> Weights { get; set; } = [];

    /// <summary>
    /// Whether the two are equal by content: <see cref="Names"/> and <see cref="Weights"/> element by element in order.
    /// </summary>
    public bool Equals(CategorySpec? other) =>
        other is not null && ContentEquality.Sequence(Names, other.Names)
        && ContentEquality.Sequence(Weights, other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Names), ContentEquality.SequenceHash(Weights));
}

/// <summary>The synthetic population (DOMAIN.md §1, §8).</summary>
public sealed record PopulationSpec
{
    /// <summary>Market capacity: clients in the potential pool that hunters can win; default 4,000.</summary>
    public int MarketCapacity { get; set; } = 4_000;

    /// <summary>Clients already active at month 0, spread over the managers who keep clients; default 1,000.</summary>
    public int InitialActive { get; set; } = 1_000;

    /// <summary>Median monthly revenue potential of a client (currency units); default 1,000.</summary>
    public decimal MedianMonthlyPotential { get; set; } = 1_000m;

    /// <summary>
    /// σ of the log-normal revenue potential; default 1.2, which puts about 80 % of potential in the top quarter of
    /// clients (a Pareto-like tail, DOMAIN.md §2).
    /// </summary>
    public double PotentialLogSigma { get; set; } = 1.2;

    /// <summary>Shortest mean interval between purchases, in weeks; default 2.</summary>
    public double MinPurchaseIntervalWeeks { get; set; } = 2;

    /// <summary>Longest mean interval between purchases, in weeks; default 13 (a quarter).</summary>
    public double MaxPurchaseIntervalWeeks { get; set; } = 13;

    /// <summary>
    /// Subscription billing: every active client buys exactly once a month (first week) instead of at random
    /// intervals; default false (the SaaS case sets it).
    /// </summary>
    public bool MonthlyBilling { get; set; }

    /// <summary>Largest σ of the log-normal noise on each purchase amount (each client draws its own in [0, this]); default 0.4.</summary>
    public double MaxPurchaseNoiseSigma { get; set; } = 0.4;

    /// <summary>Mean monthly growth of a client's potential; default 0.003.</summary>
    public double MonthlyGrowthMean { get; set; } = 0.003;

    /// <summary>Standard deviation across clients of the monthly growth; default 0.01.</summary>
    public double MonthlyGrowthSd { get; set; } = 0.01;

    /// <summary>Sales channels (DOMAIN.md §1); default online shop, retail, chain, end user.</summary>
    public CategorySpec Channels { get; set; } = new() { Names = ["online-shop", "retail", "chain", "end-user"], Weights = [0.2, 0.4, 0.1, 0.3] };

    /// <summary>Regions; default four equal regions.</summary>
    public CategorySpec Regions { get; set; } = new() { Names = ["north", "south", "east", "west"] };

    /// <summary>Industries; default five equal industries.</summary>
    public CategorySpec Industries { get; set; } = new() { Names = ["food", "construction", "retail", "services", "industry"] };

    /// <summary>Revenue-potential multiplier per channel, one per channel name; all 1 when empty.</summary>
    public IReadOnlyList<double> ChannelPotentialFactors { get; set; } = [0.8, 1.0, 3.0, 0.6];

    /// <summary>
    /// Client profiles to draw from instead of the log-normal potential and log-uniform interval: each client takes one
    /// profile uniformly at random (spend × its channel factor; the interval unless billing is monthly). Empty (the
    /// default): the parametric draws. <c>calibrate</c> writes up to 1,000 drawn from the export. At most 10,000.
    /// </summary>
    public IReadOnlyList<ClientProfile> Profiles { get; set; } = [];

    /// <summary>
    /// Whether the two are equal by content: <see cref="ChannelPotentialFactors"/> and <see cref="Profiles"/> element
    /// by element in order; the other values equal.
    /// </summary>
    public bool Equals(PopulationSpec? other) =>
        other is not null && MarketCapacity == other.MarketCapacity && InitialActive == other.InitialActive
        && MedianMonthlyPotential == other.MedianMonthlyPotential && PotentialLogSigma.Equals(other.PotentialLogSigma)
        && MinPurchaseIntervalWeeks.Equals(other.MinPurchaseIntervalWeeks)
        && MaxPurchaseIntervalWeeks.Equals(other.MaxPurchaseIntervalWeeks) && MonthlyBilling == other.MonthlyBilling
        && MaxPurchaseNoiseSigma.Equals(other.MaxPurchaseNoiseSigma)
        && MonthlyGrowthMean.Equals(other.MonthlyGrowthMean) && MonthlyGrowthSd.Equals(other.MonthlyGrowthSd)
        && Channels == other.Channels && Regions == other.Regions && Industries == other.Industries
        && ContentEquality.Sequence(ChannelPotentialFactors, other.ChannelPotentialFactors)
        && ContentEquality.Sequence(Profiles, other.Profiles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ChannelPotentialFactors), ContentEquality.SequenceHash(Profiles), MarketCapacity,
        InitialActive, MedianMonthlyPotential, PotentialLogSigma, MinPurchaseIntervalWeeks, MaxPurchaseIntervalWeeks);
}

/// <summary>Conversion rates of the active funnel (DOMAIN.md §4), the manager's skill.</summary>
public sealed record FunnelSkillSpec
{
    /// <summary>
    /// Share of productive calls that lead to a meeting; default 12 ÷ 50 = 0.24, the ratio of the weekly norms of the
    /// library's active funnel (<see cref="FunnelDefinition.Active"/>, seed 001: 50 productive calls, 12 meetings).
    /// </summary>
    public double CallToMeeting { get; set; } = Ratio(FunnelDefinition.Active.Stages[1], FunnelDefinition.Active.Stages[0]);

    /// <summary>
    /// Share of meetings that are productive (interest + progress); default 6 ÷ 12 = 0.5, the ratio of the active funnel's
    /// weekly norms (seed 001).
    /// </summary>
    public double MeetingToProductive { get; set; } = Ratio(FunnelDefinition.Active.Stages[2], FunnelDefinition.Active.Stages[1]);

    /// <summary>Share of productive meetings that end in a first deal; default 0.15 (assumption, "first purchase 7× harder", §8).</summary>
    public double ProductiveToDeal { get; set; } = 0.15;

    /// <summary>Share of reactivation contacts with a lost client that win it back; default 0.10 (assumption).</summary>
    public double Reactivation { get; set; } = 0.10;

    private static double Ratio(FunnelStage later, FunnelStage earlier) => (double)later.WeeklyNorm / earlier.WeeklyNorm;
}

/// <summary>A group of identical managers (DOMAIN.md §7).</summary>
public sealed record ManagerSpec
{
    /// <summary>Group name, e.g. "hunters"; default "managers".</summary>
    public string Name { get; set; } = "managers";

    /// <summary>Hunter, Farmer, Generalist or Assistant.</summary>
    public ManagerRole Role { get; set; } = ManagerRole.Generalist;

    /// <summary>Number of managers in the group; ≥ 0 (0 switches the group off); default 1.</summary>
    public int Count { get; set; } = 1;

    /// <summary>Working hours per week; default 40.</summary>
    public double CapacityHours { get; set; } = 40;

    /// <summary>Meetings a week at most; default 0 = the role's default (hunter 12, farmer 8, generalist 10, assistant 0; seed 001 time plans).</summary>
    public int MeetingsPerWeek { get; set; }

    /// <summary>Hours per productive call incl. preparation and logging; default 0.25.</summary>
    public double CallHours { get; set; } = 0.25;

    /// <summary>Hours per meeting incl. travel; default 1.5.</summary>
    public double MeetingHours { get; set; } = 1.5;

    /// <summary>Funnel conversions (skill).</summary>
    public FunnelSkillSpec Skill { get; set; } = new();

    /// <summary>Monthly salary per manager; default 3,000 (farmers are dearer in the built-ins, seed 003).</summary>
    public decimal MonthlySalary { get; set; } = 3_000m;

    /// <summary>
    /// Lowest share of this group's new clients who refuse within the bonus window (agent quality); the group's
    /// members are spread evenly from this to <see cref="EarlyRefusalShareMax"/>; default 0.10 (seed 002: 10–40 %).
    /// </summary>
    public double EarlyRefusalShareMin { get; set; } = 0.10;

    /// <summary>Highest early-refusal share in the group; default 0.40 (seed 002).</summary>
    public double EarlyRefusalShareMax { get; set; } = 0.40;
}
