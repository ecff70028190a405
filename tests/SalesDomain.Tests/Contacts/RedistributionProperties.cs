using System.Collections.Immutable;
using SalesDomain.Contacts;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Contacts;

/// <summary>Invariants of the redistribution plan over generated bases (DOMAIN.md §3, seed 004; docs/contacts.md).</summary>
[Properties(Arbitrary = new[] { typeof(ContactArbitraries) }, MaxTest = 200)]
public class RedistributionProperties
{
    private static (ContactReport Report, RedistributionPlan Plan) PlanFor(ContactWorld world, int leaving)
    {
        var report = ContactCompliance.Evaluate(world.Base, world.Segments, world.AsOf, world.CapacityHours);
        var options = RedistributionOptions.Default;
        if (!world.Base.Managers.IsEmpty && leaving % 3 == 0)
        {
            options = options with { LeavingManagerIds = [world.Base.Managers[Math.Abs(leaving % world.Base.Managers.Length)].Id] };
        }

        return (report, Redistribution.Plan(world.Base, report, options));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Plan_NeverAssignsBeyondCapacity(ContactWorld world, int leaving)
    {
        var (report, plan) = PlanFor(world, leaving);
        return plan.Moves.GroupBy(m => m.ToManagerId).All(g =>
        {
            var m = report.Manager(g.Key);
            return m.CapacityHours is { } capacity && m.RequiredHours + g.Sum(x => x.Hours) <= capacity;
        });
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Plan_NeverLosesOrDuplicatesAClient(ContactWorld world, int leaving)
    {
        var (_, plan) = PlanFor(world, leaving);
        var after = plan.ApplyTo(world.Base);
        var planned = plan.Moves.Select(m => m.ClientId).Concat(plan.Unplaced.Select(u => u.ClientId)).ToArray();
        var moved = plan.Moves.ToImmutableDictionary(m => m.ClientId, m => m.ToManagerId);
        return planned.Distinct().Count() == planned.Length
               && after.Clients.Select(c => c.Id).SequenceEqual(world.Base.Clients.Select(c => c.Id))
               && after.Clients.All(c => moved.TryGetValue(c.Id, out var to)
                   ? c.ManagerId == to
                   : c.ManagerId == world.Base.GetClient(c.Id).ManagerId);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Plan_ProposesEveryOwnerlessClient_AndNeverMovesToTheSourceOrALeaver(ContactWorld world, int leaving)
    {
        var (_, plan) = PlanFor(world, leaving);
        var planned = plan.Moves.Select(m => m.ClientId).Concat(plan.Unplaced.Select(u => u.ClientId)).ToHashSet();
        var leavers = plan.Moves.Concat<object>(plan.Unplaced).OfType<RedistributionMove>()
            .Where(m => m.Reason == RedistributionReason.OwnerLeaving).Select(m => m.FromManagerId).ToHashSet();
        return world.Base.OwnerlessClients.All(c => planned.Contains(c.Id))
               && plan.Moves.All(m => m.ToManagerId != m.FromManagerId && !leavers.Contains(m.ToManagerId));
    }
}
