using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>
/// One stage of the deal ladder (DOMAIN.md §5, seed 000): the criterion a deal must meet to be in it (on top of the
/// criteria of every earlier stage), the probability that stage carries, its forecast category and how long a deal
/// may sit in it before it is flagged as stuck.
/// </summary>
public sealed record DealStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="name">Display name, e.g. "Agreed with decision maker"; not empty.</param>
    /// <param name="criterion">The single criterion this stage adds.</param>
    /// <param name="probability">Win probability in [0, 1], e.g. 0.7.</param>
    /// <param name="category">Forecast category.</param>
    /// <param name="stuckLimitDays">Days a deal may stay in the stage before it is "stuck"; &gt; 0.</param>
    public DealStage(string name, DealCriteria criterion, decimal probability, ForecastCategory category, int stuckLimitDays)
    {
        Name = name;
        Criterion = criterion;
        Probability = probability;
        Category = category;
        StuckLimitDays = stuckLimitDays;
    }

    /// <summary>Display name; not empty. Parsing accepts it case-insensitively, ignoring spaces, '-' and '_'.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>The single criterion (one flag of <see cref="DealCriteria"/>) this stage adds.</summary>
    public DealCriteria Criterion
    {
        get;
        init => field = value != DealCriteria.None && (value & (value - 1)) == 0 && (value & ~DealCriteria.All) == 0
            ? value
            : throw Guard.OutOfRange(nameof(Criterion), value, "must be exactly one criterion");
    }

    /// <summary>Win probability in [0, 1] (0.7 means 70 %).</summary>
    public decimal Probability { get; init => field = Guard.Share(value, nameof(Probability)); }

    /// <summary>The forecast category of deals in this stage.</summary>
    public ForecastCategory Category { get; init => field = Guard.Defined(value, nameof(Category)); }

    /// <summary>Days an open deal may stay in this stage before it is flagged as stuck; &gt; 0.</summary>
    public int StuckLimitDays { get; init => field = Guard.Positive(value, nameof(StuckLimitDays)); }

    /// <summary>
    /// Other names the stage is read by (e.g. the Russian «Выставлен счёт» for "Invoice issued"), compared like
    /// <see cref="Name"/> and with ё = е; default none.
    /// </summary>
    public ImmutableArray<string> Aliases
    {
        get;
        init => field = value.IsDefault ? [] : value.All(a => !string.IsNullOrWhiteSpace(a))
            ? value
            : throw new ArgumentException("Aliases must not be empty.", nameof(Aliases));
    } = [];

    /// <summary>The probability as a whole percentage, e.g. 70.</summary>
    public int Percent => (int)Math.Round(Probability * 100m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Whether the two are equal by content: <see cref="Aliases"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(DealStage? other) =>
        other is not null && Name == other.Name && Criterion == other.Criterion && Probability == other.Probability
        && Category == other.Category && StuckLimitDays == other.StuckLimitDays
        && ContentEquality.Sequence(Aliases, other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Aliases), Name, Criterion, Probability, Category, StuckLimitDays);
}
