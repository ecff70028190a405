namespace SalesDomain.Simulation.Results;

/// <summary>What one acquisition channel cost and brought over the horizon (docs/simulator.md in the repository, "Business figures").</summary>
/// <param name="Clients">Clients the channel brought (won by the active funnel, or won back).</param>
/// <param name="Cost">Salaries booked to the channel's activity, plus its bonuses and trainees (hunting only).</param>
/// <param name="Cac">Cost per client brought; null without clients.</param>
/// <param name="Ltv">Discounted gross margin the channel's clients brought within the horizon, per client; null without clients.</param>
/// <param name="PaybackMonths">CAC ÷ the average monthly gross margin of an active client of the channel; null when it brought no margin.</param>
public sealed record ChannelFigures(int Clients, decimal Cost, decimal? Cac, decimal? Ltv, decimal? PaybackMonths);

/// <summary>
/// The business figures of one replication: revenue, gross margin, cost of sales (salaries, bonuses, hiring, trainees),
/// contribution after the sales force, ROI of the sales force, and CAC, LTV and payback per acquisition channel.
/// </summary>
/// <param name="Revenue">Revenue over the horizon.</param>
/// <param name="GrossMargin">Revenue × the scenario's gross margin (per month, rounded to cents).</param>
/// <param name="CostOfSales">Salaries + bonus payout + hiring cost + trainee cost.</param>
/// <param name="Contribution">Gross margin − cost of sales (the metric <see cref="Metric.Profit"/> summed).</param>
/// <param name="Roi">Contribution ÷ cost of sales; null without cost.</param>
/// <param name="DiscountedContribution">Contribution with month m discounted by (1 + annual rate)^(−m ÷ 12).</param>
/// <param name="Hunting">The active funnel (hunters, generalists, trainees).</param>
/// <param name="WonBack">The reactivation list.</param>
public sealed record BusinessFigures(
    decimal Revenue,
    decimal GrossMargin,
    decimal CostOfSales,
    decimal Contribution,
    decimal? Roi,
    decimal DiscountedContribution,
    ChannelFigures Hunting,
    ChannelFigures WonBack)
{
    /// <summary>The figures of one replication.</summary>
    /// <param name="outcome">The replication.</param>
    /// <param name="grossMargin">The scenario's gross margin on revenue (0..1).</param>
    /// <param name="annualDiscountRate">Annual discount rate ≥ 0 (0 = undiscounted).</param>
    public static BusinessFigures Of(ReplicationOutcome outcome, decimal grossMargin, double annualDiscountRate = 0)
    {
        Guard.NotNull(outcome);
        Guard.NotNegative(annualDiscountRate);
        var l = outcome.Ledger;
        var months = outcome.SeriesOf(Metric.Revenue).Length;
        decimal revenue = 0m, margin = 0m, cost = 0m, discounted = 0m, acquisitionBonus = 0m, trainees = 0m;
        for (var m = 0; m < months; m++)
        {
            var monthRevenue = outcome.SeriesOf(Metric.Revenue)[m];
            var monthMargin = Math.Round(monthRevenue * grossMargin, 2);
            var monthCost = outcome.SeriesOf(Metric.SalaryCost)[m] + outcome.SeriesOf(Metric.BonusPayout)[m]
                + outcome.SeriesOf(Metric.HiringCost)[m] + outcome.SeriesOf(Metric.TraineeCost)[m];
            revenue += monthRevenue;
            margin += monthMargin;
            cost += monthCost;
            discounted += (monthMargin - monthCost) * Discount(m, annualDiscountRate);
            acquisitionBonus += outcome.SeriesOf(Metric.BonusPayout)[m];
            trainees += outcome.SeriesOf(Metric.TraineeCost)[m];
        }

        acquisitionBonus -= l.CommissionPaid;
        var hunted = l.AcquiredByHunters + l.AcquiredByGeneralists;
        return new BusinessFigures(
            revenue,
            margin,
            cost,
            margin - cost,
            cost == 0m ? null : Math.Round((margin - cost) / cost, 6),
            Math.Round(discounted, 2),
            Channel(hunted, l.HuntingCost + acquisitionBonus + trainees, l.RevenueFromHunted, l.HuntedClientMonths, grossMargin, annualDiscountRate),
            Channel(l.Reactivated, l.ReactivationCost, l.RevenueFromWonBack, l.WonBackClientMonths, grossMargin, annualDiscountRate));
    }

    private static ChannelFigures Channel(int clients, decimal cost, ValueList<decimal> revenue, long clientMonths, decimal grossMargin, double rate)
    {
        decimal lifetime = 0m, total = 0m;
        for (var m = 0; m < revenue.Count; m++)
        {
            lifetime += revenue[m] * grossMargin * Discount(m, rate);
            total += revenue[m] * grossMargin;
        }

        decimal? cac = clients == 0 ? null : Math.Round(cost / clients, 2);
        var perClientMonth = clientMonths == 0 ? 0m : total / clientMonths;
        return new ChannelFigures(
            clients,
            Math.Round(cost, 2),
            cac,
            clients == 0 ? null : Math.Round(lifetime / clients, 2),
            cac is { } c && perClientMonth > 0m ? Math.Round(c / perClientMonth, 2) : null);
    }

    /// <summary>(1 + annual rate)^(−month ÷ 12): month 0 is not discounted.</summary>
    private static decimal Discount(int month, double annualRate) => annualRate == 0 ? 1m : (decimal)Math.Pow(1 + annualRate, -month / 12.0);
}
