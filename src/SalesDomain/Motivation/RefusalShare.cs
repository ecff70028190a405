namespace SalesDomain.Motivation;

/// <summary>
/// An agent's refusal share (DOMAIN.md §6, seed 002): clients lost within their renewal window ÷ clients activated.
/// Compared exactly as a fraction (1/3 equals 2/6); lower is better.
/// </summary>
public readonly record struct RefusalShare : IComparable<RefusalShare>
{
    /// <summary>Creates a share.</summary>
    /// <param name="refused">Clients lost within their renewal window; 0..activated.</param>
    /// <param name="activated">Clients activated; &gt; 0.</param>
    public RefusalShare(int refused, int activated)
    {
        Activated = Guard.Positive(activated);
        Refused = refused >= 0 && refused <= activated
            ? refused
            : throw Guard.OutOfRange(nameof(refused), refused, $"must be within [0, {activated}]");
    }

    /// <summary>Clients lost within their renewal window.</summary>
    public int Refused { get; }

    /// <summary>Clients activated; &gt; 0 (1 for the default value).</summary>
    public int Activated { get => field == 0 ? 1 : field; }

    /// <summary>The share as a number in [0, 1].</summary>
    public decimal Value => (decimal)Refused / Activated;

    /// <inheritdoc />
    public bool Equals(RefusalShare other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var divisor = System.Numerics.BigInteger.GreatestCommonDivisor(Refused, Activated);
        return HashCode.Combine(Refused / (int)divisor, Activated / (int)divisor);
    }

    /// <inheritdoc />
    public int CompareTo(RefusalShare other) => ((long)Refused * other.Activated).CompareTo((long)other.Refused * Activated);

    /// <summary>Whether <paramref name="left"/> is a lower (better) share than <paramref name="right"/>.</summary>
    public static bool operator <(RefusalShare left, RefusalShare right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a higher (worse) share than <paramref name="right"/>.</summary>
    public static bool operator >(RefusalShare left, RefusalShare right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not worse than <paramref name="right"/>.</summary>
    public static bool operator <=(RefusalShare left, RefusalShare right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not better than <paramref name="right"/>.</summary>
    public static bool operator >=(RefusalShare left, RefusalShare right) => left.CompareTo(right) >= 0;

    /// <summary>The share as "refused/activated".</summary>
    public override string ToString() => $"{Refused}/{Activated}";
}
