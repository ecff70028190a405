namespace SalesDomain.Model;

/// <summary>Manual marks a head puts on a client (DOMAIN.md §2, perspectiveness ladder).</summary>
[Flags]
public enum ClientFlags
{
    /// <summary>No mark.</summary>
    None = 0,

    /// <summary>A partner: a client with a strategic relationship, a forecast target.</summary>
    Partner = 1,

    /// <summary>A VIP (key) client, a forecast target.</summary>
    Vip = 2,
}
