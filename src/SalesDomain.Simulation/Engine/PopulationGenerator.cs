namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Draws the synthetic population (DOMAIN.md §1, §8; docs/simulator.md in the repository): clients 0..A−1 are the initial active base,
/// spread round-robin over the keepers (farmers and generalists; else hunters; else ownerless), the rest is the
/// potential pool. Potential is log-normal (median × channel factor) and the purchase interval log-uniform between its
/// bounds, or both are one of the population's profiles drawn uniformly; the noise σ uniform in [0, max], the monthly growth normal.
/// </summary>
internal static class PopulationGenerator
{
    public static void Fill(SimulationPlan plan, ClientTable c, ManagerTable m, ref RandomStream rng)
    {
        var p = plan.Scenario.Population;
        var behaviour = plan.Scenario.Clients;
        var factors = p.ChannelPotentialFactors;
        var profiles = p.Profiles;
        var logMin = Math.Log(p.MinPurchaseIntervalWeeks);
        var logMax = Math.Log(p.MaxPurchaseIntervalWeeks);
        var holders = m.Keepers.Length > 0 ? m.Keepers : m.Acquirers;
        for (var i = 0; i < c.Count; i++)
        {
            var channel = rng.Pick(plan.ChannelWeights);
            c.Channel[i] = (byte)channel;
            c.Region[i] = (byte)rng.Pick(plan.RegionWeights);
            c.Industry[i] = (byte)rng.Pick(plan.IndustryWeights);
            var factor = factors.Count == 0 ? 1.0 : factors[channel];
            if (profiles.Count == 0)
            {
                c.Potential[i] = Math.Min((double)p.MedianMonthlyPotential * factor * Math.Exp(p.PotentialLogSigma * rng.Normal()), SimulationPlan.MaxMonthlyPotential);
                c.IntervalWeeks[i] = p.MonthlyBilling ? SimulationPlan.WeeksPerMonth : Math.Exp(rng.Uniform(logMin, logMax));
            }
            else
            {
                // A profile of the client's own base: spend and interval drawn together.
                var profile = profiles[rng.NextInt(profiles.Count)];
                c.Potential[i] = Math.Min(profile.MonthlySpend * factor, SimulationPlan.MaxMonthlyPotential);
                c.IntervalWeeks[i] = p.MonthlyBilling ? SimulationPlan.WeeksPerMonth : profile.IntervalWeeks;
            }
            c.NoiseSigma[i] = rng.Uniform(0, p.MaxPurchaseNoiseSigma);
            c.Growth[i] = p.MonthlyGrowthMean + (p.MonthlyGrowthSd * rng.Normal());
            c.Owner[i] = -1;
            c.Acquirer[i] = -1;
            c.ReactivationMonth[i] = -1;
            c.AcquiredWeek[i] = int.MinValue / 2;
            c.HandOverWeek[i] = -1;
            c.RefusalWeek[i] = -1;
            c.DowngradeWeek[i] = -1;
            c.BonusMonth[i] = -1;
            c.BonusManager[i] = -1;
            c.Abc[i] = 2;
            c.Xyz[i] = 2;
            c.LastContactWeek[i] = int.MinValue / 2;
            c.LastPurchaseWeek[i] = int.MinValue / 2;
            if (i < p.InitialActive)
            {
                var owner = holders.Length > 0 ? holders[i % holders.Length] : -1;
                c.Status[i] = ClientStatus.Active;
                c.AddActive(i);
                c.Owner[i] = owner;
                if (owner >= 0)
                {
                    m.Clients[owner]++;
                }

                c.WalletShare[i] = behaviour.InitialWalletShare;
                c.Development[i] = rng.NextDouble();
                c.RecentContacts[i] = 1;
                c.LastContactWeek[i] = -1 - rng.NextInt(4);
                c.LastPurchaseWeek[i] = -1 - (int)(rng.NextDouble() * c.IntervalWeeks[i]);
                SeedHistory(c, i);
            }
            else
            {
                c.Status[i] = ClientStatus.Potential;
                c.AddPotential(i);
            }
        }
    }

    /// <summary>Fills the initial client's revenue history with its expected monthly spend, so month-0 ABC has data.</summary>
    private static void SeedHistory(ClientTable c, int i)
    {
        var spend = Cents.Of(c.Potential[i] * c.WalletShare[i]);
        c.History.AsSpan(i * c.HistoryMonths, c.HistoryMonths).Fill(spend);
    }
}
