using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Model;

namespace SalesDomain.Serialization;

/// <summary>
/// System.Text.Json metadata for the client-base model, deals and targets, generated at compile time (no reflection,
/// trimming- and AOT-safe): camelCase names, enums as strings, months as <c>"yyyy-MM"</c>, money as JSON numbers read
/// back as <see cref="decimal"/>. Every type here round-trips: <c>Deserialize(Serialize(x))</c> serialises to the
/// same JSON. Use <c>SalesDomainJsonContext.Default.ClientBase</c> (or <see cref="JsonSerializerContext.Options"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(SalesMonthJsonConverter), typeof(ClientBaseJsonConverter), typeof(DealJsonConverter)])]
[JsonSerializable(typeof(Sale))]
[JsonSerializable(typeof(Client))]
[JsonSerializable(typeof(Manager))]
[JsonSerializable(typeof(ContactEvent))]
[JsonSerializable(typeof(DecisionMaker))]
[JsonSerializable(typeof(ClientBase))]
[JsonSerializable(typeof(ImmutableArray<Client>))]
[JsonSerializable(typeof(ImmutableArray<Manager>))]
[JsonSerializable(typeof(ImmutableArray<Sale>))]
[JsonSerializable(typeof(ImmutableArray<ContactEvent>))]
[JsonSerializable(typeof(Deal))]
[JsonSerializable(typeof(ImmutableArray<Deal>))]
[JsonSerializable(typeof(ManagerTarget))]
[JsonSerializable(typeof(ImmutableArray<ManagerTarget>))]
[JsonSerializable(typeof(SalesMonth))]
[JsonSerializable(typeof(DealState))]
public sealed partial class SalesDomainJsonContext : JsonSerializerContext;
