using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Tests;

/// <summary>
/// A convention over the whole public API of the core assembly (docs/testing.md, "Guards"): every public constructor and
/// method, called with null, empty, default and extreme arguments, either returns or throws an
/// <see cref="ArgumentException"/>-family error whose <see cref="ArgumentException.ParamName"/> is one of its own
/// parameters (ignoring case: a record's constructor names the property the parameter sets, "Id" for "id") — never a <see cref="NullReferenceException"/>, an <see cref="OverflowException"/>, an
/// <see cref="IndexOutOfRangeException"/> or an error naming an internal variable.
/// </summary>
public partial class GuardConventionTests
{
    /// <summary>
    /// Exceptions a member documents besides argument errors, kept to a minimum: parsers throw
    /// <see cref="FormatException"/> for text that is not in the format (the .NET convention for Parse), the scheme
    /// reader throws <see cref="System.Text.Json.JsonException"/>, the base's lookups by client id throw
/// <see cref="KeyNotFoundException"/> for an id not in the base (the .NET convention for an indexer).
    /// </summary>
    private static readonly Dictionary<string, Type> Documented = new(StringComparer.Ordinal)
    {
        ["SalesMonth.Parse"] = typeof(FormatException),
        ["SalesQuarter.Parse"] = typeof(FormatException),
        ["SalesWeek.Parse"] = typeof(FormatException),
        ["SchemeJson.Parse"] = typeof(System.Text.Json.JsonException),
        ["ClientBase.GetClient"] = typeof(KeyNotFoundException),
        ["ClientBase.SalesOf"] = typeof(KeyNotFoundException),
        ["ClientBase.ContactsOf"] = typeof(KeyNotFoundException),
    };

    [Trait("Category", "Slow")]
    [Fact]
    public void EveryPublicMember_RejectsBadArguments_NamingItsOwnParameter()
    {
        var findings = new List<string>();
        var calls = 0;
        foreach (var member in PublicMembers())
        {
            var parameters = member.GetParameters();
            for (var p = 0; p < parameters.Length; p++)
            {
                foreach (var bad in BadValues(parameters[p].ParameterType))
                {
                    var args = parameters.Select((q, i) => i == p ? bad : Sample(q.ParameterType)).ToArray();
                    foreach (var target in Targets(member))
                    {
                        calls++;
                        if (Call(member, target, args) is { } problem)
                        {
                            findings.Add($"{Describe(member)} with {parameters[p].Name} = {Show(bad)}: {problem}");
                        }
                    }
                }
            }
        }

        Assert.True(calls > 1000, $"only {calls} calls were made");
        Assert.True(findings.Count == 0, $"{findings.Count} of {calls} calls broke the convention:\n" + string.Join('\n', findings.Distinct().Take(400)));
    }

    /// <summary>Public constructors and methods declared by public core types (not compiler-generated record members).</summary>
    private static IEnumerable<MethodBase> PublicMembers()
    {
        var types = typeof(Sale).Assembly.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && !t.IsSubclassOf(typeof(Delegate)) && !t.ContainsGenericParameters
                        && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null);
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsAbstract)
            {
                foreach (var ctor in type.GetConstructors())
                {
                    if (!(ctor.GetParameters() is [var only] && only.ParameterType == type))
                    {
                        yield return ctor;
                    }
                }
            }

            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(flags))
            {
                if (method.IsSpecialName || method.ContainsGenericParameters || method.IsAbstract
                    || method.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers" or "CompareTo"
                    || method.GetParameters().Length == 0
                    || method.GetParameters().Any(p => p.ParameterType.IsByRef || p.ParameterType.IsPointer || p.ParameterType.IsByRefLike))
                {
                    continue;
                }

                if (method.IsStatic || SampleInstance(type) is not null)
                {
                    yield return method;
                }
            }
        }
    }

    private static IEnumerable<object?> Targets(MethodBase member)
        => member is MethodInfo { IsStatic: false } m ? [SampleInstance(m.DeclaringType!)] : [null];

    private static string? Call(MethodBase member, object? target, object?[] args)
    {
        try
        {
            var task = Task.Run(() =>
            {
                var result = member is ConstructorInfo c ? c.Invoke(args) : member.Invoke(target, args);
                if (result is IEnumerable sequence and not string)
                {
                    // Lazy sequences check their arguments when enumerated.
                    var n = 0;
                    foreach (var _ in sequence)
                    {
                        if (++n > 10_000)
                        {
                            break;
                        }
                    }
                }
            });
            if (!task.Wait(TimeSpan.FromSeconds(10)))
            {
                return "did not finish in 10 s";
            }

            return null;
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is { } inner)
        {
            var e = inner is TargetInvocationException { InnerException: { } thrown } ? thrown : inner;
            // A record's constructor names the property its parameter sets (docs/model.md): "Id" for "id".
            var names = member.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var key = $"{member.DeclaringType!.Name}.{member.Name}";
            if (Documented.TryGetValue(key, out var allowed) && allowed.IsInstanceOfType(e))
            {
                return null;
            }

            return e switch
            {
                ArgumentException a when a.ParamName is { } name && names.Contains(name) => null,
                ArgumentException a => $"{e.GetType().Name} names '{a.ParamName}', not a parameter of the member ({FirstLine(e.Message)})",
                _ => $"{e.GetType().Name}: {FirstLine(e.Message)}",
            };
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0];

    private static string Describe(MethodBase member)
        => $"{member.DeclaringType!.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "?",
    };

    /// <summary>Null, empty, default and extreme values of a parameter type.</summary>
    private static IEnumerable<object?> BadValues(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (!type.IsValueType || underlying is not null)
        {
            yield return null;
        }

        var t = underlying ?? type;
        if (t == typeof(string))
        {
            yield return string.Empty;
            yield return " ";
        }
        else if (t == typeof(int))
        {
            foreach (var v in new[] { int.MinValue, -1, 0, int.MaxValue })
            {
                yield return v;
            }
        }
        else if (t == typeof(long))
        {
            foreach (var v in new[] { long.MinValue, -1L, long.MaxValue })
            {
                yield return v;
            }
        }
        else if (t == typeof(double))
        {
            foreach (var v in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1d, 0d, 1e300, -1e300 })
            {
                yield return v;
            }
        }
        else if (t == typeof(decimal))
        {
            foreach (var v in new[] { decimal.MinValue, -1m, 0m, decimal.MaxValue })
            {
                yield return v;
            }
        }
        else if (t == typeof(DateOnly))
        {
            yield return DateOnly.MinValue;
            yield return DateOnly.MaxValue;
        }
        else if (t == typeof(DateTimeOffset))
        {
            yield return default(DateTimeOffset);
            yield return DateTimeOffset.MaxValue;
        }
        else if (t == typeof(char))
        {
            yield return '"';
            yield return '\n';
            yield return '\0';
        }
        else if (t == typeof(SalesMonth))
        {
            yield return SalesMonth.MinValue;
            yield return SalesMonth.MaxValue;
        }
        else if (t.IsEnum)
        {
            yield return Enum.ToObject(t, -1);
            yield return Enum.ToObject(t, 999);
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            yield return Activator.CreateInstance(t); // default(ImmutableArray<T>)
        }
        else if (t.IsArray)
        {
            yield return Array.CreateInstance(t.GetElementType()!, 0);
            var withNull = Array.CreateInstance(t.GetElementType()!, 1);
            yield return withNull;
        }
        else if (t.IsGenericType && t.GetGenericArguments() is [var element] && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(
                     typeof(List<>).MakeGenericType(element)) && !element.IsValueType)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(null);
            yield return list;
        }
        else if (t.IsValueType)
        {
            yield return Activator.CreateInstance(t);
        }
    }

    /// <summary>A plausible value of a type, so that each bad value is tried alone; null when there is none.</summary>
    private static object? Sample(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return "c";
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal))
        {
            return Convert.ChangeType(1, t, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (t == typeof(DateOnly))
        {
            return new DateOnly(2025, 6, 15);
        }

        if (t == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);
        }

        if (t == typeof(SalesMonth))
        {
            return new SalesMonth(2025, 6);
        }

        if (t == typeof(char))
        {
            return ';';
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return t.GetField("Empty")!.GetValue(null);
        }

        if (t.IsArray)
        {
            return Array.CreateInstance(t.GetElementType()!, 0);
        }

        if (t.IsGenericType && t.GetGenericArguments() is [var element]
            && t.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return Activator.CreateInstance(typeof(List<>).MakeGenericType(element));
        }

        return SampleInstance(t) ?? (t.IsValueType ? Activator.CreateInstance(t) : null);
    }

    /// <summary>Instances of the core's main types for instance methods and arguments.</summary>
    private static object? SampleInstance(Type type)
    {
        if (type == typeof(Sale))
        {
            return new Sale("c", new DateOnly(2025, 6, 1), 10m, 2m, 1m);
        }

        if (type == typeof(Client))
        {
            return new Client("c");
        }

        if (type == typeof(ClientBase))
        {
            return ClientBase.FromSales([new Sale("c", new DateOnly(2025, 1, 1), 10m), new Sale("d", new DateOnly(2025, 3, 1), 5m)]);
        }

        if (type == typeof(SalesDomain.Reactivation.BgNbdModel))
        {
            return new SalesDomain.Reactivation.BgNbdModel(0.243, 4.414, 0.793, 2.426);
        }

        if (type == typeof(SalesDomain.Reactivation.RfmSummary))
        {
            return new SalesDomain.Reactivation.RfmSummary(2, 10, 30);
        }

        if (type == typeof(SalesDomain.Protection.AccessPolicy))
        {
            return SalesDomain.Protection.AccessPolicy.Default;
        }

        if (type == typeof(SalesDomain.Protection.BaseUser) || type == typeof(SalesDomain.Protection.IBaseUser))
        {
            return new SalesDomain.Protection.BaseUser("u", "head");
        }

        if (type == typeof(AnalysisWindow))
        {
            return AnalysisWindow.LastCompleteMonths(new DateOnly(2026, 1, 1));
        }

        if (type == typeof(SalesDomain.Forecast.Deal))
        {
            return new SalesDomain.Forecast.Deal("d", "c", "m", 100m, new DateOnly(2025, 7, 1), SalesDomain.Forecast.DealCriteria.None);
        }

        if (type == typeof(SalesDomain.Forecast.DealPolicy))
        {
            return SalesDomain.Forecast.DealPolicy.Default;
        }

        var defaultProperty = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
        return defaultProperty?.PropertyType == type ? defaultProperty.GetValue(null) : ConstructedWithDefaults(type);
    }
}
