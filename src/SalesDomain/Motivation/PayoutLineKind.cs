using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>What a payout line does to the agent's pay (docs/motivation.md in the repository, "Statement").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PayoutLineKind>))]
public enum PayoutLineKind
{
    /// <summary>A non-cash reward recorded at its cost (e.g. a team outing); amount ≥ 0; a cost, not cash to the agent.</summary>
    [JsonStringEnumMemberName("accrual")]
    Accrual,

    /// <summary>Cash paid to the agent; amount ≥ 0.</summary>
    [JsonStringEnumMemberName("payment")]
    Payment,

    /// <summary>Recovery of an earlier payment (renewal failed, goods returned); amount ≤ 0, never more than was paid.</summary>
    [JsonStringEnumMemberName("clawback")]
    Clawback,

    /// <summary>A manual correction with its reason; amount of either sign.</summary>
    [JsonStringEnumMemberName("adjustment")]
    Adjustment,
}
