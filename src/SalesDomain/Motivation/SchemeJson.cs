using System.Text.Json;
using SalesDomain.Serialization;

namespace SalesDomain.Motivation;

/// <summary>
/// Reads and writes scheme files (docs/motivation.md in the repository, "Scheme file format") with the source-generated
/// System.Text.Json metadata (trimming- and AOT-safe): camelCase names, a <c>"type"</c> discriminator, unknown properties rejected.
/// </summary>
public static class SchemeJson
{
    /// <summary>
    /// Parses a scheme file: either <c>{"schemes": [ … ]}</c> or a single scheme object (with a <c>"type"</c>).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="JsonException">
    /// The text is not valid JSON, a scheme type is unknown or missing, a property is unknown, missing or out of range,
    /// a property is given twice, or a name repeats; the message says which and where.
    /// </exception>
    public static SchemeSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out _))
            {
                return new SchemeSet(SchemeOf(root, "$"));
            }

            // Each scheme alone first, so that a range error names the scheme it belongs to.
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemes", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    SchemeOf(element, $"$.schemes[{index++}]");
                }
            }

            return root.Deserialize(MotivationJsonContext.Default.SchemeSet)
                ?? throw new JsonException("The scheme file is null; expected {\"schemes\": [ … ]}.");
        }
        catch (JsonException e)
        {
            var hint = e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) ? $" Known types: {KnownTypes}." : string.Empty;
            throw new JsonException($"Invalid scheme file: {e.Message}{hint}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw new JsonException($"Invalid scheme file: {Explain(e)}", e);
        }
    }

    /// <summary>One scheme; a value the scheme rejects is reported with the scheme's name and path.</summary>
    private static MotivationScheme SchemeOf(JsonElement element, string path)
    {
        try
        {
            return element.Deserialize(MotivationJsonContext.Default.MotivationScheme) ?? throw new JsonException($"The scheme at {path} is null.");
        }
        catch (ArgumentException e)
        {
            var name = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? $"'{n.GetString()}' "
                : string.Empty;
            throw new JsonException($"scheme {name}({path}): {Explain(e)}", e);
        }
    }

    /// <summary>Writes a scheme set as indented JSON in the file format.</summary>
    public static string Serialize(SchemeSet schemes)
        => JsonSerializer.Serialize(Guard.NotNull(schemes), MotivationJsonContext.Default.SchemeSet);

    private const string KnownTypes =
        "commission, active-base-bonus, upfront-bonus, quartile-graded-bonus, team-reward or rotating-focus";

    private static string Explain(Exception e) => e switch
    {
        ArgumentException a when a.ParamName is { } name && a.Message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal) is var cut and > 0
            => a.Message[..cut],
        NotSupportedException when e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase)
            => $"each scheme needs a \"type\" of {KnownTypes}. {e.Message}",
        _ => e.Message,
    };
}
