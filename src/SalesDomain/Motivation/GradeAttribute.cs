using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>The client attribute an active-base bonus is graded by (DOMAIN.md §6, seed 002).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GradeAttribute>))]
public enum GradeAttribute
{
    /// <summary>The client's <see cref="ClientAccount.OutletType"/> (the default).</summary>
    [JsonStringEnumMemberName("outletType")]
    OutletType,

    /// <summary>The client's <see cref="ClientAccount.ClientClass"/>.</summary>
    [JsonStringEnumMemberName("clientClass")]
    ClientClass,
}
