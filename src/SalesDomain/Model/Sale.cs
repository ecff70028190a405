namespace SalesDomain.Model;

/// <summary>
/// A sale or shipment to a client (DOMAIN.md §1). A return is a sale with a negative <see cref="Amount"/>.
/// </summary>
public sealed record Sale
{
    /// <summary>Creates a sale.</summary>
    /// <param name="clientId">Id of the buying client; not empty.</param>
    /// <param name="date">Date of the sale or shipment.</param>
    /// <param name="amount">Revenue in the base currency; negative for a return; within ±<see cref="Money.MaxAmount"/>.</param>
    /// <param name="profit">Profit (margin) in the base currency, when known; within ±<see cref="Money.MaxAmount"/>.</param>
    /// <param name="quantity">Quantity of goods, when known; negative for a return; within ±<see cref="Money.MaxQuantity"/>.</param>
    public Sale(string clientId, DateOnly date, decimal amount, decimal? profit = null, decimal? quantity = null)
    {
        ClientId = clientId;
        Date = date;
        Amount = amount;
        Profit = profit;
        Quantity = quantity;
    }

    /// <summary>Id of the buying client; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>Date of the sale or shipment.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Revenue in the base currency; negative for a return.</summary>
    public decimal Amount { get; init => field = Money.Amount(value, nameof(Amount)); }

    /// <summary>Profit (margin) in the base currency, when known.</summary>
    public decimal? Profit { get; init => field = Money.Amount(value, nameof(Profit)); }

    /// <summary>Quantity of goods, when known.</summary>
    public decimal? Quantity { get; init => field = Money.Quantity(value, nameof(Quantity)); }

    /// <summary>Id of the manager credited with the sale, when known.</summary>
    public string? ManagerId
    {
        get;
        init => field = value is null ? null : Guard.NotEmpty(value, nameof(ManagerId));
    }

    /// <summary>Whether this is a return (negative amount).</summary>
    public bool IsReturn => Amount < 0m;
}
