using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Segmentation;
using static SalesDomain.Serialization.JsonObjects;

namespace SalesDomain.Serialization;

/// <summary>Reads and writes an <see cref="AbcResult"/> as <c>{"entries": […], "positiveTotal": n}</c>.</summary>
internal sealed class AbcResultJsonConverter : JsonConverter<AbcResult>
{
    private static readonly string[] Names = ["Entries", "PositiveTotal"];

    /// <inheritdoc />
    public override AbcResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, "An ABC result", options, Names);
        var entries = Get<ImmutableArray<AbcEntry>>(values, "Entries", "An ABC result", options);
        var total = Get<decimal>(values, "PositiveTotal", "An ABC result", options);
        SegmentationJson.DistinctClients(entries.Select(e => e.ClientId), "ABC result");
        return new AbcResult(entries, total);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AbcResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Entries", value.Entries, options);
        JsonObjects.Write(writer, "PositiveTotal", value.PositiveTotal, options);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes an <see cref="XyzResult"/> as <c>{"entries": […], "window": {…}|null, "period": "Month"}</c>.</summary>
internal sealed class XyzResultJsonConverter : JsonConverter<XyzResult>
{
    private static readonly string[] Names = ["Entries", "Window", "Period"];

    /// <inheritdoc />
    public override XyzResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, "An XYZ result", options, Names);
        var entries = Get<ImmutableArray<XyzEntry>>(values, "Entries", "An XYZ result", options);
        var window = Get<AnalysisWindow?>(values, "Window", "An XYZ result", options, nullable: true);
        var period = Get<SalesPeriod>(values, "Period", "An XYZ result", options);
        SegmentationJson.DistinctClients(entries.Select(e => e.ClientId), "XYZ result");
        return Build("An XYZ result", () => new XyzResult(entries, window, Guard.Defined(period, "period")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, XyzResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Entries", value.Entries, options);
        JsonObjects.Write(writer, "Window", value.Window, options);
        JsonObjects.Write(writer, "Period", value.Period, options);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes an <see cref="AbcXyzMatrix"/> as <c>{"cells": [9 cells AX … CZ], "positiveTotal": n}</c>; reading
/// requires the nine cells in that order.
/// </summary>
internal sealed class AbcXyzMatrixJsonConverter : JsonConverter<AbcXyzMatrix>
{
    private static readonly string[] Names = ["Cells", "PositiveTotal"];

    /// <inheritdoc />
    public override AbcXyzMatrix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, "An ABC×XYZ matrix", options, Names);
        var cells = Get<ImmutableArray<AbcXyzCell>>(values, "Cells", "An ABC×XYZ matrix", options);
        var total = Get<decimal>(values, "PositiveTotal", "An ABC×XYZ matrix", options);
        if (cells.Length != 9)
        {
            throw new JsonException($"An ABC×XYZ matrix has 9 cells (AX … CZ), found {cells.Length}.");
        }

        var counts = new int[9];
        var sums = new decimal[9];
        for (var i = 0; i < 9; i++)
        {
            if ((int)cells[i].Abc != i / 3 || (int)cells[i].Xyz != i % 3)
            {
                throw new JsonException($"Cell {i + 1} of an ABC×XYZ matrix must be {(AbcClass)(i / 3)}{(XyzClass)(i % 3)}, found {cells[i].Name}.");
            }

            counts[i] = cells[i].Clients >= 0 ? cells[i].Clients : throw new JsonException($"Cell {cells[i].Name} has {cells[i].Clients} clients.");
            sums[i] = cells[i].Value;
        }

        return AbcXyzMatrix.FromCounts(counts, sums, total);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AbcXyzMatrix value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "Cells", value.Cells, options);
        JsonObjects.Write(writer, "PositiveTotal", value.PositiveTotal, options);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="ClassMigrationStep"/> with its matrices, counts and changes.</summary>
internal sealed class ClassMigrationStepJsonConverter : JsonConverter<ClassMigrationStep>
{
    private const string What = "A class migration step";
    private static readonly string[] Names = ["From", "To", "AbcMatrix", "XyzMatrix", "Entered", "Left", "Changes", "AbcBefore", "AbcAfter"];

    /// <inheritdoc />
    public override ClassMigrationStep Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonObjects.Read(ref reader, What, options, Names);
        var from = Get<SalesMonth>(values, "From", What, options);
        var to = Get<SalesMonth>(values, "To", What, options);
        var abc = Sized(Get<ImmutableArray<int>>(values, "AbcMatrix", What, options), 9, "abcMatrix");
        var xyz = Sized(Get<ImmutableArray<int>>(values, "XyzMatrix", What, options), 9, "xyzMatrix");
        var entered = Get<int>(values, "Entered", What, options);
        var left = Get<int>(values, "Left", What, options);
        var changes = Get<ImmutableArray<ClassChange>>(values, "Changes", What, options);
        var before = Sized(Get<ImmutableArray<int>>(values, "AbcBefore", What, options), 3, "abcBefore");
        var after = Sized(Get<ImmutableArray<int>>(values, "AbcAfter", What, options), 3, "abcAfter");
        if (from > to || entered < 0 || left < 0)
        {
            throw new JsonException($"{What} must go forward in time with non-negative counts, was {from}..{to}, entered {entered}, left {left}.");
        }

        SegmentationJson.DistinctClients(changes.Select(c => c.ClientId), "class migration step");
        return new ClassMigrationStep(from, to, abc, xyz, entered, left, changes, before, after);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClassMigrationStep value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonObjects.Write(writer, "From", value.From, options);
        JsonObjects.Write(writer, "To", value.To, options);
        JsonObjects.Write(writer, "AbcMatrix", value.AbcMatrix, options);
        JsonObjects.Write(writer, "XyzMatrix", value.XyzMatrix, options);
        JsonObjects.Write(writer, "Entered", value.Entered, options);
        JsonObjects.Write(writer, "Left", value.Left, options);
        JsonObjects.Write(writer, "Changes", value.Changes, options);
        JsonObjects.Write(writer, "AbcBefore", value.AbcBefore, options);
        JsonObjects.Write(writer, "AbcAfter", value.AbcAfter, options);
        writer.WriteEndObject();
    }

    private static ImmutableArray<int> Sized(ImmutableArray<int> counts, int length, string name)
        => counts.Length == length && counts.All(c => c >= 0)
            ? counts
            : throw new JsonException($"'{name}' of {What.ToLowerInvariant()} must hold {length} non-negative counts, found [{string.Join(", ", counts)}].");
}

/// <summary>Checks shared by the segmentation converters.</summary>
internal static class SegmentationJson
{
    /// <summary>Throws when a client id appears twice.</summary>
    /// <exception cref="JsonException">A repeated client id.</exception>
    public static void DistinctClients(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (id is null || !seen.Add(id))
            {
                throw new JsonException($"The {what} has client '{id}' more than once (or without an id).");
            }
        }
    }
}
