using System.Collections.Immutable;
using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Contacts;

/// <summary>Hand-computed redistribution plans (DOMAIN.md §3, seed 004; docs/contacts.md).</summary>
public class RedistributionTests
{
    private static readonly DateOnly AsOf = new(2024, 3, 31);

    private static (ClientBase Base, ContactReport Report) World(IReadOnlyDictionary<string, decimal> capacity)
    {
        var clientBase = new ClientBase(
            [
                new Client("a1") { ManagerId = "lazy" },
                new Client("a2") { ManagerId = "lazy", DecisionMakers = [new DecisionMaker("d", "Olga")] },
                new Client("c1") { ManagerId = "busy", DecisionMakers = [new DecisionMaker("d", "Petr")] },
                new Client("c2") { ManagerId = "busy", DecisionMakers = [new DecisionMaker("d", "Lev")] },
                new Client("c3") { ManagerId = "busy" },
                new Client("free") { DecisionMakers = [new DecisionMaker("d", "Ira")] },
            ],
            [
                new Manager("lazy", "Lazy", ManagerRole.Farmer),
                new Manager("busy", "Busy", ManagerRole.Farmer),
                new Manager("idle", "Idle", ManagerRole.Farmer),
                new Manager("hunter", "Hunter", ManagerRole.Hunter),
            ],
            [],
            [
                new ContactEvent("c1", "busy", AsOf, ContactKind.Call),
                new ContactEvent("c2", "busy", AsOf, ContactKind.Call),
                new ContactEvent("c3", "busy", AsOf, ContactKind.Call),
            ]);
        var segments = new Dictionary<string, ClientSegment>
        {
            ["a1"] = new(AbcClass.A), ["a2"] = new(AbcClass.A), ["c1"] = new(AbcClass.C), ["c2"] = new(AbcClass.C),
            ["c3"] = new(AbcClass.C), ["free"] = new(AbcClass.C),
        };
        return (clientBase, ContactCompliance.Evaluate(clientBase, segments, AsOf, capacity));
    }

    [Fact]
    public void Plan_MovesOwnerlessMissedAndMissingDataClients_ToTheLeastLoadedReceiverWithinCapacity()
    {
        // lazy misses the norm (0 of 2 clients on norm); busy and idle meet it; the hunter does not receive.
        var capacity = new Dictionary<string, decimal> { ["busy"] = 10m, ["idle"] = 4m, ["hunter"] = 100m };
        var (clientBase, report) = World(capacity);

        var plan = Redistribution.Plan(clientBase, report);

        // Order: ownerless (free), then the A clients of lazy (a1, a2), then c3 (no decision maker).
        // free → idle (0 clients); a1 (2 h) → idle (1 client, 3.5 h spare); a2 (2 h) → busy, since idle has 1.5 h left;
        // c3 (0.5 h) → idle, which now has 2 clients, fewer than busy's 4.
        Assert.Equal(
            [
                ("free", null, "idle", RedistributionReason.Ownerless),
                ("a1", "lazy", "idle", RedistributionReason.OwnerMissesNorm),
                ("a2", "lazy", "busy", RedistributionReason.OwnerMissesNorm),
                ("c3", "busy", "idle", RedistributionReason.MissingContactData),
            ],
            plan.Moves.Select(m => (m.ClientId, m.FromManagerId, m.ToManagerId, m.Reason)));
        Assert.Empty(plan.Unplaced);
        Assert.Equal(3m, plan.Moves.Where(m => m.ToManagerId == "idle").Sum(m => m.Hours)); // within its 4 hours
        Assert.DoesNotContain(plan.Moves, m => m.ToManagerId == "hunter");
        Assert.Contains("has no manager", plan.Moves[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ManagerLeaving_LosesNoClient()
    {
        var capacity = new Dictionary<string, decimal> { ["busy"] = 100m, ["idle"] = 100m };
        var (clientBase, report) = World(capacity);
        var options = RedistributionOptions.Default with { LeavingManagerIds = ["busy"] };

        var plan = Redistribution.Plan(clientBase, report, options);
        var after = plan.ApplyTo(clientBase);

        Assert.Empty(after.ClientsOf("busy"));
        Assert.Equal(clientBase.Clients.Select(c => c.Id), after.Clients.Select(c => c.Id));
        Assert.All(plan.Moves.Where(m => m.FromManagerId == "busy"), m => Assert.Equal(RedistributionReason.OwnerLeaving, m.Reason));
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Plan_NoCapacityAnywhere_LeavesEveryCandidateUnplaced_AndChangesNothing()
    {
        var (clientBase, report) = World(ImmutableDictionary<string, decimal>.Empty);

        var plan = Redistribution.Plan(clientBase, report);

        Assert.Empty(plan.Moves);
        Assert.Equal(["free", "a1", "a2", "c3"], plan.Unplaced.Select(u => u.ClientId));
        Assert.Same(clientBase.Clients[0], plan.ApplyTo(clientBase).Clients[0]);
    }

    [Fact]
    public void ApplyTo_StaleBase_Throws()
    {
        var (clientBase, report) = World(new Dictionary<string, decimal> { ["idle"] = 100m });
        var plan = Redistribution.Plan(clientBase, report);
        var moved = plan.ApplyTo(clientBase);

        Assert.Throws<ArgumentException>(() => plan.ApplyTo(moved));
    }
}
