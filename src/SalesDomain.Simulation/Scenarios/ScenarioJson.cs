using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesDomain.Simulation.Scenarios;

/// <summary>Reads and writes scenario files (camelCase JSON, enums as names, comments and trailing commas allowed).</summary>
public static class ScenarioJson
{
    /// <summary>
    /// Parses and validates a scenario. Unknown fields and fields given twice are errors, so that a misspelt or repeated
    /// field cannot be silently ignored (no "the last one wins").
    /// </summary>
    /// <exception cref="JsonException">The text is not a well-formed scenario (the message names the JSON path).</exception>
    /// <exception cref="ScenarioException">A field is out of range (every bad field is named by its JSON path).</exception>
    public static Scenario Parse(string json)
    {
        Guard.NotNull(json);
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize(json, ScenarioJsonContext.Default.Scenario);
        }
        catch (JsonException e) when (e.Path is { } path && !e.Message.Contains(path, StringComparison.Ordinal))
        {
            throw new JsonException($"{path}: {e.Message}", path, e.LineNumber, e.BytePositionInLine, e);
        }

        return ScenarioValidator.EnsureValid(scenario ?? throw new JsonException("The scenario file holds null; expected an object. Path: $"));
    }

    /// <summary>A deep copy of a scenario (through its JSON form), so that a run cannot see later changes to the original.</summary>
    public static Scenario Copy(Scenario scenario)
        => JsonSerializer.Deserialize(Write(scenario), ScenarioJsonContext.Default.Scenario)!;

    /// <summary>Writes a scenario as indented JSON that <see cref="Parse"/> reads back to an equal scenario.</summary>
    public static string Write(Scenario scenario) => JsonSerializer.Serialize(Guard.NotNull(scenario), ScenarioJsonContext.Default.Scenario);
}

/// <summary>The source-generated serializer of scenario files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
