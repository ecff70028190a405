using System.Reflection;
using System.Runtime.CompilerServices;
using SalesDomain.Model;

namespace SalesDomain.Tests;

/// <summary>
/// Instances for the convention's instance methods: besides the hand-made samples, every public core type that can be
/// constructed with defaults (a struct, or a class with a public constructor without parameters or whose parameters are all optional) is
/// constructed so, and its instance methods are called like the static ones.
/// </summary>
public partial class GuardConventionTests
{
    [Fact]
    public void EveryCoreTypeConstructibleWithDefaults_HasItsInstanceMethodsCalled()
    {
        var missing = CoreTypes()
            .Where(t => !t.IsAbstract && HasDefaultsConstructor(t) && InstanceMethodsWithParameters(t).Any())
            .Where(t => SampleInstance(t) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "no instance of: " + string.Join(", ", missing));
    }

    [Fact]
    public void InstanceMethodsOfTypesConstructedWithDefaults_AreAmongTheCalledMembers()
    {
        // The options and analyzers built by their parameterless constructors: their methods are in the convention.
        var called = PublicMembers().OfType<MethodInfo>().Where(m => !m.IsStatic).Select(m => m.DeclaringType!).ToHashSet();
        var expected = CoreTypes()
            .Where(t => !t.IsAbstract && HasDefaultsConstructor(t) && InstanceMethodsWithParameters(t).Any())
            .ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, t => Assert.Contains(t, called));
    }

    private static IEnumerable<Type> CoreTypes() => typeof(Sale).Assembly.GetExportedTypes()
        .Where(t => !t.IsInterface && !t.IsEnum && !t.IsSubclassOf(typeof(Delegate)) && !t.ContainsGenericParameters
                    && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    private static IEnumerable<MethodInfo> InstanceMethodsWithParameters(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.IsAbstract && !m.ContainsGenericParameters && m.GetParameters().Length > 0
                        && m.Name is not ("Equals" or "CompareTo" or "Deconstruct" or "PrintMembers"));

    private static ConstructorInfo? DefaultsConstructor(Type type) => type.IsAbstract || type.IsValueType
        ? null
        : type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.IsOptional))
            .Where(c => !type.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute")
                        || c.GetCustomAttribute<System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute>() is not null)
            .OrderBy(c => c.GetParameters().Length)
            .FirstOrDefault();

    private static bool HasDefaultsConstructor(Type type) => type.IsValueType || DefaultsConstructor(type) is not null;

    /// <summary>
    /// An instance made by the type's constructor with every argument at its default (for a struct, its default
    /// value: the first month, quarter and week of the calendar); null when there is none.
    /// </summary>
    private static object? ConstructedWithDefaults(Type type)
        => type.IsValueType
            ? Activator.CreateInstance(type)
            : DefaultsConstructor(type) is { } ctor
                ? ctor.Invoke([.. ctor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : Type.Missing)])
                : null;
}
