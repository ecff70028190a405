using SalesDomain.Model;
using SalesDomain.Protection;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Protection;

/// <summary>Protection of the base (DOMAIN.md §1, seed 002; docs/protection.md).</summary>
public class AccessPolicyTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Client Own = new("own") { ManagerId = "m1", Channel = "retail" };
    private static readonly Client Other = new("other") { ManagerId = "m2", Channel = "chain" };
    private static readonly Client Free = new("free");
    private static readonly BaseUser Manager = new("u1", "manager") { ManagerId = "m1" };
    private static readonly BaseUser Head = new("boss", "head") { Rights = [BaseAction.Export] };

    [Fact]
    public void Default_ManagerViewsOwnAndOwnerless_NotOthers_AndNoAuditForViews()
    {
        var policy = AccessPolicy.Default;

        Assert.True(policy.Decide(Manager, BaseAction.View, Own, AbcClass.A, At).Allowed);
        Assert.True(policy.Decide(Manager, BaseAction.View, Free, null, At).Allowed);
        var refused = policy.Decide(Manager, BaseAction.View, Other, AbcClass.A, At);
        Assert.False(refused.Allowed);
        Assert.Equal("no rule lets role manager View client other", refused.Reason);
        Assert.Null(refused.Audit);
    }

    [Fact]
    public void Export_NeedsTheExplicitRight_EvenWhenARuleGrantsIt_AndIsAudited()
    {
        var policy = AccessPolicy.Default;

        var export = policy.Decide(Head, BaseAction.Export, Other, AbcClass.B, At);
        var delete = policy.Decide(Head, BaseAction.Delete, Other, AbcClass.B, At);

        Assert.True(export.Allowed);
        Assert.Equal(new AuditRecord("boss", "head", BaseAction.Export, "other", At, true, "allowed by rule: role head may Export any client"), export.Audit);
        Assert.False(delete.Allowed);
        Assert.Equal(new AuditRecord("boss", "head", BaseAction.Delete, "other", At, false,
            "Delete of the base needs an explicit Delete right, which user boss does not have"), delete.Audit);
    }

    [Fact]
    public void Rule_RestrictedBySegment_MatchesOnlyThatSegment()
    {
        var policy = new AccessPolicy([new AccessRule("manager", BaseAction.Export, OwnershipScope.Own) { Classes = [AbcClass.C], Channels = ["retail"] }]);
        var exporter = Manager with { Rights = [BaseAction.Export] };

        Assert.True(policy.Decide(exporter, BaseAction.Export, Own, AbcClass.C, At).Allowed);
        Assert.False(policy.Decide(exporter, BaseAction.Export, Own, AbcClass.A, At).Allowed);
        Assert.False(policy.Decide(exporter, BaseAction.Export, Own, null, At).Allowed);
        Assert.False(policy.Decide(exporter, BaseAction.Export, Own with { Channel = "chain" }, AbcClass.C, At).Allowed);
        Assert.Equal("role manager may Export own clients of class C in channel retail", policy.Rules[0].ToString());
    }

    [Fact]
    public void DecideMany_GivesOneAuditedDecisionPerClient()
    {
        var decisions = AccessPolicy.Default.DecideMany(Manager with { Rights = [BaseAction.Export] }, BaseAction.Export,
            [(Own, AbcClass.A), (Free, null)], At);

        Assert.Equal(["own", "free"], decisions.Select(d => d.ClientId));
        Assert.All(decisions, d => Assert.Equal((false, "u1"), (d.Allowed, d.Audit!.UserId)));
    }

    [Fact]
    public void User_EmptyRole_Throws() => Assert.Throws<ArgumentException>(() => new BaseUser("u", " "));
}
