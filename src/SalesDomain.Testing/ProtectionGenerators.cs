using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Protection;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>One access question: a policy, a user, a client with its ABC class (or none) and an action.</summary>
/// <param name="Policy">A policy of 0..6 rules.</param>
/// <param name="User">User "u" with a role, maybe a manager id and maybe explicit rights.</param>
/// <param name="Client">Client "c", owned by m1, m2 or nobody, in channel retail, online or none.</param>
/// <param name="Abc">The client's ABC class, or null when unknown.</param>
/// <param name="Action">The action asked for.</param>
public sealed record ProtectionCase(AccessPolicy Policy, BaseUser User, Client Client, AbcClass? Abc, BaseAction Action);

/// <summary>
/// FsCheck generators for the protection area: empty policies, rules of every scope and segment, users with and without
/// an own manager id and explicit rights, own, foreign and ownerless clients, unknown ABC classes.
/// </summary>
public static class ProtectionGenerators
{
    private static readonly string[] Roles = ["manager", "head", "assistant"];

    private static readonly string[] Channels = ["retail", "online", ""];

    /// <summary>Access rules over three roles, every action and scope, no, one or two ABC classes and channels.</summary>
    public static Gen<AccessRule> Rules() =>
        from role in Gen.Elements(Roles)
        from action in Gen.Elements(Enum.GetValues<BaseAction>())
        from scope in Gen.Elements(Enum.GetValues<OwnershipScope>())
        from classes in Gen.Elements<AbcClass[]>([], [AbcClass.A], [AbcClass.B, AbcClass.C])
        from channels in Gen.Elements<string[]>([], ["retail"], ["online", "retail"])
        select new AccessRule(role, action, scope) { Classes = [.. classes], Channels = [.. channels] };

    /// <summary>Whole access questions.</summary>
    public static Gen<ProtectionCase> Cases() =>
        from rules in Gen.Choose(0, 6).SelectMany(n => Rules().ArrayOf(n))
        from role in Gen.Elements(Roles)
        from manager in Gen.Elements<string?>("m1", "m2", null)
        from rights in Gen.Elements<BaseAction[]>([], [BaseAction.Export], [BaseAction.Export, BaseAction.Delete])
        from owner in Gen.Elements<string?>("m1", "m2", null)
        from channel in Gen.Elements(Channels)
        from abc in Gen.Elements<AbcClass?>(AbcClass.A, AbcClass.B, AbcClass.C, null)
        from action in Gen.Elements(Enum.GetValues<BaseAction>())
        select new ProtectionCase(
            new AccessPolicy([.. rules]),
            new BaseUser("u", role) { ManagerId = manager, Rights = [.. rights] },
            new Client("c") { ManagerId = owner, Channel = channel },
            abc,
            action);
}

/// <summary>FsCheck arbitraries for the protection area; register with <c>[Properties(Arbitrary = …)]</c>.</summary>
public static class ProtectionArbitraries
{
    /// <summary>Access questions, see <see cref="ProtectionGenerators.Cases"/>.</summary>
    public static Arbitrary<ProtectionCase> Case() => ProtectionGenerators.Cases().ToArbitrary();
}
