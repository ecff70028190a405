using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Protection;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Protection;

/// <summary>
/// The policy against arbitrary custom <see cref="IBaseUser"/> implementations (docs/protection.md): a user whose
/// properties change between reads, malformed users and channel restrictions.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ProtectionArbitraries), typeof(CustomUserArbitraries) }, MaxTest = 300)]
public class AccessPolicyCustomUserProperties
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Property]
    public bool ShiftingUser_IsJudgedAndAuditedUnderTheRoleOfItsFirstRead(ProtectionCase c, string[] laterRoles)
    {
        var user = new ShiftingUser(c.User, [c.User.Role, .. laterRoles.Where(r => !string.IsNullOrWhiteSpace(r))]);
        var decision = c.Policy.Decide(user, c.Action, c.Client, c.Abc, At);
        var expected = c.Policy.Decide(c.User, c.Action, c.Client, c.Abc, At);
        return decision == expected && (decision.Audit is null || decision.Audit.Role == c.User.Role) && user.RoleReads == 1;
    }

    [Property]
    public bool MalformedUser_IsRefused_WithAnAuditRecord_ForEveryAction(ProtectionCase c, MalformedUser user)
    {
        var d = c.Policy.Decide(user, c.Action, c.Client, c.Abc, At);
        return !d.Allowed && d.Audit is { Allowed: false } audit && audit.At == At && audit.ClientId == c.Client.Id
               && d.Reason.StartsWith("refused: the user is malformed (", StringComparison.Ordinal)
               && audit.UserId.Length > 0 && audit.Role.Length > 0;
    }

    [Property]
    public bool ChannelRestriction_NeverGrantsAClientOutsideIt(ProtectionCase c)
        => c.Policy.Rules.Where(r => !r.Channels.IsEmpty)
            .All(r => !r.Grants(c.User, r.Action, c.Client, c.Abc) || r.Channels.Contains(c.Client.Channel));

    [Property]
    public bool CustomUser_EqualToABaseUser_GetsTheSameDecision(ProtectionCase c)
        => c.Policy.Decide(new ShiftingUser(c.User, [c.User.Role]), c.Action, c.Client, c.Abc, At)
           == c.Policy.Decide(c.User, c.Action, c.Client, c.Abc, At);

    [Fact]
    public void DefaultTimestamp_IsRejected_NamingAt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AccessPolicy.Default.Decide(new BaseUser("u", "head"), BaseAction.Export, new Client("c"), null, default));
        Assert.Equal("at", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AccessPolicy.Default.DecideMany(new BaseUser("u", "head"), BaseAction.View, [(new Client("c"), null)], default));
    }

    [Fact]
    public void NullRights_FailsClosed_WithAnAuditRecord()
    {
        var user = new MalformedUser("u", "head", null, Rights: null);
        var d = AccessPolicy.Default.Decide(user, BaseAction.View, new Client("c"), AbcClass.A, At);
        Assert.False(d.Allowed);
        Assert.Equal("refused: the user is malformed (its Rights are null)", d.Reason);
        Assert.Equal(new AuditRecord("u", "head", BaseAction.View, "c", At, false, d.Reason), d.Audit);
    }

    [Fact]
    public void ThrowingUser_FailsClosed_AuditedAsUnknown()
    {
        var d = AccessPolicy.Default.Decide(new ThrowingUser(), BaseAction.Delete, new Client("c"), null, At);
        Assert.False(d.Allowed);
        Assert.Equal("(unknown)", d.Audit!.UserId);
        Assert.Contains("reading it threw", d.Reason, StringComparison.Ordinal);
    }

    /// <summary>A user whose role is a different value at each read (the first read gives the first role).</summary>
    private sealed class ShiftingUser(BaseUser user, string[] roles) : IBaseUser
    {
        public int RoleReads { get; private set; }

        public string Id => user.Id;

        public string Role => roles[Math.Min(RoleReads++, roles.Length - 1)];

        public string? ManagerId => user.ManagerId;

        public IReadOnlySet<BaseAction> Rights => user.Rights;
    }

    private sealed class ThrowingUser : IBaseUser
    {
        public string Id => throw new InvalidOperationException("no id");

        public string Role => throw new InvalidOperationException("no role");

        public string? ManagerId => null;

        public IReadOnlySet<BaseAction> Rights => throw new InvalidOperationException("no rights");
    }
}

/// <summary>A custom user that is malformed in one way or another.</summary>
public sealed record MalformedUser(string Id, string Role, string? ManagerId, IReadOnlySet<BaseAction>? Rights) : IBaseUser
{
    IReadOnlySet<BaseAction> IBaseUser.Rights => Rights!;
}

/// <summary>Generators of malformed custom users: empty or white-space ids and roles, empty manager ids, null or undefined rights.</summary>
public static class CustomUserArbitraries
{
    public static Arbitrary<MalformedUser> Malformed() => Gen.OneOf(
            Gen.Elements("", " ", "\t", null!).Select(id => new MalformedUser(id, "head", null, ImmutableHashSet<BaseAction>.Empty)),
            Gen.Elements("", " ", null!).Select(role => new MalformedUser("u", role, "m1", ImmutableHashSet.Create(BaseAction.Export))),
            Gen.Elements("", "  ").Select(m => new MalformedUser("u", "manager", m, ImmutableHashSet<BaseAction>.Empty)),
            Gen.Elements<string?>("m1", null).Select(m => new MalformedUser("u", "head", m, null)),
            Gen.Elements((BaseAction)7, (BaseAction)(-1)).Select(a => new MalformedUser("u", "head", null, ImmutableHashSet.Create(BaseAction.Export, a))))
        .ToArbitrary();
}
