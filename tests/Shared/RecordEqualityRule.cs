using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SalesDomain.Tests;

/// <summary>
/// The rule that a record holding a collection declares its own equality: the compiler's would compare the collection
/// by reference, so two records with equal content would not be equal.
/// </summary>
internal static class RecordEqualityRule
{
    /// <summary>
    /// The records among <paramref name="types"/> (classes with the compiler's <c>EqualityContract</c> and
    /// <c>&lt;Clone&gt;$</c>) with a field of a collection type that keep the compiler's <c>Equals(T)</c> or
    /// <c>GetHashCode()</c>, with those fields.
    /// </summary>
    /// <param name="types">Types to check.</param>
    /// <param name="comparesByContent">Collection types that compare by content themselves.</param>
    public static IEnumerable<string> Offenders(IEnumerable<Type> types, Func<Type, bool>? comparesByContent = null) =>
        from type in types
        where IsRecord(type)
        let collections = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(f => IsCollection(f.FieldType) && comparesByContent?.Invoke(f.FieldType) != true)
            .Select(f => f.Name)
            .ToList()
        where collections.Count > 0 && !(DeclaresOwn(type, nameof(Equals), type) && DeclaresOwn(type, nameof(GetHashCode)))
        select $"{type.FullName} ({string.Join(", ", collections)})";

    /// <summary>Whether the type is a record class.</summary>
    public static bool IsRecord(Type type)
        => type.IsClass
            && type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is not null
            && type.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) is not null;

    /// <summary>An array or any enumerable but a string (an optional one too).</summary>
    public static bool IsCollection(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type != typeof(string) && (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type));
    }

    private static bool DeclaresOwn(Type type, string name, params Type[] parameters)
        => type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Any(m => m.Name == name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters)
                && !m.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));
}
