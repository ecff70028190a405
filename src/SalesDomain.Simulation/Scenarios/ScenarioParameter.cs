using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// Sets one field of a scenario by its JSON path (<c>$.salesForce[0].count</c>, <c>$.bonus.upfrontRatePerDollar</c>),
/// the way <c>sweep</c> varies parameters. The result is parsed and validated like a scenario file.
/// </summary>
public static class ScenarioParameter
{
    /// <summary>A copy of <paramref name="scenario"/> with the number at <paramref name="path"/> replaced.</summary>
    /// <exception cref="ArgumentException">The path does not name an existing number field (the message says where it stops).</exception>
    /// <exception cref="ScenarioException">The new value makes the scenario invalid.</exception>
    public static Scenario With(Scenario scenario, string path, decimal value)
    {
        Guard.NotNull(scenario);
        var steps = Steps(Guard.NotEmpty(path));
        var root = JsonNode.Parse(ScenarioJson.Write(scenario))!;
        JsonNode parent = root;
        for (var k = 0; k < steps.Count - 1; k++)
        {
            parent = Step(parent, steps[k]) ?? throw new ArgumentException($"{path}: no field at {Prefix(steps, k)}.", nameof(path));
        }

        var last = steps[^1];
        var current = Step(parent, last);
        if (current is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            throw new ArgumentException($"{path} does not name a number field of the scenario.", nameof(path));
        }

        JsonNode number = JsonValue.Create(value);
        if (last.Index is { } i)
        {
            parent.AsArray()[i] = number;
        }
        else
        {
            parent.AsObject()[last.Name!] = number;
        }

        return ScenarioJson.Parse(root.ToJsonString());
    }

    private static JsonNode? Step(JsonNode node, (string? Name, int? Index) step) => step switch
    {
        { Index: { } i } when node is JsonArray a && i < a.Count => a[i],
        { Name: { } n } when node is JsonObject o => o.TryGetPropertyValue(n, out var child) ? child : null,
        _ => null,
    };

    private static string Prefix(List<(string? Name, int? Index)> steps, int upTo)
        => "$" + string.Concat(steps.Take(upTo + 1).Select(s => s.Index is { } i ? $"[{i}]" : $".{s.Name}"));

    private static List<(string? Name, int? Index)> Steps(string path)
    {
        var text = path.StartsWith('$') ? path[1..] : "." + path;
        var steps = new List<(string?, int?)>();
        var n = 0;
        while (n < text.Length)
        {
            if (text[n] == '.')
            {
                var end = text.IndexOfAny(['.', '['], n + 1);
                end = end < 0 ? text.Length : end;
                var name = text[(n + 1)..end];
                steps.Add((name.Length > 0 ? name : throw Bad(path), null));
                n = end;
            }
            else if (text[n] == '[')
            {
                var end = text.IndexOf(']', n);
                if (end < 0 || !int.TryParse(text.AsSpan(n + 1, end - n - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw Bad(path);
                }

                steps.Add((null, index));
                n = end + 1;
            }
            else
            {
                throw Bad(path);
            }
        }

        return steps.Count > 0 ? steps : throw Bad(path);
    }

    private static ArgumentException Bad(string path)
        => new($"'{path}' is not a JSON path like $.salesForce[0].count or $.bonus.upfrontRatePerDollar.", nameof(path));
}
