using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Forecast;

namespace SalesDomain.Serialization;

/// <summary>A deal's fields as JSON sees them (<see cref="DealJsonConverter"/>): every property, status included.</summary>
/// <param name="Id">Deal id.</param>
/// <param name="ClientId">Client id.</param>
/// <param name="ManagerId">Manager id.</param>
/// <param name="Amount">Amount.</param>
/// <param name="ExpectedClose">Expected close date.</param>
/// <param name="Criteria">Criteria met.</param>
/// <param name="Status">Open, won or lost.</param>
/// <param name="CloseDate">Close date of a won deal.</param>
/// <param name="LossReason">Loss reason of a lost deal.</param>
/// <param name="NextStep">Next step.</param>
/// <param name="StaysWithManager">Whether the deal stays with its manager.</param>
/// <param name="StageSince">Since when the deal is in its stage.</param>
public sealed record DealState(
    string Id,
    string ClientId,
    string ManagerId,
    decimal Amount,
    DateOnly ExpectedClose,
    DealCriteria Criteria,
    DealStatus Status,
    DateOnly? CloseDate,
    string? LossReason,
    string? NextStep,
    bool StaysWithManager,
    DateOnly? StageSince)
{
    /// <summary>The state of a deal.</summary>
    /// <param name="deal">The deal.</param>
    public static DealState Of(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new(deal.Id, deal.ClientId, deal.ManagerId, deal.Amount, deal.ExpectedClose, deal.Criteria, deal.Status, deal.CloseDate,
            deal.LossReason, deal.NextStep, deal.StaysWithManager, deal.StageSince);
    }

    /// <summary>The deal this state describes, through the deal's own constructor and transitions (so it is validated).</summary>
    /// <exception cref="ArgumentException">A value the deal rejects, or a status without its close date or loss reason.</exception>
    public Deal ToDeal()
    {
        var open = new Deal(Id, ClientId, ManagerId, Amount, ExpectedClose, Criteria) { NextStep = NextStep, StaysWithManager = StaysWithManager, StageSince = StageSince };
        return Status switch
        {
            DealStatus.Open when CloseDate is null && LossReason is null => open,
            DealStatus.Won when CloseDate is { } closed && LossReason is null => open.AsWon(closed),
            DealStatus.Lost when LossReason is { } reason && CloseDate is null => open.AsLost(reason),
            _ => throw new ArgumentException(
                $"Deal '{Id}' is {Status} with close date {CloseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"} and loss reason '{LossReason}': a won deal needs a close date, a lost deal a loss reason, an open deal neither.",
                nameof(Status)),
        };
    }
}

/// <summary>Reads and writes a <see cref="Deal"/> with its status, close date and loss reason (<see cref="DealState"/>).</summary>
public sealed class DealJsonConverter : JsonConverter<Deal>
{
    /// <inheritdoc />
    public override Deal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = (DealState?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(typeof(DealState)))
            ?? throw new JsonException("Expected a deal, found null.");
        try
        {
            return state.ToDeal();
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Deal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, DealState.Of(value), options.GetTypeInfo(typeof(DealState)));
    }
}
