using SalesDomain.Motivation;

namespace SalesDomain.Csv;

/// <summary>One accepted row of a monthly sales CSV: the sale and the optional agent and client attributes.</summary>
/// <param name="Sale">The sale (agent, client, month, amount).</param>
/// <param name="Team">The agent's team from the <c>team</c> column; empty when absent.</param>
/// <param name="OutletType">The client's outlet type from the <c>outlet_type</c> column; empty when absent.</param>
/// <param name="ClientClass">The client's class from the <c>client_class</c> column; empty when absent.</param>
public sealed record SalesCsvRow(MonthlySale Sale, string Team, string OutletType, string ClientClass)
{
    /// <summary>
    /// The <c>activated</c> cell: whether the row's agent activated the client in the row's month; null when the file
    /// has no <c>activated</c> column (activations are then derived by <see cref="ActivationRule"/>).
    /// </summary>
    public bool? Activated { get; init; }

    /// <summary>The <c>refused</c> cell: whether the client refused in the row's month; false when the file has no such column.</summary>
    public bool Refused { get; init; }
}
