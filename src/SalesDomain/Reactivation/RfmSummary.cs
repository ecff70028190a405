namespace SalesDomain.Reactivation;

/// <summary>
/// A client's purchase history reduced to the three numbers the BG/NBD model needs (DOMAIN.md §3; docs/reactivation.md in the repository).
/// Time is measured in model time units (e.g. weeks) from the client's first purchase.
/// </summary>
public readonly record struct RfmSummary
{
    /// <summary>Creates a summary and checks 0 ≤ recency ≤ age, recency = 0 when frequency = 0.</summary>
    /// <param name="frequency">x: number of repeat purchases (purchases after the first); ≥ 0.</param>
    /// <param name="recency">tₓ: time of the last purchase since the first; 0 when <paramref name="frequency"/> is 0.</param>
    /// <param name="age">T: time from the first purchase to the end of observation; ≥ recency.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, not finite or out of order.</exception>
    public RfmSummary(int frequency, double recency, double age)
    {
        Guard.NotNegative(frequency);
        Guard.NotNegative(recency);
        Guard.NotNegative(age);
        if (recency > age)
        {
            throw Guard.OutOfRange(nameof(recency), recency, $"must not exceed age {age}");
        }

        if (frequency == 0 && recency != 0d)
        {
            throw Guard.OutOfRange(nameof(recency), recency, "must be 0 when frequency is 0");
        }

        Frequency = frequency;
        Recency = recency;
        Age = age;
    }

    /// <summary>x: number of repeat purchases.</summary>
    public int Frequency { get; }

    /// <summary>tₓ: time of the last purchase, measured from the first purchase, in model time units.</summary>
    public double Recency { get; }

    /// <summary>T: time from the first purchase to the end of observation, in model time units.</summary>
    public double Age { get; }
}
