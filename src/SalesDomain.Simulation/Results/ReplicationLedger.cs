namespace SalesDomain.Simulation.Results;

/// <summary>
/// The books of one replication: every flow of clients between pool, active base and lost clients, and every
/// purchase. The conservation laws (docs/simulator.md in the repository) hold between these figures.
/// </summary>
public sealed record ReplicationLedger
{
    /// <summary>Clients in the population (constant).</summary>
    public int Population { get; init; }

    /// <summary>Active clients at month 0.</summary>
    public int InitialActive { get; init; }

    /// <summary>Potential pool at month 0 (market capacity).</summary>
    public int InitialPotential { get; init; }

    /// <summary>Clients won by hunters.</summary>
    public int AcquiredByHunters { get; init; }

    /// <summary>Clients won by generalists.</summary>
    public int AcquiredByGeneralists { get; init; }

    /// <summary>Deals closed when the potential pool was already empty (no client to win).</summary>
    public int DealsWithoutMarket { get; init; }

    /// <summary>Lost clients won back.</summary>
    public int Reactivated { get; init; }

    /// <summary>Clients lost by the churn hazard.</summary>
    public int ChurnedByHazard { get; init; }

    /// <summary>New clients who refused within the bonus window (agent-dependent early refusals).</summary>
    public int EarlyRefusals { get; init; }

    /// <summary>Clients lost at the hand-over from hunter to farmer.</summary>
    public int HandOverLosses { get; init; }

    /// <summary>Clients who left with a manager who left the company (seed 003: stickiness as risk).</summary>
    public int LostWithManager { get; init; }

    /// <summary>Managers who left (each seat refilled after the hiring delay).</summary>
    public int ManagersLeft { get; init; }

    /// <summary>Active, potential and lost clients at the end.</summary>
    public int FinalActive { get; init; }

    /// <summary>Potential clients at the end.</summary>
    public int FinalPotential { get; init; }

    /// <summary>Lost clients at the end.</summary>
    public int FinalLost { get; init; }

    /// <summary>Purchases made.</summary>
    public long Purchases { get; init; }

    /// <summary>Distinct clients with at least one purchase during the run.</summary>
    public int Buyers { get; init; }

    /// <summary>Sum of the clients' lifetime purchase amounts (counted per client, independently of the monthly series).</summary>
    public decimal PurchaseTotal { get; init; }

    /// <summary>Norm contacts made.</summary>
    public long NormContacts { get; init; }

    /// <summary>Reactivation-list contacts made.</summary>
    public long ReactivationContacts { get; init; }

    /// <summary>Upfront bonuses retained on windows that closed without clawback.</summary>
    public decimal UpfrontRetained { get; init; }

    /// <summary>Revenue over their windows of clients whose upfront window closed (kept or clawed back).</summary>
    public decimal UpfrontWindowRevenue { get; init; }

    /// <summary>First-month revenue of clients whose upfront window closed.</summary>
    public decimal UpfrontFirstMonthRevenue { get; init; }

    /// <summary>Windows closed without clawback.</summary>
    public int UpfrontKept { get; init; }

    /// <summary>Windows closed by clawback.</summary>
    public int UpfrontClawedBack { get; init; }

    /// <summary>
    /// Upfront bonuses paid and not clawed back on windows still open at the horizon: money that can still be taken
    /// back after the last simulated month (0 without clawback).
    /// </summary>
    public decimal UpfrontOpenExposure { get; init; }

    /// <summary>Upfront windows still open at the horizon with a bonus at stake.</summary>
    public int UpfrontOpenWindows { get; init; }

    /// <summary>Hours the managers spent hunting (calls and meetings of the active funnel) over the run.</summary>
    public decimal HuntingHours { get; init; }

    /// <summary>Hours the keepers spent on contacts with their own clients (norms and development) over the run.</summary>
    public decimal FarmingHours { get; init; }

    /// <summary>Hours spent on reactivation-list calls over the run.</summary>
    public decimal ReactivationHours { get; init; }

    /// <summary>Hours the sales force had on its calendar (capacity × weeks × managers), paperwork included.</summary>
    public decimal AvailableHours { get; init; }

    /// <summary>One-off trial activations (bought once and left the next week; counted in <see cref="EarlyRefusals"/> too).</summary>
    public int OneOffActivations { get; init; }

    /// <summary>First orders padded to just above the activation minimum (threshold gaming).</summary>
    public int ThresholdPadded { get; init; }

    /// <summary>Clients who stayed but cut their spend (downgrades).</summary>
    public int Downgrades { get; init; }

    /// <summary>Productive meetings whose closing the head joined (0 when the head's time is not modelled).</summary>
    public int HeadClosings { get; init; }

    /// <summary>Deals closed at the closings the head joined.</summary>
    public int HeadDeals { get; init; }

    /// <summary>
    /// Deals attributable to the head: closed with its lift that the same draw would not have closed without it (negative
    /// when the lift is below 1).
    /// </summary>
    public int HeadExtraDeals { get; init; }

    /// <summary>Mean monthly potential of the clients won by the active funnel (which outlets the hunters chose).</summary>
    public decimal MeanPotentialWon { get; init; }

    /// <summary>
    /// Mean share of would-be early refusers the acquirers screened out (over acquirers and monthly plans): the care for
    /// clients who renew that the scheme's stake buys (docs/simulator.md in the repository).
    /// </summary>
    public decimal Selectivity { get; init; }

    /// <summary>Mean inflation of first orders the acquirers pushed (0.25 = first orders 25 % above the client's level).</summary>
    public decimal FrontLoad { get; init; }

    /// <summary>Salaries booked to hunting (each manager's salary split by its hours per activity), and the head's cost when its time is modelled.</summary>
    public decimal HuntingCost { get; init; }

    /// <summary>Salaries booked to farming.</summary>
    public decimal FarmingCost { get; init; }

    /// <summary>Salaries booked to the reactivation list.</summary>
    public decimal ReactivationCost { get; init; }

    /// <summary>Commission paid on assigned clients' revenue (part of the bonus payout).</summary>
    public decimal CommissionPaid { get; init; }

    /// <summary>Monthly revenue of clients won by the active funnel (while active after that win).</summary>
    public ValueList<decimal> RevenueFromHunted { get; init; } = ValueList<decimal>.Empty;

    /// <summary>Monthly revenue of clients won back from the lost clients.</summary>
    public ValueList<decimal> RevenueFromWonBack { get; init; } = ValueList<decimal>.Empty;

    /// <summary>Month-ends at which a hunted client was active.</summary>
    public long HuntedClientMonths { get; init; }

    /// <summary>Month-ends at which a won-back client was active.</summary>
    public long WonBackClientMonths { get; init; }

    /// <summary>Every manager's seat, in scenario order.</summary>
    public ValueList<ManagerLedger> Managers { get; init; } = ValueList<ManagerLedger>.Empty;

    /// <summary>Client-weeks simulated (active clients processed each week).</summary>
    public long ClientWeeks { get; init; }
}
