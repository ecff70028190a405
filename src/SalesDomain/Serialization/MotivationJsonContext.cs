using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Motivation;

namespace SalesDomain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for scheme files (<see cref="SchemeSet"/>, <see cref="MotivationScheme"/>)
/// and payout lines, used by <see cref="SchemeJson"/>: camelCase, indented, comments and trailing commas allowed, unknown properties rejected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SchemeSet))]
[JsonSerializable(typeof(MotivationScheme))]
[JsonSerializable(typeof(PayoutLine))]
internal sealed partial class MotivationJsonContext : JsonSerializerContext;
