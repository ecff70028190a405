using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Calibration;

/// <summary>
/// Fits a scenario's client population to a client's own sales (docs/simulator.md in the repository, "Calibration"): the alive base and
/// its dropout from the library's BG/NBD fit (<see cref="ReactivationList"/>), the purchase-interval and spend
/// distributions (pooled, and per ABC class as a report), purchase noise, and — when deals or contacts are given — the
/// closing rate and the contact frequency. Every fitted value is written with its source in <see cref="Scenario.Sources"/>.
/// </summary>
public static class ScenarioCalibrator
{
    private const double WeeksPerMonth = 13.0 / 3.0;

    /// <summary>Calibrates a scenario on the sales up to <paramref name="asOf"/> (later sales are ignored).</summary>
    /// <param name="sales">The transactions.</param>
    /// <param name="asOf">End of the calibration window.</param>
    /// <param name="deals">Deals, for the closing rate; optional.</param>
    /// <param name="contacts">Contact events, for the contact frequency; optional.</param>
    /// <exception cref="ArgumentException">No purchase on or before <paramref name="asOf"/>.</exception>
    public static Scenario Calibrate(IEnumerable<Sale> sales, DateOnly asOf, IEnumerable<Deal>? deals = null, IEnumerable<ContactEvent>? contacts = null)
    {
        var window = Guard.NotNull(sales).Where(s => s.Date <= asOf).ToList();
        var clientBase = ClientBase.FromSales(window);
        var list = ReactivationList.Build(clientBase, asOf);
        var items = list.Items.Where(i => i.PurchaseDays > 0 && i.Revenue > 0m).ToList();
        if (items.Count == 0)
        {
            throw new ArgumentException($"No purchase on or before {asOf:yyyy-MM-dd}: nothing to calibrate on.", nameof(sales));
        }

        var first = window.Where(s => s.Amount > 0m).GroupBy(s => s.ClientId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(s => s.Date), StringComparer.Ordinal);
        var model = list.Model;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var inv = CultureInfo.InvariantCulture;
        string F(double v) => v.ToString("G4", inv);

        // Per client: weight (probability alive), weekly purchase rate, monthly spend while alive.
        var clients = items.Select(i =>
        {
            var age = Math.Max(1.0, (asOf.DayNumber - first[i.ClientId].DayNumber) / 7.0);
            var repeats = i.PurchaseDays - 1;
            var rate = model is null ? i.PurchaseDays / age : (model.R + repeats) / (model.Alpha + age);
            var alive = i.PAlive ?? (i.Overdue ? 0.0 : 1.0);
            var spend = (double)i.Revenue / i.PurchaseDays * rate * WeeksPerMonth;
            return (Item: i, Weight: alive, Rate: rate, Spend: spend);
        }).ToList();

        var weight = clients.Sum(c => c.Weight);
        var alive = (int)Math.Round(weight);
        var logSpend = clients.Select(c => (Math.Log(Math.Max(c.Spend, 1e-6)), c.Weight)).ToList();
        var median = WeightedQuantile(logSpend, 0.5);
        var mean = logSpend.Sum(x => x.Item1 * x.Item2) / weight;
        var sigma = Math.Sqrt(logSpend.Sum(x => x.Item2 * (x.Item1 - mean) * (x.Item1 - mean)) / weight);
        var meanSpend = clients.Sum(c => c.Weight * c.Spend) / weight;
        var intervals = clients.Select(c => (1 / c.Rate, c.Weight)).ToList();
        var minInterval = Math.Max(0.5, WeightedQuantile(intervals, 0.10));
        var maxInterval = MaxIntervalForMeanRate(minInterval, clients.Sum(c => c.Weight * c.Rate) / weight);
        var fit = list.Fit is { } f ? string.Create(inv, $"BG/NBD fit on {f.Clients:N0} clients (r={F(model!.R)}, α={F(model.Alpha)} weeks, a={F(model.A)}, b={F(model.B)})") : "no usable BG/NBD fit";

        double churn;
        if (model is not null)
        {
            var dropout = model.A / (model.A + model.B);
            var meanRate = clients.Sum(c => c.Weight * c.Rate) / weight;
            churn = Math.Min(1, dropout * meanRate * WeeksPerMonth);
            sources["$.clients.baseMonthlyChurn"] = string.Create(inv,
                $"BG/NBD dropout per purchase a/(a+b) = {F(dropout)} × mean purchases a month of alive clients {F(meanRate * WeeksPerMonth)} ({fit})");
        }
        else
        {
            // Observed lapse rate: share of clients past their own interval, spread over the median interval in months.
            var lapsed = (double)items.Count(i => i.Overdue) / items.Count;
            var months = (list.BaseMedianIntervalDays ?? 30) / 30.4;
            churn = Math.Clamp(lapsed / Math.Max(1, months * 2), 0, 1);
            sources["$.clients.baseMonthlyChurn"] = string.Create(inv, $"observed lapse rate {F(lapsed)} of clients past their own interval ÷ 2 × median interval ({F(months)} months); {fit}");
        }

        var noise = OrderNoise(window, items);
        var managers = window.Select(s => s.ManagerId).Where(m => m is not null).Distinct(StringComparer.Ordinal).Count();
        var skill = new FunnelSkillSpec();
        if (deals is not null)
        {
            var closed = deals.Where(d => d.Status is DealStatus.Won or DealStatus.Lost).ToList();
            if (closed.Count > 0)
            {
                skill.ProductiveToDeal = (double)closed.Count(d => d.Status == DealStatus.Won) / closed.Count;
                sources["$.salesForce[0].skill.productiveToDeal"] = string.Create(inv, $"won ÷ closed deals: {closed.Count(d => d.Status == DealStatus.Won):N0} of {closed.Count:N0}");
            }
        }

        if (contacts is not null)
        {
            var monthsSeen = Math.Max(1, (asOf.DayNumber - window.Min(s => s.Date).DayNumber) / 30.4);
            var count = contacts.Count(c => c.Date <= asOf);
            sources["contacts"] = string.Create(inv, $"{count:N0} contact events, {F(count / monthsSeen / Math.Max(1, weight))} a month per alive client (report only: the contact norms stay seed 004's 4/2/1)");
        }

        sources["$.population.initialActive"] = string.Create(inv, $"Σ P(alive) over {items.Count:N0} clients with a purchase on or before {asOf:yyyy-MM-dd} ({fit})");
        sources["$.population.medianMonthlyPotential"] = string.Create(inv,
            $"weighted mean (weights P(alive)) of each client's monthly spend while alive ({F(meanSpend)}) ÷ exp(σ²/2), so the log-normal keeps that mean (its weighted median is {F(Math.Exp(median))}); spend = revenue per purchase day × purchase rate × 13/3, rate = BG/NBD posterior (r + x) ÷ (α + T)");
        sources["$.population.potentialLogSigma"] = "weighted standard deviation of ln(monthly spend)";
        sources["$.population.minPurchaseIntervalWeeks"] = "weighted 10th percentile of 1 ÷ purchase rate (weeks)";
        sources["$.population.maxPurchaseIntervalWeeks"] = string.Create(inv,
            $"set so that the log-uniform intervals keep the weighted mean purchase rate of alive clients ({F(clients.Sum(c => c.Weight * c.Rate) / weight)} a week); their weighted 90th percentile is {F(WeightedQuantile(intervals, 0.90))}");
        sources["$.population.maxPurchaseNoiseSigma"] = "2 × standard deviation of ln(purchase-day amount ÷ the client's mean), capped at 2 (each client draws its σ uniformly in [0, max])";
        sources["$.population.marketCapacity"] = string.Create(inv, $"0: acquisition needs a sales force and a market; {items.Count(i => first[i.ClientId] > asOf.AddDays(-91)):N0} clients were new in the last 3 months");
        sources["$.salesForce[0].count"] = string.Create(inv, $"0: managers named in the sales: {managers}; the fitted dropout already includes today's contact practice, so nobody works the base in the simulation");
        sources["$.clients"] = "neglect, contact effect, upsell, development and growth set to 0, initial wallet share 1: spend = fitted potential; the fitted dropout carries the status quo";
        var profiles = Profiles(clients.ConvertAll(c => (c.Item.ClientId, c.Weight, c.Spend, 1 / c.Rate)));
        sources["$.population.profiles"] = string.Create(inv,
            $"{profiles.Length:N0} of the {items.Count:N0} clients drawn systematically with probability ∝ P(alive) (ids in ordinal order): each simulated client takes one profile's monthly spend and interval together, so the joint distribution (the A clients' short intervals beside the one-time buyers' long ones) is the export's; the parametric values above are kept for reference");
        var seasonality = Seasonality(window, asOf, out var seasonSource);
        sources["$.clients.seasonality"] = seasonSource;
        foreach (var abc in new[] { AbcClass.A, AbcClass.B, AbcClass.C })
        {
            var cls = clients.Where(c => c.Item.Abc == abc).ToList();
            if (cls.Count == 0)
            {
                continue;
            }

            var w = cls.Sum(c => c.Weight);
            sources[$"abc.{abc}"] = string.Create(inv,
                $"{cls.Count:N0} clients, {F(w)} alive; median interval {F(WeightedQuantile([.. cls.Select(c => (1 / c.Rate, c.Weight))], 0.5))} weeks, median monthly spend {F(WeightedQuantile([.. cls.Select(c => (c.Spend, c.Weight))], 0.5))} (report: the engine draws from the pooled distributions)");
        }

        return new Scenario
        {
            Name = "calibrated",
            Description = string.Create(inv, $"Calibrated on {window.Count:N0} sales of {items.Count:N0} clients up to {asOf:yyyy-MM-dd}."),
            Months = 12,
            Population = new PopulationSpec
            {
                MarketCapacity = 0,
                InitialActive = alive,
                MedianMonthlyPotential = Math.Round((decimal)(meanSpend / Math.Exp(sigma * sigma / 2)), 4),
                PotentialLogSigma = Math.Round(Math.Min(4, sigma), 4),
                MinPurchaseIntervalWeeks = Math.Round(minInterval, 3),
                MaxPurchaseIntervalWeeks = Math.Round(maxInterval, 3),
                MaxPurchaseNoiseSigma = Math.Round(noise, 4),
                MonthlyGrowthMean = 0,
                MonthlyGrowthSd = 0,
                ChannelPotentialFactors = [],
                Profiles = profiles,
            },
            Clients = new ClientBehaviourSpec
            {
                BaseMonthlyChurn = Math.Round(churn, 6),
                NeglectChurnPerMonth = 0,
                ContactChurnReduction = 0,
                UpsellLift = 0,
                DevelopmentPerContact = 0,
                InitialWalletShare = 1,
                Seasonality = seasonality,
            },
            SalesForce = [new ManagerSpec { Name = "managers", Role = ManagerRole.Generalist, Count = 0, Skill = skill }],
            Organisation = new OrganisationSpec { ManagerAttritionMonthly = 0 },
            Sources = sources,
        };
    }

    /// <summary>2 × the standard deviation of ln(purchase-day amount ÷ the client's mean purchase-day amount), at most 2.</summary>
    /// <summary>
    /// Up to 1,000 profiles by systematic sampling with probability proportional to the weight: the clients in ordinal
    /// id order, one taken at each of K equally spaced points of the cumulative weight (so the sample is the weighted
    /// distribution, deterministically).
    /// </summary>
    internal static ClientProfile[] Profiles(List<(string Id, double Weight, double Spend, double Interval)> clients)
    {
        var ordered = clients.Where(c => c.Weight > 0 && c.Spend > 0 && double.IsFinite(c.Interval))
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var total = ordered.Sum(c => c.Weight);
        var k = Math.Min(1_000, ordered.Count);
        var profiles = new ClientProfile[k];
        var cumulative = 0.0;
        var next = 0;
        for (var n = 0; n < ordered.Count && next < k; n++)
        {
            cumulative += ordered[n].Weight;
            while (next < k && (next + 0.5) * total / k < cumulative)
            {
                profiles[next++] = new ClientProfile
                {
                    MonthlySpend = Math.Max(1e-4, Math.Round(Math.Min(ordered[n].Spend, (double)Scenario.MaxMoney), 4)),
                    IntervalWeeks = Math.Max(1e-4, Math.Round(Math.Min(ordered[n].Interval, 5_200), 4)),
                };
            }
        }

        return next == k ? profiles : profiles[..next];
    }

    /// <summary>
    /// Seasonal factors by classical multiplicative decomposition of monthly revenue: each complete month's revenue
    /// over its centred 2×12 moving average (which removes the trend), averaged by month of the year, scaled to a mean
    /// of 1, ordered from the month after <paramref name="asOf"/>. Empty with fewer than 24 complete months.
    /// </summary>
    internal static double[] Seasonality(IReadOnlyList<Sale> sales, DateOnly asOf, out string source)
    {
        var inv = CultureInfo.InvariantCulture;
        if (sales.Count == 0)
        {
            source = "none: no sales";
            return [];
        }

        // Complete months: from the first sale's month when it starts on the 1st (else the month after it, which may be
        // partial) to the last one ending by asOf.
        var firstDay = sales.Min(s => s.Date);
        var first = SalesMonth.Of(firstDay).AddMonths(firstDay.Day == 1 ? 0 : 1);
        var last = SalesMonth.LastCompleteAsOf(asOf);
        var n = first.MonthsUntil(last) + 1;
        if (n < 24)
        {
            source = string.Create(inv, $"none: {Math.Max(0, n)} complete months of sales, seasonal factors need 24 or more");
            return [];
        }

        var revenue = new double[n];
        foreach (var sale in sales)
        {
            var t = first.MonthsUntil(SalesMonth.Of(sale.Date));
            if (t >= 0 && t < n)
            {
                revenue[t] += (double)sale.Amount;
            }
        }

        var sums = new double[12];
        var counts = new int[12];
        for (var t = 6; t < n - 6; t++)
        {
            var average = 0.5 * (revenue[t - 6] + revenue[t + 6]);
            for (var k = t - 5; k <= t + 5; k++)
            {
                average += revenue[k];
            }

            average /= 12;
            if (average > 0)
            {
                var calendar = (first.Month - 1 + t) % 12;
                sums[calendar] += revenue[t] / average;
                counts[calendar]++;
            }
        }

        if (counts.Any(c => c == 0))
        {
            source = "none: a month of the year has no revenue around it to compare with";
            return [];
        }

        var factors = sums.Select((s, k) => s / counts[k]).ToArray();
        var mean = factors.Average();
        var simulated = last.AddMonths(1); // the simulation's first month: the one after the last complete month
        var ordered = Enumerable.Range(0, 12).Select(j => Math.Round(Math.Clamp(factors[(simulated.Month - 1 + j) % 12] / mean, 0.01, 10), 4)).ToArray();
        source = string.Create(inv,
            $"monthly revenue {first}..{last} ({n} complete months) over its centred 2×12 moving average, averaged by month of the year and scaled to a mean of 1, from {simulated} on");
        return ordered;
    }

    private static double OrderNoise(List<Sale> window, List<ReactivationItem> items)
    {
        var meanOf = items.ToDictionary(i => i.ClientId, i => (double)i.Revenue / i.PurchaseDays, StringComparer.Ordinal);
        var logs = window.GroupBy(s => (s.ClientId, s.Date)).Select(g => (g.Key.ClientId, Amount: (double)g.Sum(s => s.Amount)))
            .Where(d => d.Amount > 0 && meanOf.ContainsKey(d.ClientId) && meanOf[d.ClientId] > 0)
            .Select(d => Math.Log(d.Amount / meanOf[d.ClientId])).ToList();
        if (logs.Count < 2)
        {
            return 0;
        }

        var mean = logs.Average();
        return Math.Min(2, 2 * Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Count - 1)));
    }

    /// <summary>
    /// The upper bound b of log-uniform intervals on [a, b] whose mean rate E[1/I] = (1/a − 1/b) ÷ ln(b/a) equals the
    /// target (bisection on ln b; b = a when the target is at least 1/a).
    /// </summary>
    private static double MaxIntervalForMeanRate(double a, double rate)
    {
        if (rate >= 1 / a || rate <= 0)
        {
            return a;
        }

        double lo = Math.Log(a) + 1e-9, hi = Math.Log(a) + 20;
        for (var k = 0; k < 200; k++)
        {
            var mid = (lo + hi) / 2;
            var b = Math.Exp(mid);
            var mean = ((1 / a) - (1 / b)) / (mid - Math.Log(a));
            (lo, hi) = mean > rate ? (mid, hi) : (lo, mid);
        }

        return Math.Exp((lo + hi) / 2);
    }

    private static double WeightedQuantile(List<(double Value, double Weight)> values, double q)
    {
        var sorted = values.Where(v => v.Weight > 0 && double.IsFinite(v.Value)).OrderBy(v => v.Value).ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var total = sorted.Sum(v => v.Weight);
        var cumulative = 0.0;
        foreach (var (value, w) in sorted)
        {
            cumulative += w;
            if (cumulative >= q * total)
            {
                return value;
            }
        }

        return sorted[^1].Value;
    }
}
