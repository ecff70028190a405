using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for deals and funnel activities (DOMAIN.md §4, §5) that reach the edge cases: no deals, one
/// deal, zero and huge amounts, criteria with gaps, won and lost deals, vague and concrete next steps, repeated calls
/// to one decision maker on one day, and more than five decision makers per organisation.
/// </summary>
public static class DealGenerators
{
    /// <summary>The Monday the generated activity weeks start on (2024-01-01).</summary>
    public static DateOnly FirstWeek => SalesGenerators.Epoch;

    /// <summary>Number of weeks the generated activities span.</summary>
    public const int Weeks = 4;

    /// <summary>Non-negative amounts: <see cref="SalesGenerators.Amount"/> without its returns.</summary>
    public static Gen<decimal> DealAmount() => SalesGenerators.Amount().Select(Math.Abs);

    /// <summary>Any combination of criteria, including gaps (e.g. offer accepted without a calculation sent).</summary>
    public static Gen<DealCriteria> Criteria() => Gen.Choose(0, (int)DealCriteria.All).Select(c => (DealCriteria)c);

    /// <summary>Next steps: null (not recorded), empty, vague in Russian or English, or concrete with a date.</summary>
    public static Gen<string?> NextStep() => Gen.Elements<string?>(
        null, string.Empty, "созвон", "Думают", "нет денег", "call back", "Thinking", "situation unchanged",
        "Send the proposal on 2024-03-05", "Technical survey booked", "Созвон 12.03 в 10:00", "Meeting with the CFO");

    /// <summary>One deal with the given id: open (most often), won or lost with a reason from the default list.</summary>
    public static Gen<Deal> Deal(string id) =>
        from client in SalesGenerators.ClientId(9)
        from manager in Gen.Elements("m0", "m1", "m2")
        from amount in DealAmount()
        from day in Gen.Choose(0, 729)
        from criteria in Criteria()
        from nextStep in NextStep()
        from since in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 729).Select(d => (int?)d)))
        from status in Gen.Frequency((6, Gen.Constant(DealStatus.Open)), (2, Gen.Constant(DealStatus.Won)), (2, Gen.Constant(DealStatus.Lost)))
        from closeDay in Gen.Choose(0, 729)
        from reason in Gen.Elements([.. DealPolicy.Default.LossReasons])
        let open = new Deal(id, client, manager, amount, SalesGenerators.Epoch.AddDays(day), criteria)
        {
            NextStep = nextStep,
            StageSince = since is { } s ? SalesGenerators.Epoch.AddDays(s) : null,
        }
        select status switch
        {
            DealStatus.Won => open.AsWon(SalesGenerators.Epoch.AddDays(closeDay)),
            DealStatus.Lost => open.AsLost(reason),
            _ => open,
        };

    /// <summary>0..size deals with distinct ids "d0", "d1", ….</summary>
    public static Gen<Deal[]> Deals() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size))).SelectMany(n =>
            n == 0 ? Gen.Constant(Array.Empty<Deal>()) : Gen.CollectToSequence(Enumerable.Range(0, n).Select(i => Deal($"d{i}"))).Select(d => d.ToArray()));

    /// <summary>
    /// One activity within <see cref="Weeks"/> weeks from <see cref="FirstWeek"/>: 3 managers, 4 clients, 8 decision
    /// makers (so organisations exceed the limit of 5), optional facts at random, agreed steps before, inside and after
    /// a 30-day horizon.
    /// </summary>
    public static Gen<ActivityEvent> Activity() =>
        from manager in Gen.Elements("m0", "m1", "m2")
        from client in SalesGenerators.ClientId(3)
        from day in Gen.Choose(0, (7 * Weeks) - 1)
        from kind in Gen.Elements(Enum.GetValues<ContactKind>())
        from dm in Gen.Frequency((1, Gen.Constant<string?>(null)), (5, Gen.Choose(0, 7).Select(i => (string?)$"dm{i}")))
        from channel in Gen.Elements(string.Empty, "cold", "referral")
        from flags in Gen.Choose(0, 7)
        from step in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(-5, 45).Select(d => (int?)d)))
        let date = FirstWeek.AddDays(day)
        select new ActivityEvent(manager, client, date, kind)
        {
            DecisionMakerId = dm,
            Channel = channel,
            QuestionnaireFilled = (flags & 1) != 0,
            InterestShown = (flags & 2) != 0,
            ExistingClient = (flags & 4) != 0,
            AgreedStepDate = step is { } s ? date.AddDays(s) : null,
        };

    /// <summary>0..size activities, with some exact repeats (the same call logged twice).</summary>
    public static Gen<ActivityEvent[]> Activities() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 2))).SelectMany(n => Activity().ArrayOf(n))
            .SelectMany(events => Gen.Choose(0, Math.Max(0, events.Length - 1)).ArrayOf(events.Length / 4)
                .Select(repeats => events.Concat(repeats.Select(i => events[i])).ToArray()));
}
