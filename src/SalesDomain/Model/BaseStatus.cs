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
}
