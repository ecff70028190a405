namespace SalesDomain.Simulation.Results;

/// <summary>The monthly series a simulation reports (docs/simulator.md in the repository defines each one).</summary>
public enum Metric
{
    /// <summary>Revenue of all purchases in the month.</summary>
    Revenue,

    /// <summary>Active clients at the end of the month.</summary>
    ActiveClients,

    /// <summary>Lost clients (kept in view) at the end of the month.</summary>
    LostClients,

    /// <summary>Clients left in the potential pool at the end of the month.</summary>
    PotentialClients,

    /// <summary>Clients won by the active funnel in the month (hunters and generalists).</summary>
    Acquired,

    /// <summary>Lost clients won back through the reactivation list in the month.</summary>
    Reactivated,

    /// <summary>Clients lost in the month (churn, early refusals, hand-over losses).</summary>
    Churned,

    /// <summary>Active clients on the reactivation list (no purchase for longer than their interval) at month end.</summary>
    LapsedClients,

    /// <summary>Norm contacts (calls and meetings by keepers under the contact norms) in the month.</summary>
    NormContacts,

    /// <summary>Share of active clients whose contacts this month reached the norm of their ABC class.</summary>
    NormCompliance,

    /// <summary>Class-A clients after the monthly ABC recomputation.</summary>
    AClients,

    /// <summary>Class-X clients after the monthly XYZ recomputation.</summary>
    XClients,

    /// <summary>Salaries of the sales force in the month, and the head's cost when its time in block 3 is modelled.</summary>
    SalaryCost,

    /// <summary>Bonus payout net of clawbacks in the month (commission, activation and upfront bonuses).</summary>
    BonusPayout,

    /// <summary>Bonus payout ÷ revenue of the month (0 when there is no revenue).</summary>
    PayoutRatio,

    /// <summary>Revenue × gross margin − salaries − bonus payout − hiring cost − trainee cost.</summary>
    Profit,

    /// <summary>Upfront bonuses paid in the month (before clawbacks).</summary>
    UpfrontPaid,

    /// <summary>Upfront bonuses taken back in the month.</summary>
    UpfrontClawedBack,

    /// <summary>Hiring cost of replacements for managers who left in the month.</summary>
    HiringCost,

    /// <summary>Salaries of the trainees making block-1 cold calls in the month.</summary>
    TraineeCost,

    /// <summary>Clients with at least one purchase in the month.</summary>
    Buyers,
}
