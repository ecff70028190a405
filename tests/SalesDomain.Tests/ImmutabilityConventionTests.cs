using System.Reflection;
using System.Runtime.CompilerServices;

namespace SalesDomain.Tests;

/// <summary>A rule over the whole public API of the core: the model and every result are immutable.</summary>
public class ImmutabilityConventionTests
{
    [Fact]
    public void PublicTypesOfTheCore_HaveNoPublicSettersOrFields()
    {
        var offenders =
            from type in typeof(SalesDomain.Model.ClientBase).Assembly.GetExportedTypes()
            where !type.IsEnum && !type.IsInterface && !typeof(Delegate).IsAssignableFrom(type)
            from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            where member switch
            {
                PropertyInfo p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set),
                FieldInfo f => !f.IsInitOnly && !f.IsLiteral,
                _ => false,
            }
            select $"{type.FullName}.{member.Name}";

        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
