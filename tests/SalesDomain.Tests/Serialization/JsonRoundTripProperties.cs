using System.Collections.Immutable;
using System.Text.Json;
using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Serialization;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Serialization;

/// <summary>Generated bases and deals for the round-trip properties.</summary>
public static class JsonArbitraries
{
    /// <summary>Bases of every shape (empty, one client, ties, returns, contacts, decision makers).</summary>
    public static Arbitrary<ClientBase> Bases() => SalesGenerators.ClientBase().ToArbitrary();

    /// <summary>Deals of every status, criteria and next step.</summary>
    public static Arbitrary<ImmutableArray<Deal>> Deals() => DealGenerators.DealsFor().ToArbitrary();
}

/// <summary>Every model type round-trips through <see cref="SalesDomainJsonContext"/> (docs/model.md, "JSON").</summary>
[Properties(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 150)]
public class JsonRoundTripProperties
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    [Trait("Category", "Slow")]
    [Property]
    public bool ClientBase_RoundTrips(ClientBase clientBase)
    {
        var text = JsonSerializer.Serialize(clientBase, Json.ClientBase);
        var back = JsonSerializer.Deserialize(text, Json.ClientBase)!;
        return JsonSerializer.Serialize(back, Json.ClientBase) == text
               && back.Sales.SequenceEqual(clientBase.Sales)
               && back.Managers.SequenceEqual(clientBase.Managers)
               && back.Contacts.SequenceEqual(clientBase.Contacts)
               && back.Clients.Select(c => (c.Id, c.Name, c.ManagerId, c.Potential, c.ContractDate, c.HasContract, c.Flags))
                   .SequenceEqual(clientBase.Clients.Select(c => (c.Id, c.Name, c.ManagerId, c.Potential, c.ContractDate, c.HasContract, c.Flags)));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Deals_RoundTrip_WithStatusCloseDateAndLossReason(ImmutableArray<Deal> deals)
    {
        var text = JsonSerializer.Serialize(deals, Json.ImmutableArrayDeal);
        var back = JsonSerializer.Deserialize(text, Json.ImmutableArrayDeal);
        return back.SequenceEqual(deals) && JsonSerializer.Serialize(back, Json.ImmutableArrayDeal) == text;
    }
}

/// <summary>The JSON shape of the model: strings for enums and months, numbers for money, errors for inconsistent files.</summary>
public class JsonShapeTests
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    [Fact]
    public void AWonDeal_ComesBackWon_WithItsCloseDate_AndEnumsAreStrings()
    {
        var deal = new Deal("D1", "k1", "m1", 1234.50m, new DateOnly(2026, 12, 20), DealCriteria.CalculationSent | DealCriteria.OfferAccepted)
            .AsWon(new DateOnly(2026, 12, 1));

        var text = JsonSerializer.Serialize(deal, Json.Deal);
        var back = JsonSerializer.Deserialize(text, Json.Deal)!;

        Assert.Equal(deal, back);
        Assert.Equal(DealStatus.Won, back.Status);
        Assert.Contains("\"status\":\"Won\"", text, StringComparison.Ordinal);
        Assert.Contains("\"criteria\":\"CalculationSent, OfferAccepted\"", text, StringComparison.Ordinal);
        Assert.Contains("\"amount\":1234.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATarget_HasItsMonthAsText()
    {
        var text = JsonSerializer.Serialize(new ManagerTarget("anna", new SalesMonth(2025, 3), 1000m), Json.ManagerTarget);

        Assert.Equal("""{"managerId":"anna","month":"2025-03","target":1000}""", text);
        Assert.Equal(new ManagerTarget("anna", new SalesMonth(2025, 3), 1000m), JsonSerializer.Deserialize(text, Json.ManagerTarget));
    }

    [Fact]
    public void AnInconsistentBase_IsAJsonError_SayingWhy()
    {
        var clientBase = ClientBase.FromSales([new Sale("k1", new DateOnly(2025, 1, 1), 5m)]);
        var text = JsonSerializer.Serialize(clientBase, Json.ClientBase).Replace("\"clientId\":\"k1\"", "\"clientId\":\"ghost\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.ClientBase));

        Assert.Contains("ghost", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingProperty_IsAJsonError_NamingIt()
    {
        var text = """{"clients":[{"id":"k1","name":"K1"}],"managers":[],"sales":[],"contacts":[]}""";

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.ClientBase));

        Assert.Contains("Channel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALostDealWithoutAReason_IsAJsonError()
    {
        var text = """{"id":"D1","clientId":"k1","managerId":"m1","amount":5,"expectedClose":"2026-01-01","criteria":"None","status":"Lost"}""";

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.Deal));

        Assert.Contains("loss reason", e.Message, StringComparison.Ordinal);
    }
}
