namespace SalesDomain.Model;

/// <summary>
/// The rule that puts a client into the active, pending, potential or lost base as of a date (DOMAIN.md §1,
/// seed 002; docs/model.md in the repository).
/// </summary>
/// <remarks>
/// With W = <see cref="ActivityWindowDays"/>, P = <see cref="ContractPendingDays"/> and the as-of date D:
/// <list type="number">
/// <item>Active: the client's net amount over sales dated in (D − W, D] is positive.</item>
/// <item>Pending: otherwise, if the client has a contract dated C with C ≤ D &lt; C + P (a new contract, first
/// shipment awaited), or an undated contract and no sale dated on or before D.</item>
/// <item>Lost: otherwise, if the client has a contract as of D (<see cref="Client.HasContractAsOf"/>) or any sale
/// dated on or before D.</item>
/// <item>Potential: otherwise (no contract and nothing bought yet).</item>
/// </list>
/// Sales after D and contracts dated after D are ignored, so the status is reproducible for any past date.
/// </remarks>
public sealed record BaseStatusRule
{
    /// <summary>The default rule: a 365-day activity window, a contract pending for 90 days.</summary>
    public static BaseStatusRule Default { get; } = new();

    /// <summary>Length of the activity window in days; default 365; must be &gt; 0.</summary>
    public int ActivityWindowDays { get; init => field = Guard.Positive(value, nameof(ActivityWindowDays)); } = 365;

    /// <summary>
    /// Days a dated contract without net purchases stays <see cref="BaseStatus.Pending"/> from its signing day
    /// (the signing day is day 0); after that the client is <see cref="BaseStatus.Lost"/>. Default 90 (a quarter for
    /// the first shipment); must be &gt; 0.
    /// </summary>
    public int ContractPendingDays { get; init => field = Guard.Positive(value, nameof(ContractPendingDays)); } = 90;

    /// <summary>The status of one client as of <paramref name="asOf"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="sales">The client's sales, in any order.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    public BaseStatus Classify(Client client, IEnumerable<Sale> sales, DateOnly asOf)
    {
        Guard.NotNull(client);
        Guard.NotNull(sales);
        // The window is clipped at the first day of the calendar.
        var windowStart = asOf.DayNumber >= ActivityWindowDays ? asOf.AddDays(-ActivityWindowDays) : DateOnly.MinValue;
        var boughtBefore = false;
        var windowNet = 0m;
        foreach (var sale in sales)
        {
            Guard.NotNull(sale, nameof(sales));
            if (sale.Date > asOf)
            {
                continue;
            }

            boughtBefore = true;
            if (sale.Date > windowStart)
            {
                windowNet += sale.Amount;
            }
        }

        if (windowNet > 0m)
        {
            return BaseStatus.Active;
        }

        var pending = client.ContractDate is { } signed
            ? signed <= asOf && asOf.DayNumber - signed.DayNumber < ContractPendingDays
            : client.HasContract && !boughtBefore;
        if (pending)
        {
            return BaseStatus.Pending;
        }

        return client.HasContractAsOf(asOf) || boughtBefore ? BaseStatus.Lost : BaseStatus.Potential;
    }

    /// <summary>The status of every client of the base as of <paramref name="asOf"/>, keyed by client id.</summary>
    public IReadOnlyDictionary<string, BaseStatus> Classify(ClientBase clientBase, DateOnly asOf)
    {
        Guard.NotNull(clientBase);
        var result = new Dictionary<string, BaseStatus>(clientBase.Clients.Length, StringComparer.Ordinal);
        foreach (var client in clientBase.Clients)
        {
            result[client.Id] = Classify(client, clientBase.SalesOf(client.Id), asOf);
        }

        return result;
    }
}
