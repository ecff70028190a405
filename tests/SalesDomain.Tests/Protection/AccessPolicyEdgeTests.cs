using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Protection;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Protection;

/// <summary>The exact reasons, guards and wording of the protection policy (each pins a rule a mutant could break).</summary>
public class AccessPolicyEdgeTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("", "head", null, "its Id is empty")]
    [InlineData("u", " ", null, "its Role is empty")]
    [InlineData("u", "head", "", "its ManagerId is empty")]
    public void MalformedUser_ReasonSaysWhatIsMalformed(string id, string role, string? managerId, string problem)
    {
        var user = new MalformedUser(id, role, managerId, ImmutableHashSet<BaseAction>.Empty);
        var d = AccessPolicy.Default.Decide(user, BaseAction.View, new Client("c"), null, At);
        Assert.Equal($"refused: the user is malformed ({problem})", d.Reason);
    }

    [Fact]
    public void UndefinedRight_IsMalformed()
    {
        var user = new MalformedUser("u", "head", null, ImmutableHashSet.Create((BaseAction)9));
        Assert.Equal("refused: the user is malformed (its Rights hold an undefined action)",
            AccessPolicy.Default.Decide(user, BaseAction.Export, new Client("c"), null, At).Reason);
    }

    [Fact]
    public void NullAndUndefinedArguments_AreArgumentErrorsNamingThem()
    {
        var user = new BaseUser("u", "head");
        Assert.Equal("user", Assert.Throws<ArgumentNullException>(() => AccessPolicy.Default.Decide(null!, BaseAction.View, new Client("c"), null, At)).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => AccessPolicy.Default.Decide(user, BaseAction.View, null!, null, At)).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => AccessPolicy.Default.Decide(user, (BaseAction)9, new Client("c"), null, At)).ParamName);
        Assert.Equal("abc", Assert.Throws<ArgumentOutOfRangeException>(() => AccessPolicy.Default.Decide(user, BaseAction.View, new Client("c"), (AbcClass)9, At)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AccessPolicy.Default.Decide(user, BaseAction.View, new Client("c"), null, default));
        Assert.StartsWith("at must be the time of the decision", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultRules_AreAnEmptyPolicy_ThatDeniesEverything()
    {
        var policy = new AccessPolicy(default(ImmutableArray<AccessRule>));
        Assert.Empty(policy.Rules);
        Assert.Empty((AccessPolicy.Default with { Rules = default }).Rules);
        Assert.False(policy.Decide(new BaseUser("u", "head"), BaseAction.View, new Client("c"), null, At).Allowed);
    }

    [Fact]
    public void Rule_InWords_ListsClassesAndChannelsInOrder()
    {
        var rule = new AccessRule("manager", BaseAction.Export, OwnershipScope.OwnOrOwnerless)
        {
            Classes = [AbcClass.C, AbcClass.A],
            Channels = ["retail", "online"],
        };
        Assert.Equal("role manager may Export own and ownerless clients of class A/C in channel online/retail", rule.ToString());
        Assert.Equal("role head may View own clients", new AccessRule("head", BaseAction.View, OwnershipScope.Own).ToString());
        Assert.Equal("role head may Delete any client", new AccessRule("head", BaseAction.Delete, OwnershipScope.Any).ToString());
    }
}
