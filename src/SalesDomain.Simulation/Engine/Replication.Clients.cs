namespace SalesDomain.Simulation.Engine;

/// <summary>The clients' weekly life: hand-over, early refusal, churn, purchases (DOMAIN.md §3, §7, §8).</summary>
internal sealed partial class Replication
{
    /// <summary>
    /// Every active client, once a week: (1) a hunter's client due for hand-over goes to the farmer with the fewest
    /// clients, or is lost with the hand-over loss probability; (2) a scheduled early refusal ends it; (3) the churn hazard
    /// (base × neglect ÷ contact frequency × stickiness) may end it; (4) it buys (× the month's seasonal factor): in the first week of the month under
    /// monthly billing, else with probability 1 / interval, an amount of monthly spend × interval / weeks-per-month × noise.
    /// </summary>
    private void ClientsAct(int week, int month)
    {
        var b = _s.Clients;
        var monthStart = week == _plan.MonthStartWeek[month];
        var billing = _s.Population.MonthlyBilling;
        var season = _plan.Season[month];
        for (var n = _c.ActiveCount - 1; n >= 0; n--)
        {
            var i = _c.ActiveList[n];
            if (n >= Prefetch.Distance)
            {
                AheadOfClientsAct(_c.ActiveList[n - Prefetch.Distance]);
            }

            var churn = Keyed(ChurnStream, i, week);
            if (_c.HandOverWeek[i] == week)
            {
                _c.HandOverWeek[i] = -1;
                if (churn.Chance(b.HandOverLoss))
                {
                    _handOverLosses++;
                    Lose(i);
                    continue;
                }

                HandOver(i);
            }

            if (_c.RefusalWeek[i] == week)
            {
                _refusals++;
                Lose(i);
                continue;
            }

            if (_c.DowngradeWeek[i] == week)
            {
                _c.DowngradeWeek[i] = -1;
                _c.WalletShare[i] *= b.DowngradeFactor;
                _downgrades++;
            }

            var neglectMonths = (week - _c.LastContactWeek[i]) / SimulationPlan.WeeksPerMonth;
            var neglect = Math.Min(b.MaxNeglectMultiplier, 1 + (b.NeglectChurnPerMonth * neglectMonths));
            var sticky = _c.Acquirer[i] >= 0 && _c.Owner[i] == _c.Acquirer[i] ? b.StickinessChurnFactor : 1;
            var hazard = _plan.BaseWeeklyChurn * neglect * sticky / (1 + (b.ContactChurnReduction * _c.RecentContacts[i]));
            _c.RecentContacts[i] *= 0.75;
            if (churn.Chance(hazard))
            {
                _churnedByHazard++;
                Lose(i);
                continue;
            }

            if (_c.AcquiredWeek[i] == week)
            {
                continue;
            }

            var purchases = Keyed(PurchaseStream, i, week);
            if (billing)
            {
                if (monthStart)
                {
                    Purchase(i, Cents.Of(MonthlySpend(i) * season * Noise(_c.NoiseSigma[i], ref purchases)), week);
                }
            }
            else if (purchases.Chance(season / _c.IntervalWeeks[i]))
            {
                var interval = Math.Max(1, _c.IntervalWeeks[i]);
                Purchase(i, Cents.Of(MonthlySpend(i) * interval / SimulationPlan.WeeksPerMonth * Noise(_c.NoiseSigma[i], ref purchases)), week);
            }
        }
    }

    /// <summary>Asks for the fields <see cref="ClientsAct"/> and <see cref="Purchase"/> read of client <paramref name="i"/>.</summary>
    private void AheadOfClientsAct(int i)
    {
        Prefetch.Element(_churnKeys, i);
        Prefetch.Element(_purchaseKeys, i);
        Prefetch.Element(_c.HandOverWeek, i);
        Prefetch.Element(_c.RefusalWeek, i);
        Prefetch.Element(_c.DowngradeWeek, i);
        Prefetch.Element(_c.LastContactWeek, i);
        Prefetch.Element(_c.AcquiredWeek, i);
        Prefetch.Element(_c.LastPurchaseWeek, i);
        Prefetch.Element(_c.Acquirer, i);
        Prefetch.Element(_c.Owner, i);
        Prefetch.Element(_c.RecentContacts, i);
        Prefetch.Element(_c.IntervalWeeks, i);
        Prefetch.Element(_c.NoiseSigma, i);
        Prefetch.Element(_c.Potential, i);
        Prefetch.Element(_c.WalletShare, i);
        Prefetch.Element(_c.Development, i);
        Prefetch.Element(_c.RevenueThisMonth, i);
        Prefetch.Element(_c.LifetimeRevenue, i);
        Prefetch.Element(_c.Origin, i);
    }

    private void HandOver(int i)
    {
        var farmer = FewestClients(_m.Farmers);
        if (farmer < 0)
        {
            return;
        }

        if (_c.Owner[i] >= 0)
        {
            _m.Clients[_c.Owner[i]]--;
        }

        _c.Owner[i] = farmer;
        _m.Clients[farmer]++;
    }
}
