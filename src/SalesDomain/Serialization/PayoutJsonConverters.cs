using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Motivation;
using static SalesDomain.Serialization.JsonObjects;

namespace SalesDomain.Serialization;

/// <summary>
/// Reads and writes a <see cref="PayoutInput"/> with its agents, clients, sales, activations, refusals, adjustments and
/// as-of month (the first month is written for readers and recomputed when read); reading goes through its
/// constructor, so unknown references and events after the as-of month are rejected.
/// </summary>
internal sealed class PayoutInputJsonConverter : JsonConverter<PayoutInput>
{
    private const string What = "A payout input";
    private static readonly string[] Names = ["Agents", "Clients", "Sales", "Activations", "Refusals", "Adjustments", "AsOf"];

    /// <inheritdoc />
    public override PayoutInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names, "FirstMonth");
        var agents = Get<ImmutableArray<Agent>>(values, "Agents", What, options);
        var clients = Get<ImmutableArray<ClientAccount>>(values, "Clients", What, options);
        var sales = Get<ImmutableArray<MonthlySale>>(values, "Sales", What, options);
        var activations = Get<ImmutableArray<Activation>>(values, "Activations", What, options);
        var refusals = Get<ImmutableArray<Refusal>>(values, "Refusals", What, options);
        var adjustments = Get<ImmutableArray<PayoutAdjustment>>(values, "Adjustments", What, options);
        var asOf = Get<SalesMonth?>(values, "AsOf", What, options, nullable: true);
        if (agents.Any(a => a is null) || clients.Any(c => c is null) || sales.Any(s => s is null) || activations.Any(a => a is null)
            || refusals.Any(r => r is null) || adjustments.Any(a => a is null))
        {
            throw new JsonException($"{What} has a null element.");
        }

        return Build(What, () => new PayoutInput(agents, clients, sales, activations, refusals, adjustments, asOf));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PayoutInput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Agents", value.Agents, options);
        JsonObjects.Write(writer, "Clients", value.Clients, options);
        JsonObjects.Write(writer, "Sales", value.Sales, options);
        JsonObjects.Write(writer, "Activations", value.Activations, options);
        JsonObjects.Write(writer, "Refusals", value.Refusals, options);
        JsonObjects.Write(writer, "Adjustments", value.Adjustments, options);
        JsonObjects.Write(writer, "FirstMonth", value.FirstMonth, options);
        JsonObjects.Write(writer, "AsOf", value.AsOf, options);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes a <see cref="PayoutStatement"/> as its input and lines, with its revenue, totals and agent-month
/// statements written for readers (recomputed when read); reading rejects a line of an agent the input does not know.
/// </summary>
internal sealed class PayoutStatementJsonConverter : JsonConverter<PayoutStatement>
{
    private const string What = "A payout statement";
    private static readonly string[] Names = ["Input", "Lines"];

    /// <inheritdoc />
    public override PayoutStatement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names, "FirstMonth", "AsOf", "Revenue", "Totals", "ByAgentMonth");
        var input = Get<PayoutInput>(values, "Input", What, options);
        var lines = Get<ImmutableArray<PayoutLine>>(values, "Lines", What, options);
        var agents = input.Agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line is null || !agents.Contains(line.AgentId))
            {
                throw new JsonException($"{What} has a line of agent '{line?.AgentId}' that its input does not know (or a null line).");
            }
        }

        return new PayoutStatement(input, lines);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PayoutStatement value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Input", value.Input, options);
        JsonObjects.Write(writer, "Lines", value.Lines, options);
        JsonObjects.Write(writer, "FirstMonth", value.FirstMonth, options);
        JsonObjects.Write(writer, "AsOf", value.AsOf, options);
        JsonObjects.Write(writer, "Revenue", value.Revenue, options);
        JsonObjects.Write(writer, "Totals", value.Totals, options);
        JsonObjects.Write(writer, "ByAgentMonth", value.ByAgentMonth, options);
        writer.WriteEndObject();
    }
}
