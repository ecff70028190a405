using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Segmentation;
using static SalesDomain.Serialization.JsonObjects;

namespace SalesDomain.Serialization;

/// <summary>Reads and writes a <see cref="SalesWeek"/> as the date of its Monday, <c>"yyyy-MM-dd"</c>.</summary>
internal sealed class SalesWeekJsonConverter : JsonConverter<SalesWeek>
{
    /// <inheritdoc />
    public override SalesWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monday)
               && monday.DayOfWeek == DayOfWeek.Monday
            ? SalesWeek.StartingOn(monday)
            : throw new JsonException($"Expected a week as the string \"yyyy-MM-dd\" of its Monday, found {(text is null ? reader.TokenType.ToString() : $"'{text}'")}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SalesWeek value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>
/// Reads and writes an <see cref="AnalysisWindow"/> as <c>{"from": "yyyy-MM", "to": "yyyy-MM"}</c>, read back through
/// its constructor (so a window that ends before it starts is rejected).
/// </summary>
internal sealed class AnalysisWindowJsonConverter : JsonConverter<AnalysisWindow>
{
    private const string What = "An analysis window";
    private static readonly string[] Names = ["From", "To"];

    /// <inheritdoc />
    public override AnalysisWindow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names);
        var from = Get<SalesMonth>(values, "From", What, options);
        var to = Get<SalesMonth>(values, "To", What, options);
        return Build(What, () => new AnalysisWindow(from, to));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnalysisWindow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "From", value.From, options);
        JsonObjects.Write(writer, "To", value.To, options);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes an <see cref="AnalysisWindowRule"/> as <c>{"kind": "LastCompleteMonths", "months": 12}</c>,
/// <c>{"kind": "Between", "from": "yyyy-MM", "to": "yyyy-MM"}</c> or <c>{"kind": "WholeHistory"}</c>, read back
/// through the rule's factories.
/// </summary>
internal sealed class AnalysisWindowRuleJsonConverter : JsonConverter<AnalysisWindowRule>
{
    private const string What = "An analysis window rule";
    private static readonly string[] Names = ["Kind", "Months", "From", "To"];

    /// <inheritdoc />
    public override AnalysisWindowRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names);
        var kind = Get<AnalysisWindowKind>(values, "Kind", What, options);
        return kind switch
        {
            AnalysisWindowKind.LastCompleteMonths => Build(What, () => AnalysisWindowRule.LastCompleteMonths(Get<int>(values, "Months", What, options))),
            AnalysisWindowKind.Between => Build(What, () => AnalysisWindowRule.Between(Get<SalesMonth>(values, "From", What, options), Get<SalesMonth>(values, "To", What, options))),
            AnalysisWindowKind.WholeHistory => AnalysisWindowRule.WholeHistory,
            _ => throw new JsonException($"{What} has an unknown kind {kind}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnalysisWindowRule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Kind", value.Kind, options);
        if (value.Kind == AnalysisWindowKind.LastCompleteMonths)
        {
            JsonObjects.Write(writer, "Months", value.Months, options);
        }
        else if (value.Kind == AnalysisWindowKind.Between)
        {
            JsonObjects.Write(writer, "From", value.From, options);
            JsonObjects.Write(writer, "To", value.To, options);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes the per-cell contact norms as an object keyed by cell name, <c>{"AX": 6, "CZ": 0}</c>.</summary>
internal sealed class CellMapJsonConverter : JsonConverter<ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int>>
{
    /// <inheritdoc />
    public override ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var map = Get<Dictionary<string, int>>(new() { ["Cells"] = JsonElement.ParseValue(ref reader) }, "Cells", "The per-cell norms", options);
        var builder = ImmutableDictionary.CreateBuilder<(AbcClass Abc, XyzClass Xyz), int>();
        foreach (var (name, count) in map)
        {
            if (name.Length != 2 || !name.All(char.IsAsciiLetterUpper) || !Enum.TryParse<AbcClass>(name[..1], out var abc) || !Enum.TryParse<XyzClass>(name[1..], out var xyz)
                || !Enum.IsDefined(abc) || !Enum.IsDefined(xyz) || !builder.TryAdd((abc, xyz), count))
            {
                throw new JsonException($"'{name}' is not an ABC×XYZ cell (AX … CZ), or is given twice.");
            }
        }

        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var ((abc, xyz), count) in value.OrderBy(p => p.Key))
        {
            writer.WriteNumber($"{abc}{xyz}", count);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes ordered pairs as a JSON object, in their order, keyed by the key's text.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal abstract class PairsAsObjectJsonConverter<TKey, TValue> : JsonConverter<ImmutableArray<KeyValuePair<TKey, TValue>>>
{
    /// <summary>The key as a property name.</summary>
    protected abstract string KeyText(TKey key);

    /// <summary>The key a property name stands for.</summary>
    /// <exception cref="JsonException">The name stands for no key.</exception>
    protected abstract TKey ParseKey(string text);

    /// <inheritdoc />
    public override ImmutableArray<KeyValuePair<TKey, TValue>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a map of {typeof(TKey).Name} to {typeof(TValue).Name} as a JSON object, found {reader.TokenType}.");
        }

        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<TKey, TValue>>();
        var seen = new HashSet<TKey>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var text = reader.GetString()!;
            var key = ParseKey(text);
            if (!seen.Add(key))
            {
                throw new JsonException($"The key '{text}' is given twice.");
            }

            reader.Read();
            pairs.Add(KeyValuePair.Create(key, JsonSerializer.Deserialize(ref reader, info)!));
        }

        return pairs.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<KeyValuePair<TKey, TValue>> value, JsonSerializerOptions options)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        writer.WriteStartObject();
        foreach (var (key, item) in value.IsDefault ? [] : value)
        {
            writer.WritePropertyName(KeyText(key));
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndObject();
    }
}

/// <summary>A forecast group's totals by month as <c>{"2026-01": {…}, …}</c>.</summary>
internal sealed class TotalsByMonthJsonConverter : PairsAsObjectJsonConverter<SalesMonth, ForecastTotals>
{
    /// <inheritdoc />
    protected override string KeyText(SalesMonth key) => key.ToString();

    /// <inheritdoc />
    protected override SalesMonth ParseKey(string text) => SalesMonth.TryParse(text, out var month) ? month : throw new JsonException($"'{text}' is not a month \"yyyy-MM\".");
}

/// <summary>A forecast group's totals by category as <c>{"Pipeline": {…}, …}</c>.</summary>
internal sealed class TotalsByCategoryJsonConverter : PairsAsObjectJsonConverter<ForecastCategory, ForecastTotals>
{
    /// <inheritdoc />
    protected override string KeyText(ForecastCategory key) => key.ToString();

    /// <inheritdoc />
    protected override ForecastCategory ParseKey(string text)
        => Enum.TryParse<ForecastCategory>(text, ignoreCase: false, out var c) && Enum.IsDefined(c) && !char.IsAsciiDigit(text[0])
            ? c
            : throw new JsonException($"'{text}' is not a forecast category.");
}
