using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Contacts;
using SalesDomain.Reactivation;
using static SalesDomain.Serialization.JsonObjects;

namespace SalesDomain.Serialization;

/// <summary>
/// Reads and writes a <see cref="ReactivationList"/> with its items, model, fit, base median interval and warnings
/// (the overdue count is written for readers and recomputed when read).
/// </summary>
internal sealed class ReactivationListJsonConverter : JsonConverter<ReactivationList>
{
    private const string What = "A reactivation list";
    private static readonly string[] Names = ["AsOf", "Items", "Model", "Fit", "BaseMedianIntervalDays", "Warnings"];

    /// <inheritdoc />
    public override ReactivationList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names, "OverdueCount");
        var items = Get<ImmutableArray<ReactivationItem>>(values, "Items", What, options);
        if (items.Any(i => i is null))
        {
            throw new JsonException($"{What} has a null item.");
        }

        SegmentationJson.DistinctClients(items.Select(i => i.ClientId), "reactivation list");
        return new ReactivationList(
            Get<DateOnly>(values, "AsOf", What, options),
            items,
            Get<BgNbdModel?>(values, "Model", What, options, nullable: true),
            Get<BgNbdFit?>(values, "Fit", What, options, nullable: true),
            Get<double?>(values, "BaseMedianIntervalDays", What, options, nullable: true),
            Get<ImmutableArray<string>>(values, "Warnings", What, options));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReactivationList value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "AsOf", value.AsOf, options);
        JsonObjects.Write(writer, "Items", value.Items, options);
        JsonObjects.Write(writer, "Model", value.Model, options);
        JsonObjects.Write(writer, "Fit", value.Fit, options);
        JsonObjects.Write(writer, "BaseMedianIntervalDays", value.BaseMedianIntervalDays, options);
        JsonObjects.Write(writer, "OverdueCount", value.OverdueCount, options);
        JsonObjects.Write(writer, "Warnings", value.Warnings, options);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes a <see cref="ContactReport"/> with its as-of date, norms, clients and managers (the month is
/// written for readers and recomputed when read); reading rebuilds its lookups and rejects a repeated client or manager.
/// </summary>
internal sealed class ContactReportJsonConverter : JsonConverter<ContactReport>
{
    private const string What = "A contact report";
    private static readonly string[] Names = ["AsOf", "Norms", "Clients", "Managers"];

    /// <inheritdoc />
    public override ContactReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names, "Month");
        var clients = Get<ImmutableArray<ClientContactStatus>>(values, "Clients", What, options);
        var managers = Get<ImmutableArray<ManagerContactSummary>>(values, "Managers", What, options);
        if (clients.Any(c => c is null) || managers.Any(m => m is null))
        {
            throw new JsonException($"{What} has a null client or manager.");
        }

        SegmentationJson.DistinctClients(clients.Select(c => c.ClientId), "contact report");
        if (managers.Select(m => m.ManagerId).Distinct(StringComparer.Ordinal).Count() != managers.Length)
        {
            throw new JsonException($"{What} has a manager more than once.");
        }

        return Build(What, () => new ContactReport(
            Get<DateOnly>(values, "AsOf", What, options), Get<ContactNorms>(values, "Norms", What, options), clients, managers));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ContactReport value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "AsOf", value.AsOf, options);
        JsonObjects.Write(writer, "Month", value.Month, options);
        JsonObjects.Write(writer, "Norms", value.Norms, options);
        JsonObjects.Write(writer, "Clients", value.Clients, options);
        JsonObjects.Write(writer, "Managers", value.Managers, options);
        writer.WriteEndObject();
    }
}
