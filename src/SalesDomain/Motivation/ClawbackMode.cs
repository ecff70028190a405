using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>How much of an upfront bonus a failed renewal takes back (DOMAIN.md §6, seed 002).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClawbackMode>))]
public enum ClawbackMode
{
    /// <summary>The whole bonus is taken back (the seed's rule; the default).</summary>
    [JsonStringEnumMemberName("whole")]
    Whole,

    /// <summary>The unearned part is taken back: bonus × (M − renewed months) ÷ M, rounded down to cents.</summary>
    [JsonStringEnumMemberName("proRata")]
    ProRata,
}
