using SalesDomain.Reactivation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Invariants of the BG/NBD model over generated parameters and histories (DOMAIN.md §3).</summary>
[Properties(Arbitrary = new[] { typeof(ReactivationArbitraries) }, MaxTest = 300)]
public class BgNbdModelProperties
{
    [Property]
    public bool ProbabilityAlive_IsWithinZeroAndOne(BgNbdModel model, RfmSummary client)
        => model.ProbabilityAlive(client) is >= 0d and <= 1d;

    [Property]
    public bool ProbabilityAlive_DoesNotRiseWithLongerSilence(BgNbdModel model, RfmSummary client, PositiveInt extra)
    {
        var later = new RfmSummary(client.Frequency, client.Recency, client.Age + (extra.Get / 10d));
        return model.ProbabilityAlive(later) <= model.ProbabilityAlive(client);
    }

    [Property]
    public bool ExpectedPurchases_IsNonNegative_AndGrowsWithTheHorizon(BgNbdModel model, RfmSummary client, PositiveInt weeks)
    {
        var t = Math.Min(weeks.Get, 520);
        if (model.TryExpectedPurchasesIfAlive(client, t + 1d) is null)
        {
            return true; // beyond the evaluable range: see the property below
        }

        var shorter = model.ExpectedPurchases(client, t);
        var longer = model.ExpectedPurchases(client, t + 1d);
        return shorter >= 0d && longer >= shorter * (1d - 1e-9);
    }

    [Property]
    public bool LogLikelihood_IsFinite(BgNbdModel model, RfmSummary client)
        => double.IsFinite(model.LogLikelihood(client)); // a density in tₓ, so it may exceed 0

    [Trait("Category", "Slow")]
    [Property(MaxTest = 100)]
    public bool ExpectedPurchases_EitherEvaluates_OrRejectsTheHorizonOrClientByName(BgNbdModel model, RfmSummary client, PositiveInt exponent)
    {
        var periods = Math.Pow(10, exponent.Get % 20); // 1 .. 10¹⁹ time units
        try
        {
            return model.ExpectedPurchases(client, periods) is >= 0d and < double.PositiveInfinity
                   && model.TryExpectedPurchasesIfAlive(client, periods) is not null;
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is "periods" or "client")
        {
            return model.TryExpectedPurchasesIfAlive(client, periods) is null;
        }
    }
}
