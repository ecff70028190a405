using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>
/// A monthly measure of an agent's work that a team reward or a focus period is tied to (docs/motivation.md in the repository); higher
/// is better for each.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MotivationMetric>))]
public enum MotivationMetric
{
    /// <summary>Net revenue credited to the agent in the month (sales minus returns).</summary>
    [JsonStringEnumMemberName("revenue")]
    Revenue,

    /// <summary>Number of clients the agent activated in the month.</summary>
    [JsonStringEnumMemberName("activations")]
    Activations,

    /// <summary>Number of distinct clients with positive net revenue credited to the agent in the month.</summary>
    [JsonStringEnumMemberName("activeClients")]
    ActiveClients,
}
