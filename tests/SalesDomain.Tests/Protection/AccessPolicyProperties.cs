using SalesDomain.Protection;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Protection;

/// <summary>Invariants of the protection policy over generated users, rules and clients (DOMAIN.md §1, seed 002).</summary>
[Properties(Arbitrary = new[] { typeof(ProtectionArbitraries) }, MaxTest = 300)]
public class AccessPolicyProperties
{
    [Trait("Category", "Slow")]
    [Property]
    public bool ExportAndDelete_AreAlwaysAudited_AndNeverAllowedWithoutTheRight(ProtectionCase c)
    {
        var d = c.Policy.Decide(c.User, c.Action, c.Client, c.Abc, DateTimeOffset.UnixEpoch);
        return c.Action == BaseAction.View
            ? d.Audit is null
            : d.Audit is { } audit && audit.Allowed == d.Allowed && audit.ClientId == "c" && audit.UserId == "u"
              && (!d.Allowed || c.User.Rights.Contains(c.Action));
    }

    [Property]
    public bool Allowed_ExactlyWhenSomeRuleGrants_AndTheRightIsHeld(ProtectionCase c)
        => c.Policy.Decide(c.User, c.Action, c.Client, c.Abc, DateTimeOffset.UnixEpoch).Allowed
           == (c.Policy.Rules.Any(r => r.Grants(c.User, c.Action, c.Client, c.Abc))
               && (c.Action == BaseAction.View || c.User.Rights.Contains(c.Action)));

    [Property]
    public bool OwnScope_NeverGrantsAnotherManagersClient(ProtectionCase c)
        => c.Policy.Rules.Where(r => r.Scope == OwnershipScope.Own)
            .All(r => !r.Grants(c.User, r.Action, c.Client, c.Abc) || (c.User.ManagerId is { } m && c.Client.ManagerId == m));
}
