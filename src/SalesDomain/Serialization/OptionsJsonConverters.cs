using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Serialization;

/// <summary>
/// The generated metadata of the settings types, read and written by <see cref="ValidatingJsonConverter{T}"/>: the
/// same settings and converters as <see cref="SalesDomainJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(SalesMonthJsonConverter), typeof(AnalysisWindowRuleJsonConverter), typeof(CellMapJsonConverter)])]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(AbcOptions))]
[JsonSerializable(typeof(XyzOptions))]
[JsonSerializable(typeof(AbcdeOptions))]
[JsonSerializable(typeof(SegmentationOptions))]
[JsonSerializable(typeof(PerspectiveLadderOptions))]
[JsonSerializable(typeof(ReactivationOptions))]
[JsonSerializable(typeof(ReactivationRuleOptions))]
[JsonSerializable(typeof(BgNbdFitOptions))]
[JsonSerializable(typeof(LostClientOptions))]
[JsonSerializable(typeof(BaseStatusRule))]
[JsonSerializable(typeof(ForecastOptions))]
[JsonSerializable(typeof(DealPolicy))]
[JsonSerializable(typeof(FairyTaleOptions))]
[JsonSerializable(typeof(ContactNorms))]
[JsonSerializable(typeof(RedistributionOptions))]
[JsonSerializable(typeof(FunnelDefinition))]
internal sealed partial class SettingsJsonMetadata : JsonSerializerContext;

/// <summary>
/// Reads and writes a settings value through its generated metadata. A property the file leaves out keeps its default
/// (the file is laid over the defaults, objects property by property), and the objection of a property or
/// constructor that validates (an <see cref="ArgumentException"/>) becomes a <see cref="JsonException"/> that says
/// why, so an invalid file is a JSON error rather than a half-built value.
/// </summary>
/// <typeparam name="T">The settings type.</typeparam>
/// <param name="defaults">The defaults a file is laid over; null for a type built through its constructor.</param>
internal abstract class ValidatingJsonConverter<T>(T? defaults) : JsonConverter<T>
    where T : class
{
    private static JsonTypeInfo<T> Info => (JsonTypeInfo<T>)SettingsJsonMetadata.Default.GetTypeInfo(typeof(T))!;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            T? value;
            if (defaults is null)
            {
                value = JsonSerializer.Deserialize(ref reader, Info);
            }
            else
            {
                var given = JsonNode.Parse(ref reader) as JsonObject
                    ?? throw new JsonException($"Expected {typeof(T).Name} as a JSON object.");
                var merged = JsonSerializer.SerializeToNode(defaults, Info)!.AsObject();
                Overlay(merged, given);
                value = merged.Deserialize(Info);
            }

            if (value is null)
            {
                throw new JsonException($"Expected {typeof(T).Name} as a JSON object, found null.");
            }

            Validate(value);
            return value;
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"{typeof(T).Name} is not valid: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, Info);

    /// <summary>Lays <paramref name="given"/> over <paramref name="target"/>: objects property by property, other values replaced.</summary>
    private static void Overlay(JsonObject target, JsonObject given)
    {
        foreach (var (name, value) in given.ToList())
        {
            if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                Overlay(existing, inner);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>Checks the rules between properties that the analyses check before they run; none by default.</summary>
    /// <exception cref="ArgumentException">The settings break a rule.</exception>
    protected virtual void Validate(T value)
    {
    }
}

/// <summary>Validating JSON of <see cref="AbcOptions"/>.</summary>
internal sealed class AbcOptionsJsonConverter() : ValidatingJsonConverter<AbcOptions>(AbcOptions.Default)
{
    /// <inheritdoc />
    protected override void Validate(AbcOptions value) => value.Validate();
}

/// <summary>Validating JSON of <see cref="XyzOptions"/>.</summary>
internal sealed class XyzOptionsJsonConverter() : ValidatingJsonConverter<XyzOptions>(XyzOptions.Default)
{
    /// <inheritdoc />
    protected override void Validate(XyzOptions value) => value.Validate();
}

/// <summary>Validating JSON of <see cref="AbcdeOptions"/>.</summary>
internal sealed class AbcdeOptionsJsonConverter() : ValidatingJsonConverter<AbcdeOptions>(AbcdeOptions.Default)
{
    /// <inheritdoc />
    protected override void Validate(AbcdeOptions value) => value.Validate();
}

/// <summary>Validating JSON of <see cref="SegmentationOptions"/>.</summary>
internal sealed class SegmentationOptionsJsonConverter() : ValidatingJsonConverter<SegmentationOptions>(SegmentationOptions.Default)
{
    /// <inheritdoc />
    protected override void Validate(SegmentationOptions value)
    {
        value.Abc.Validate();
        value.Xyz.Validate();
    }
}

/// <summary>Validating JSON of <see cref="PerspectiveLadderOptions"/>.</summary>
internal sealed class PerspectiveLadderOptionsJsonConverter() : ValidatingJsonConverter<PerspectiveLadderOptions>(PerspectiveLadderOptions.Default);

/// <summary>Validating JSON of <see cref="ReactivationOptions"/>.</summary>
internal sealed class ReactivationOptionsJsonConverter() : ValidatingJsonConverter<ReactivationOptions>(ReactivationOptions.Default)
{
    /// <inheritdoc />
    protected override void Validate(ReactivationOptions value) => value.Abc.Validate();
}

/// <summary>Validating JSON of <see cref="ReactivationRuleOptions"/>.</summary>
internal sealed class ReactivationRuleOptionsJsonConverter() : ValidatingJsonConverter<ReactivationRuleOptions>(ReactivationRuleOptions.Default);

/// <summary>Validating JSON of <see cref="BgNbdFitOptions"/>.</summary>
internal sealed class BgNbdFitOptionsJsonConverter() : ValidatingJsonConverter<BgNbdFitOptions>(BgNbdFitOptions.Default);

/// <summary>Validating JSON of <see cref="LostClientOptions"/>.</summary>
internal sealed class LostClientOptionsJsonConverter() : ValidatingJsonConverter<LostClientOptions>(LostClientOptions.Default);

/// <summary>Validating JSON of <see cref="BaseStatusRule"/>.</summary>
internal sealed class BaseStatusRuleJsonConverter() : ValidatingJsonConverter<BaseStatusRule>(BaseStatusRule.Default);

/// <summary>Validating JSON of <see cref="ForecastOptions"/>.</summary>
internal sealed class ForecastOptionsJsonConverter() : ValidatingJsonConverter<ForecastOptions>(ForecastOptions.Default);

/// <summary>Validating JSON of <see cref="DealPolicy"/>.</summary>
internal sealed class DealPolicyJsonConverter() : ValidatingJsonConverter<DealPolicy>(DealPolicy.Default);

/// <summary>Validating JSON of <see cref="FairyTaleOptions"/>.</summary>
internal sealed class FairyTaleOptionsJsonConverter() : ValidatingJsonConverter<FairyTaleOptions>(FairyTaleOptions.Default);

/// <summary>Validating JSON of <see cref="ContactNorms"/>.</summary>
internal sealed class ContactNormsJsonConverter() : ValidatingJsonConverter<ContactNorms>(ContactNorms.Default);

/// <summary>Validating JSON of <see cref="RedistributionOptions"/>.</summary>
internal sealed class RedistributionOptionsJsonConverter() : ValidatingJsonConverter<RedistributionOptions>(RedistributionOptions.Default);

/// <summary>Validating JSON of <see cref="FunnelDefinition"/>.</summary>
internal sealed class FunnelDefinitionJsonConverter() : ValidatingJsonConverter<FunnelDefinition>(null);
