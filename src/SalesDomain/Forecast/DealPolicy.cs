using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SalesDomain.Forecast;

/// <summary>
/// The deal ladder and loss-reason list of a sales department (DOMAIN.md §5, seed 000; §3, seed 004).
/// A deal is in the highest stage S such that it meets the criterion of S and of every stage before S; its probability
/// is that stage's. A deal that meets no stage prefix is unqualified: probability 0, category
/// <see cref="ForecastCategory.Pipeline"/>. Won deals count at 100 %, lost deals at 0 %.
/// </summary>
public sealed record DealPolicy
{
    /// <summary>The seed's ladder: 30/50/70/90/100 % with pipeline/best case/best case/commit/closed and the default loss reasons.</summary>
    public static DealPolicy Default { get; } = new();

    /// <summary>
    /// The stages, lowest first. Default (seed 000): Calculation sent 30 % pipeline (stuck after 30 days), Offer
    /// accepted 50 % best case (21), Agreed with decision maker 70 % best case (14), Order date known 90 % commit (10),
    /// Invoice issued 100 % closed (10). Must be non-empty, with distinct names and criteria and strictly rising
    /// probabilities.
    /// </summary>
    public ImmutableArray<DealStage> Stages
    {
        get;
        init => field = ValidateStages(value);
    } =
    [
        new("Calculation sent", DealCriteria.CalculationSent, 0.30m, ForecastCategory.Pipeline, 30)
        {
            Aliases = ["Расчёт отправлен", "Отправлен расчёт", "Расчёт заказа отправлен", "Намерение известно", "Order calculation sent"],
        },
        new("Offer accepted", DealCriteria.OfferAccepted, 0.50m, ForecastCategory.BestCase, 21)
        {
            Aliases = ["Предложение устраивает", "Предложение принято", "КП устраивает", "КП принято", "Offer suits the client"],
        },
        new("Agreed with decision maker", DealCriteria.AgreedWithDecisionMaker, 0.70m, ForecastCategory.BestCase, 14)
        {
            Aliases = ["Согласовано с ЛПР", "Заказ согласован с ЛПР", "Согласован с ЛПР", "Agreed with DM"],
        },
        new("Order date known", DealCriteria.OrderDateKnown, 0.90m, ForecastCategory.Commit, 10)
        {
            Aliases = ["Известна дата заказа", "Дата заказа известна"],
        },
        new("Invoice issued", DealCriteria.InvoiceIssued, 1.00m, ForecastCategory.Closed, 10)
        {
            Aliases = ["Выставлен счёт", "Счёт выставлен", "Invoice sent"],
        },
    ];

    /// <summary>
    /// The names of an unqualified deal (no criterion met, 0 %), besides <c>0</c> and <c>0%</c>: default Unqualified,
    /// None, No criterion met, Не квалифицирована, Нет критериев, Без критериев.
    /// </summary>
    public ImmutableArray<string> UnqualifiedNames { get; init; } =
        ["Unqualified", "None", "No criterion met", "Не квалифицирована", "Нет критериев", "Без критериев"];

    /// <summary>
    /// The reasons a lost deal may carry (seed 004: a refusal needs a reason). Default: Price, Competitor, No budget,
    /// No need, Timing, No decision, Terms, Quality, Other. Must be non-empty and distinct ignoring case.
    /// </summary>
    public ImmutableArray<string> LossReasons
    {
        get;
        init => field = ValidateReasons(value);
    } = ["Price", "Competitor", "No budget", "No need", "Timing", "No decision", "Terms", "Quality", "Other"];

    /// <summary>The index in <see cref="Stages"/> of the stage the criteria put a deal in, or -1 when unqualified.</summary>
    public int StageIndexOf(DealCriteria criteria)
    {
        var index = -1;
        while (index + 1 < Stages.Length && (criteria & Stages[index + 1].Criterion) != 0)
        {
            index++;
        }

        return index;
    }

    /// <summary>The stage the criteria put a deal in, or null when unqualified.</summary>
    public DealStage? StageOf(DealCriteria criteria) => StageIndexOf(criteria) is var i and >= 0 ? Stages[i] : null;

    /// <summary>The criteria of <paramref name="stage"/> and of every stage before it.</summary>
    public DealCriteria CriteriaThrough(DealStage stage)
    {
        var index = Stages.IndexOf(Guard.NotNull(stage));
        if (index < 0)
        {
            throw new ArgumentException($"Stage '{stage.Name}' is not part of this policy.", nameof(stage));
        }

        var criteria = DealCriteria.None;
        for (var i = 0; i <= index; i++)
        {
            criteria |= Stages[i].Criterion;
        }

        return criteria;
    }

    /// <summary>The probability of a deal: 1 when won, 0 when lost, else that of its stage (0 when unqualified).</summary>
    public decimal ProbabilityOf(Deal deal) => Guard.NotNull(deal).Status switch
    {
        DealStatus.Won => 1m,
        DealStatus.Lost => 0m,
        _ => StageOf(deal.Criteria)?.Probability ?? 0m,
    };

    /// <summary>The forecast category of a deal: closed when won, else that of its stage (pipeline when unqualified).</summary>
    public ForecastCategory CategoryOf(Deal deal) => Guard.NotNull(deal).Status == DealStatus.Won
        ? ForecastCategory.Closed
        : StageOf(deal.Criteria)?.Category ?? ForecastCategory.Pipeline;

    /// <summary>
    /// Finds a stage by its name or an alias (case-insensitive, ё = е, ignoring spaces, '-' and '_'), by its criterion
    /// name, or by its probability in whole percent ("70" or "70%").
    /// </summary>
    public bool TryParseStage(string text, [NotNullWhen(true)] out DealStage? stage)
    {
        var key = Normalize(Guard.NotNull(text));
        var percentText = key.EndsWith('%') ? key[..^1] : key;
        var isPercent = int.TryParse(percentText, NumberStyles.None, CultureInfo.InvariantCulture, out var percent);
        stage = Stages.FirstOrDefault(s => isPercent
            ? s.Percent == percent
            : Normalize(s.Name) == key || Normalize(s.Criterion.ToString()) == key || s.Aliases.Any(a => Normalize(a) == key));
        return stage is not null;
    }

    /// <summary>
    /// The criteria a stage text means (docs/forecast.md in the repository): those of the stage <see cref="TryParseStage"/> finds and of
    /// every stage before it, or none for an unqualified deal (<c>0</c>, <c>0%</c> or one of <see cref="UnqualifiedNames"/>).
    /// </summary>
    public bool TryParseCriteria(string text, out DealCriteria criteria)
    {
        criteria = DealCriteria.None;
        var key = Normalize(Guard.NotNull(text));
        if (key is "0" or "0%" || UnqualifiedNames.Any(n => Normalize(n) == key))
        {
            return true;
        }

        if (!TryParseStage(text, out var stage))
        {
            return false;
        }

        criteria = CriteriaThrough(stage);
        return true;
    }

    /// <summary>
    /// Finds the listed loss reason <paramref name="text"/> names, ignoring case and surrounding space: the reason itself
    /// or its Russian display name (<see cref="Localization.DisplayNames.OfLossReason"/>: Цена, Конкурент, Нет бюджета…).
    /// </summary>
    public bool TryResolveLossReason(string text, [NotNullWhen(true)] out string? reason)
    {
        var trimmed = Guard.NotNull(text).Trim();
        reason = LossReasons.FirstOrDefault(r => string.Equals(r, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? (Russian.Value is { } russian
                ? LossReasons.FirstOrDefault(r => string.Equals(Localization.DisplayNames.OfLossReason(r, russian), trimmed, StringComparison.OrdinalIgnoreCase))
                : null);
        return reason is not null;
    }

    /// <summary>
    /// The Russian culture for the display names; null where the process cannot create it (globalization-invariant
    /// mode), and then only the listed reasons themselves are recognised.
    /// </summary>
    private static readonly Lazy<System.Globalization.CultureInfo?> Russian = new(() =>
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo("ru", predefinedOnly: false);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return null;
        }
    });

    /// <summary>Throws unless the deal's loss reason (when lost) is one of <see cref="LossReasons"/>.</summary>
    public void CheckLossReason(Deal deal)
    {
        if (Guard.NotNull(deal).Status == DealStatus.Lost && !TryResolveLossReason(deal.LossReason!, out _))
        {
            throw new ArgumentException(
                $"Deal '{deal.Id}' has loss reason '{deal.LossReason}', which is not one of: {string.Join(", ", LossReasons)}.",
                nameof(deal));
        }
    }

    private static string Normalize(string text) => string.Concat(
        text.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).Select(c => c == 'ё' ? 'е' : c));

    private static ImmutableArray<DealStage> ValidateStages(ImmutableArray<DealStage> stages)
    {
        if (stages.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{nameof(Stages)} must hold at least one stage.", nameof(Stages));
        }

        for (var i = 0; i < stages.Length; i++)
        {
            var stage = Guard.NotNull(stages[i], nameof(Stages));
            for (var j = 0; j < i; j++)
            {
                if (stages[j].Criterion == stage.Criterion || Normalize(stages[j].Name) == Normalize(stage.Name))
                {
                    throw new ArgumentException(
                        $"{nameof(Stages)} must have distinct names and criteria, stage '{stage.Name}' repeats '{stages[j].Name}'.",
                        nameof(Stages));
                }
            }

            if (i > 0 && stage.Probability <= stages[i - 1].Probability)
            {
                throw new ArgumentException(
                    $"{nameof(Stages)} must have strictly rising probabilities, '{stage.Name}' has {stage.Probability} after {stages[i - 1].Probability}.",
                    nameof(Stages));
            }
        }

        return stages;
    }

    private static ImmutableArray<string> ValidateReasons(ImmutableArray<string> reasons)
    {
        if (reasons.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{nameof(LossReasons)} must hold at least one reason.", nameof(LossReasons));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reason in reasons)
        {
            if (!seen.Add(Guard.NotEmpty(reason, nameof(LossReasons)).Trim()))
            {
                throw new ArgumentException($"{nameof(LossReasons)} must be distinct, '{reason}' repeats.", nameof(LossReasons));
            }
        }

        return [.. reasons.Select(r => r.Trim())];
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="Stages"/>, <see cref="UnqualifiedNames"/> and
    /// <see cref="LossReasons"/> element by element in order.
    /// </summary>
    public bool Equals(DealPolicy? other) =>
        other is not null && ContentEquality.Sequence(Stages, other.Stages)
        && ContentEquality.Sequence(UnqualifiedNames, other.UnqualifiedNames)
        && ContentEquality.Sequence(LossReasons, other.LossReasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Stages), ContentEquality.SequenceHash(UnqualifiedNames),
        ContentEquality.SequenceHash(LossReasons));
}
