namespace SalesDomain.Model;

/// <summary>Where a client stands in the base as of a date (DOMAIN.md §1, seed 002).</summary>
public enum BaseStatus
{
    /// <summary>Known and relevant, but no contract and no purchase yet (ПКБ).</summary>
    Potential,

    /// <summary>Has a contract and net purchases within the activity window (АКБ).</summary>
    Active,

    /// <summary>Has a contract (or bought before) but no net purchases within the activity window.</summary>
    Lost,

    /// <summary>
    /// Has a new contract and no net purchases yet: the first shipment is awaited (АКБ in waiting). A dated contract
    /// stays pending for <see cref="BaseStatusRule.ContractPendingDays"/> days; an undated one while the client has
    /// never bought. Never counted as lost.
    /// </summary>
    Pending,
}
