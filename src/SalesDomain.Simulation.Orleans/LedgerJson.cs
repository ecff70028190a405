using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Orleans;

/// <summary>
/// Turns replication outcomes into wire payloads and back; the ledger goes through System.Text.Json source generation
/// (no reflection), decimals keep their scale, so the merged result is bit-for-bit the local one.
/// </summary>
public static class LedgerJson
{
    /// <summary>The payload of an outcome.</summary>
    public static ReplicationPayload ToPayload(ReplicationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new ReplicationPayload
        {
            Replication = outcome.Replication,
            Series = [.. Enum.GetValues<Metric>().Select(m => outcome.SeriesOf(m).ToArray())],
            Ledger = JsonSerializer.SerializeToUtf8Bytes(outcome.Ledger, LedgerJsonContext.Default.ReplicationLedger),
        };
    }

    /// <summary>The outcome of a payload.</summary>
    /// <exception cref="JsonException">The ledger is not valid JSON of a ledger.</exception>
    public static ReplicationOutcome FromPayload(ReplicationPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var ledger = JsonSerializer.Deserialize(payload.Ledger, LedgerJsonContext.Default.ReplicationLedger)
            ?? throw new JsonException("A replication payload has no ledger.");
        return ReplicationOutcome.Restore(payload.Replication, payload.Series, ledger);
    }
}

/// <summary>Reads and writes a <see cref="ValueList{T}"/> as a JSON array.</summary>
/// <typeparam name="T">Element type; its array type must be known to the serializer context.</typeparam>
internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T[]>)options.GetTypeInfo(typeof(T[]))) ?? []);

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value.ToArray(), (JsonTypeInfo<T[]>)options.GetTypeInfo(typeof(T[])));
}

[JsonSourceGenerationOptions(Converters = [typeof(ValueListConverter<decimal>), typeof(ValueListConverter<ManagerLedger>)])]
[JsonSerializable(typeof(ReplicationLedger))]
[JsonSerializable(typeof(decimal[]))]
[JsonSerializable(typeof(ManagerLedger[]))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
