namespace SalesDomain.Segmentation;

/// <summary>
/// The 8-step perspectiveness ladder of a client (DOMAIN.md §2, seed 000), from least to most predictable.
/// Only <see cref="Periodic"/>, <see cref="Prospective"/>, <see cref="Permanent"/>, <see cref="Partner"/> and
/// <see cref="Vip"/> are forecast targets; orders of the others go to the manager's assistant (DOMAIN.md §5).
/// </summary>
public enum PerspectiveCategory
{
    /// <summary>A lost client brought back (Реанимированный).</summary>
    Reanimated,

    /// <summary>A client with a first purchase only recently (Новый).</summary>
    New,

    /// <summary>A client who bought once, with no repeat (Разовый).</summary>
    OneOff,

    /// <summary>A client who buys from time to time (Периодический); a forecast target.</summary>
    Periodic,

    /// <summary>A client with growing purchases and potential (Перспективный); a forecast target.</summary>
    Prospective,

    /// <summary>A client who buys regularly (Постоянный); a forecast target.</summary>
    Permanent,

    /// <summary>A strategic partner (Партнер); a forecast target.</summary>
    Partner,

    /// <summary>A key client (VIP); a forecast target.</summary>
    Vip,
}
