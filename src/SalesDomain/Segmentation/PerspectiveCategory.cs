namespace SalesDomain.Segmentation;

/// <summary>
/// The perspectiveness ladder (DOMAIN.md §2, seed 000): eight steps from a client just won back to a VIP, and
/// SalesDomain's ninth place for former regular buyers and marked clients who went silent. Only Periodic, Prospective,
/// Permanent, Partner and VIP are forecast targets.
/// </summary>
public enum PerspectiveCategory
{
    /// <summary>Came back after a long lapse (реанимированный).</summary>
    Reanimated,

    /// <summary>First purchase is recent (новый).</summary>
    New,

    /// <summary>Bought once, or too rarely for a pattern (разовый).</summary>
    OneOff,

    /// <summary>Buys regularly (периодический); forecast target.</summary>
    Periodic,

    /// <summary>Buys repeatedly and is growing (перспективный); forecast target.</summary>
    Prospective,

    /// <summary>Buys nearly every month (постоянный); forecast target.</summary>
    Permanent,

    /// <summary>Marked as a partner (партнёр); forecast target.</summary>
    Partner,

    /// <summary>Marked as a VIP; forecast target.</summary>
    Vip,

    /// <summary>
    /// Silent for the lapse period after buying regularly, or while marked Partner or VIP (ушедший): shown so that a
    /// flag never hides silence; not a forecast target.
    /// </summary>
    Lapsed,
}
