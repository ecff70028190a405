using FsCheck;
using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>
/// Size and shape of the client bases that <see cref="SalesGenerators.ClientBase(ClientBaseShape)"/> generates
/// (DOMAIN.md §1): how many clients and managers, how many months of history, and how often the edge cases occur
/// (zero months, returns, same-day purchases, ties, huge amounts). Every share is a probability in [0, 1].
/// </summary>
/// <example>
/// <code>
/// var shape = new ClientBaseShape { MaxClients = 200, Periods = 36, ReturnShare = 0.2 };
/// Prop.ForAll(shape.ToArbitrary(), clientBase => ...);
/// </code>
/// </example>
public sealed record ClientBaseShape
{
    /// <summary>The defaults: 0–40 clients, up to 4 managers, 24 months from 2024-01-01.</summary>
    public static ClientBaseShape Default { get; } = new();

    /// <summary>
    /// Bases with sales only, the shape of <see cref="ClientBase.FromSales"/>: no managers (every client ownerless),
    /// no contacts, no decision makers, every client with a contract.
    /// </summary>
    public static ClientBaseShape SalesOnly { get; } = new()
    {
        MaxManagers = 0, MaxContactsPerMonth = 0, MaxDecisionMakers = 0, ContractShare = 1d,
    };

    /// <summary>Fewest clients in a base; default 0 (the empty base is generated); must be ≥ 0.</summary>
    public int MinClients { get; init => field = Guard.NotNegative(value, nameof(MinClients)); }

    /// <summary>Most clients in a base; default 40; must be ≥ <see cref="MinClients"/>.</summary>
    public int MaxClients { get; init => field = Guard.NotNegative(value, nameof(MaxClients)); } = 40;

    /// <summary>
    /// Whether the number of clients grows with FsCheck's size parameter (small bases first, up to
    /// <see cref="MaxClients"/> at size 100); default <see langword="true"/>. When false every count in
    /// [<see cref="MinClients"/>, <see cref="MaxClients"/>] is equally likely from the first test on.
    /// </summary>
    public bool GrowWithSize { get; init; } = true;

    /// <summary>Most managers in a base; default 4; 0 gives bases of ownerless clients without contacts.</summary>
    public int MaxManagers { get; init => field = Guard.NotNegative(value, nameof(MaxManagers)); } = 4;

    /// <summary>Share of clients without an assigned manager (ownerless); default 0.2.</summary>
    public double OwnerlessShare { get; init => field = Guard.Share(value, nameof(OwnerlessShare)); } = 0.2;

    /// <summary>Share of clients with a signed contract; default 0.8.</summary>
    public double ContractShare { get; init => field = Guard.Share(value, nameof(ContractShare)); } = 0.8;

    /// <summary>
    /// Most decision makers per client; default 7, so that bases reach organisations with more decision makers than
    /// the funnel counts (<see cref="Funnels.FunnelDefinition.CountedDecisionMakersPerOrganisation"/>); must be within
    /// [0, <see cref="MaxDecisionMakersLimit"/>].
    /// </summary>
    public int MaxDecisionMakers
    {
        get;
        init => field = value is >= 0 and <= MaxDecisionMakersLimit
            ? value
            : throw Guard.OutOfRange(nameof(MaxDecisionMakers), value, $"must be within [0, {MaxDecisionMakersLimit}]");
    } = 7;

    /// <summary>The largest <see cref="MaxDecisionMakers"/> a shape accepts (50), to keep generated bases small.</summary>
    public const int MaxDecisionMakersLimit = 50;

    /// <summary>First day of every generated history; default 2024-01-01.</summary>
    public DateOnly FirstDay { get; init; } = SalesGenerators.Epoch;

    /// <summary>Length of the history in calendar months from <see cref="FirstDay"/>; default 24; must be &gt; 0.</summary>
    public int Periods { get; init => field = Guard.Positive(value, nameof(Periods)); } = 24;

    /// <summary>Share of clients with no sales at all (the potential base); default 0.1.</summary>
    public double NoSalesShare { get; init => field = Guard.Share(value, nameof(NoSalesShare)); } = 0.1;

    /// <summary>Share of a buying client's months without any purchase (gaps, zero months); default 0.35.</summary>
    public double ZeroMonthShare { get; init => field = Guard.Share(value, nameof(ZeroMonthShare)); } = 0.35;

    /// <summary>Most purchases by one client in one month; default 3; must be &gt; 0.</summary>
    public int MaxPurchasesPerMonth { get; init => field = Guard.Positive(value, nameof(MaxPurchasesPerMonth)); } = 3;

    /// <summary>Share of purchases followed by another purchase on the same day; default 0.1.</summary>
    public double SameDayShare { get; init => field = Guard.Share(value, nameof(SameDayShare)); } = 0.1;

    /// <summary>
    /// Share of sales that are returns (negative amounts, heavy-tailed like purchases, so a client's net revenue
    /// can be negative); default 0.08.
    /// </summary>
    public double ReturnShare { get; init => field = Guard.Share(value, nameof(ReturnShare)); } = 0.08;

    /// <summary>
    /// Share of clients whose history copies an earlier client's history, so that the two tie on revenue and on
    /// every period (ties in ABC and XYZ); default 0.15.
    /// </summary>
    public double TieShare { get; init => field = Guard.Share(value, nameof(TieShare)); } = 0.15;

    /// <summary>Share of steady buyers (every month within ±5 %: XYZ class X); default 0.2.</summary>
    public double SteadyShare { get; init => field = Guard.Share(value, nameof(SteadyShare)); } = 0.2;

    /// <summary>Share of seasonal buyers (every month on a yearly wave of ±30 %: XYZ class Y); default 0.15.</summary>
    public double SeasonalShare { get; init => field = Guard.Share(value, nameof(SeasonalShare)); } = 0.15;

    /// <summary>Share of buyers whose coefficient of variation is exactly the X or the Y threshold; default 0.05.</summary>
    public double ThresholdShare { get; init => field = Guard.Share(value, nameof(ThresholdShare)); } = 0.05;

    /// <summary>Share of amounts that are huge (10⁹ up to the supported bound 10¹⁵ in the base currency); default 0.01.</summary>
    public double HugeAmountShare { get; init => field = Guard.Share(value, nameof(HugeAmountShare)); } = 0.01;

    /// <summary>Most contact events per client and month (only when the base has managers); default 2; must be ≥ 0.</summary>
    public int MaxContactsPerMonth { get; init => field = Guard.NotNegative(value, nameof(MaxContactsPerMonth)); } = 2;

    /// <summary>The first day after the generated history.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(Periods);

    /// <summary>Generator of client bases of this shape; see <see cref="SalesGenerators.ClientBase(ClientBaseShape)"/>.</summary>
    public Gen<ClientBase> ToGen() => SalesGenerators.ClientBase(this);

    /// <summary>
    /// Arbitrary of client bases of this shape, shrinking with <see cref="ClientBaseShrinker"/> (never below
    /// <see cref="MinClients"/> clients).
    /// </summary>
    public Arbitrary<ClientBase> ToArbitrary() =>
        FsCheck.Fluent.Arb.From(ToGen(), b => ClientBaseShrinker.Shrink(b, MinClients));

    /// <summary>Throws when the bounds are out of order.</summary>
    internal void Validate()
    {
        if (MinClients > MaxClients)
        {
            throw new ArgumentException(
                $"{nameof(MinClients)} ({MinClients}) must not exceed {nameof(MaxClients)} ({MaxClients}).", nameof(MinClients));
        }

        if (SteadyShare + SeasonalShare + ThresholdShare > 1d)
        {
            throw new ArgumentException(
                $"{nameof(SteadyShare)} + {nameof(SeasonalShare)} + {nameof(ThresholdShare)} must not exceed 1, was {SteadyShare + SeasonalShare + ThresholdShare}.",
                nameof(SteadyShare));
        }
    }
}
