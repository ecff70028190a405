using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Funnels;

/// <summary>
/// A sales funnel: ordered stages with weekly norms and counting rules (DOMAIN.md §4, seed 001). The seeds' active
/// (hunter) and proactive (farmer) funnels are built in as <see cref="Active"/> and <see cref="Proactive"/>.
/// </summary>
public sealed record FunnelDefinition
{
    /// <summary>
    /// The seed's norm "at most 5 decision makers per organisation" (DOMAIN.md §4, seed 001): the productive-call stage
    /// of <see cref="Active"/> counts, per manager and organisation, the first 5 distinct decision makers reached in
    /// the counted activities (by date of their first qualifying call, then id). A client may hold any number.
    /// </summary>
    public const int CountedDecisionMakersPerOrganisation = 5;

    /// <summary>Creates a funnel.</summary>
    /// <param name="name">Display name; not empty.</param>
    /// <param name="stages">Stages, top of the funnel first; at least one, names distinct; a stage with the
    /// per-decision-maker rules must require a decision maker.</param>
    public FunnelDefinition(string name, ImmutableArray<FunnelStage> stages)
    {
        Name = name;
        Stages = stages;
    }

    /// <summary>
    /// The active funnel of hunters (seed 001). Productive call: a call personally to a named decision maker, at most
    /// one counted a day per decision maker, at most 5 decision makers per organisation; norm 50 a week.
    /// Meeting held: a meeting or visit with a decision maker with the needs questionnaire filled in; norm 12 (the
    /// seed's hunter time plan has 12 meeting slots a week). Productive meeting: a meeting held in which the client
    /// showed interest and a joint step was agreed within 30 days; norm 6. Progress: any call, meeting or visit with a
    /// decision maker that agreed a joint step within 30 days (survey, proposal, repeat meeting); norm 6.
    /// The norms other than 12 are the library's defaults (the seed names the stages only).
    /// </summary>
    public static FunnelDefinition Active { get; } = new(
        "Active (hunters)",
        [
            new FunnelStage("Productive call", 50, [ContactKind.Call])
            {
                RequiresDecisionMaker = true, OncePerDecisionMakerPerDay = true,
                MaxDecisionMakersPerClient = CountedDecisionMakersPerOrganisation,
            },
            new FunnelStage("Meeting held", 12, [ContactKind.Meeting, ContactKind.Visit])
            {
                RequiresDecisionMaker = true, RequiresQuestionnaire = true,
            },
            new FunnelStage("Productive meeting", 6, [ContactKind.Meeting, ContactKind.Visit])
            {
                RequiresDecisionMaker = true, RequiresQuestionnaire = true, RequiresInterest = true, AgreedStepWithinDays = 30,
            },
            new FunnelStage("Progress", 6, [ContactKind.Call, ContactKind.Meeting, ContactKind.Visit])
            {
                RequiresDecisionMaker = true, AgreedStepWithinDays = 30,
            },
        ]);

    /// <summary>
    /// The proactive funnel of farmers (seed 001), fed by the analysis of the base. Warm contact: a call, meeting or
    /// visit with an existing client; norm 40 a week. Visit: a meeting or visit with an existing client; norm 8 (the
    /// seed's farmer time plan has 8 meeting slots a week). Incoming call: a call from a client; norm 10.
    /// Questionnaire: any activity with the needs questionnaire filled in; norm 5.
    /// The norms other than 8 are the library's defaults.
    /// </summary>
    public static FunnelDefinition Proactive { get; } = new(
        "Proactive (farmers)",
        [
            new FunnelStage("Warm contact", 40, [ContactKind.Call, ContactKind.Meeting, ContactKind.Visit]) { RequiresExistingClient = true },
            new FunnelStage("Visit", 8, [ContactKind.Meeting, ContactKind.Visit]) { RequiresExistingClient = true },
            new FunnelStage("Incoming call", 10, [ContactKind.IncomingCall]),
            new FunnelStage("Questionnaire", 5, [ContactKind.Call, ContactKind.Meeting, ContactKind.Visit, ContactKind.IncomingCall])
            {
                RequiresQuestionnaire = true,
            },
        ]);

    /// <summary>Display name; not empty.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>Stages, top of the funnel first.</summary>
    public ImmutableArray<FunnelStage> Stages
    {
        get;
        init
        {
            if (value.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"{nameof(Stages)} must hold at least one stage.", nameof(Stages));
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var stage in value)
            {
                Guard.NotNull(stage, nameof(Stages));
                if (!names.Add(stage.Name))
                {
                    throw new ArgumentException($"{nameof(Stages)} must have distinct names, '{stage.Name}' repeats.", nameof(Stages));
                }

                if ((stage.OncePerDecisionMakerPerDay || stage.MaxDecisionMakersPerClient is not null) && !stage.RequiresDecisionMaker)
                {
                    throw new ArgumentException(
                        $"Stage '{stage.Name}' limits decision makers, so it must set {nameof(FunnelStage.RequiresDecisionMaker)}.", nameof(Stages));
                }
            }

            field = value;
        }
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="Stages"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(FunnelDefinition? other) =>
        other is not null && Name == other.Name && ContentEquality.Sequence(Stages, other.Stages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Stages), Name);
}
