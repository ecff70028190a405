using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SalesDomain.Serialization;

/// <summary>
/// Shared reading and writing of the objects the converters of this folder handle: property names after the options'
/// naming policy, unknown or repeated properties rejected, missing ones named, and a value the domain rejects turned
/// into a <see cref="JsonException"/> that says why.
/// </summary>
internal static class JsonObjects
{
    /// <summary>A property name after the options' naming policy.</summary>
    public static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    /// <summary>Writes one property with the options' metadata for its type.</summary>
    public static void Write<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(Name(name, options));
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>
    /// Reads a JSON object whose properties are among <paramref name="names"/> (matched ignoring case after the naming
    /// policy) or <paramref name="derived"/> (written for readers, ignored when read back).
    /// </summary>
    /// <exception cref="JsonException">Not an object, or an unknown or repeated property.</exception>
    public static Dictionary<string, JsonElement> Read(
        ref Utf8JsonReader reader, string typeName, JsonSerializerOptions options, string[] names, params string[] derived)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {typeName} as a JSON object, found {reader.TokenType}.");
        }

        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            known[Name(name, options)] = name;
        }

        var ignored = new HashSet<string>(derived.Select(d => Name(d, options)), StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.ParseValue(ref reader);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new JsonException($"{typeName} has the property '{property.Name}' twice.");
            }

            if (known.TryGetValue(property.Name, out var name))
            {
                values[name] = property.Value.Clone();
            }
            else if (!ignored.Contains(property.Name))
            {
                throw new JsonException(
                    $"{typeName} has an unknown property '{property.Name}' (expected {string.Join(", ", known.Keys)}).");
            }
        }

        return values;
    }

    /// <summary>A required property; a JSON null is accepted only where <paramref name="nullable"/>.</summary>
    /// <exception cref="JsonException">The property is missing, null where a value is needed, or a value the domain rejects.</exception>
    public static T Get<T>(Dictionary<string, JsonElement> values, string name, string typeName, JsonSerializerOptions options, bool nullable = false)
    {
        if (!values.TryGetValue(name, out var element))
        {
            throw new JsonException($"{typeName} misses the property '{Name(name, options)}'.");
        }

        T? value;
        try
        {
            value = element.Deserialize((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"The property '{Name(name, options)}' of {typeName} is not valid: {e.Message}", e);
        }

        return value is null && !nullable && element.ValueKind == JsonValueKind.Null
            ? throw new JsonException($"The property '{Name(name, options)}' of {typeName} must not be null.")
            : value!;
    }

    /// <summary>Builds the value through the domain's own factory, turning its objection into a JSON error.</summary>
    /// <exception cref="JsonException">The factory rejected the values.</exception>
    public static T Build<T>(string typeName, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"{typeName} is not valid: {e.Message}", e);
        }
    }
}
