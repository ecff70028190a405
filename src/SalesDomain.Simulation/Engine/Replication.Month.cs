using SalesDomain.Segmentation;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Engine;

/// <summary>Month end: bonus books, growth, the library's ABC/XYZ recomputed, the plans for next month, the metrics.</summary>
internal sealed partial class Replication
{
    private readonly double[] _sortKeys;
    private readonly ClientValue[] _abcValues;
    private readonly decimal[] _window;
    private readonly double?[] _grading;

    private void EndMonth(int month)
    {
        var payout = SettleBonuses(month);
        var compliant = 0;
        for (var i = 0; i < _c.Count; i++)
        {
            if (_c.Status[i] == ClientStatus.Potential)
            {
                _c.Potential[i] *= 1 + _c.Growth[i];
                continue;
            }

            if (_c.Status[i] == ClientStatus.Active && _c.ContactsThisMonth[i] >= Norm(_c.Abc[i]))
            {
                compliant++;
            }

            _c.History[(i * _c.HistoryMonths) + Slot(month)] = _c.RevenueThisMonth[i];
            _c.RevenueThisMonth[i] = 0m;
            _c.ContactsThisMonth[i] = 0;
            _c.Potential[i] *= 1 + _c.Growth[i];
            _c.Development[i] *= 1 - _s.Clients.DevelopmentDecayPerMonth;
        }

        var salaries = 0m;
        for (var m = 0; m < _m.Count; m++)
        {
            salaries += _m.Salary[m];
            payout += _rules.Commission(_m.OwnedRevenue[m], _s.Bonus.CommissionRate);
            _m.OwnedRevenue[m] = 0m;
        }

        payout += _monthActivations * _s.Bonus.ActivationBonus;
        if (_plan.QuartilesOn)
        {
            Grade();
        }

        var active = _c.ActiveCount;
        Record(Metric.Revenue, month, _monthRevenue);
        Record(Metric.ActiveClients, month, active);
        Record(Metric.PotentialClients, month, _c.PotentialCount);
        Record(Metric.LostClients, month, _c.Count - active - _c.PotentialCount);
        Record(Metric.Acquired, month, _monthAcquired);
        Record(Metric.Reactivated, month, _monthReactivated);
        Record(Metric.Churned, month, _monthChurned);
        Record(Metric.NormContacts, month, _monthNormContacts);
        Record(Metric.NormCompliance, month, active == 0 ? 0m : Math.Round((decimal)compliant / active, 6));
        Record(Metric.SalaryCost, month, salaries);
        Record(Metric.BonusPayout, month, payout);
        Record(Metric.PayoutRatio, month, _monthRevenue == 0m ? 0m : Math.Round(payout / _monthRevenue, 6));
        Record(Metric.Profit, month, Math.Round(_monthRevenue * _s.GrossMargin, 2) - salaries - payout);
        Record(Metric.UpfrontPaid, month, _monthUpfrontPaid);
        Record(Metric.UpfrontClawedBack, month, _monthClawedBack);
        Segment(month);
        _monthRevenue = _monthUpfrontPaid = _monthClawedBack = 0m;
        _monthAcquired = _monthReactivated = _monthChurned = _monthActivations = 0;
        _monthNormContacts = 0;
    }

    /// <summary>
    /// Upfront bonus with clawback (seed 002): paid at the end of the month a client was won, on its revenue of that
    /// month; each of the next <c>clawbackMonths</c> months must reach tolerance × that revenue, else the whole bonus is
    /// taken back. Returns the upfront payout of the month net of clawbacks.
    /// </summary>
    private decimal SettleBonuses(int month)
    {
        if (!_plan.UpfrontOn)
        {
            return 0m;
        }

        var b = _s.Bonus;
        var net = 0m;
        for (var i = 0; i < _c.Count; i++)
        {
            var start = _c.BonusMonth[i];
            if (start < 0)
            {
                continue;
            }

            var revenue = _c.RevenueThisMonth[i];
            var m = _c.BonusManager[i];
            if (start == month)
            {
                var paid = _rules.Upfront(revenue, _m.UpfrontRate[m]);
                _c.BonusPaid[i] = paid;
                _c.FirstMonthRevenue[i] = revenue;
                _c.WindowRevenue[i] = revenue;
                _monthUpfrontPaid += paid;
                net += paid;
                if (b.ClawbackMonths == 0)
                {
                    CloseWindow(i, kept: true);
                }

                continue;
            }

            _c.WindowRevenue[i] += revenue;
            if (_rules.BreaksRenewal(_c.FirstMonthRevenue[i], revenue, b.RenewalTolerance))
            {
                _monthClawedBack += _c.BonusPaid[i];
                net -= _c.BonusPaid[i];
                CloseWindow(i, kept: false);
            }
            else if (month - start >= b.ClawbackMonths)
            {
                CloseWindow(i, kept: true);
            }
        }

        return net;
    }

    private void CloseWindow(int i, bool kept)
    {
        var m = _c.BonusManager[i];
        _m.BonusClients[m]++;
        _upfrontWindowRevenue += _c.WindowRevenue[i];
        _upfrontFirstRevenue += _c.FirstMonthRevenue[i];
        if (kept)
        {
            _upfrontKept++;
            _upfrontRetained += _c.BonusPaid[i];
        }
        else
        {
            _upfrontClawed++;
            _m.BonusRefusals[m]++;
        }

        _c.BonusMonth[i] = -1;
    }

    /// <summary>Quartile grading (seed 002): next month's upfront rate of each acquirer by its refusal share so far.</summary>
    private void Grade()
    {
        for (var m = 0; m < _m.Count; m++)
        {
            _grading[m] = _m.BonusClients[m] > 0 ? (double)_m.BonusRefusals[m] / _m.BonusClients[m] : null;
        }

        _rules.GradeByQuartile(_grading, _s.Bonus.QuartileRates, _s.Bonus.UpfrontRatePerDollar, _m.UpfrontRate);
    }

    /// <summary>
    /// Recomputes ABC (revenue over the ABC window) and XYZ (monthly revenue over the XYZ window, from the client's first
    /// month if later) of the active clients with the library's <see cref="AbcAnalysis"/> and <see cref="XyzAnalysis"/>,
    /// then rebuilds next month's contact plan (A, B, C; within a class Z, Y, X: unstable clients first) and the
    /// reactivation list (lapsed active and lost clients by potential descending).
    /// </summary>
    private void Segment(int month)
    {
        var f = _s.Farming;
        var active = _c.ActiveCount;
        for (var n = 0; n < active; n++)
        {
            var i = _c.ActiveList[n];
            var sum = 0m;
            for (var j = 0; j < f.AbcWindowMonths; j++)
            {
                sum += _c.History[(i * _c.HistoryMonths) + Slot(month - j)];
            }

            _abcValues[n] = new ClientValue(_plan.ClientIds[i], sum);
        }

        var abc = AbcAnalysis.Classify(new ArraySegment<ClientValue>(_abcValues, 0, active));
        var aCount = 0;
        foreach (var entry in abc.Entries)
        {
            var i = int.Parse(entry.ClientId, System.Globalization.CultureInfo.InvariantCulture);
            _c.Abc[i] = (byte)entry.Class;
            aCount += entry.Class == AbcClass.A ? 1 : 0;
        }

        Span<int> buckets = stackalloc int[10];
        var xCount = 0;
        for (var n = 0; n < active; n++)
        {
            var i = _c.ActiveList[n];
            var sinceWon = month - MonthOf(_c.AcquiredWeek[i]) + 1;
            var length = Math.Clamp(sinceWon, 1, f.XyzWindowMonths);
            for (var j = 0; j < length; j++)
            {
                _window[length - 1 - j] = _c.History[(i * _c.HistoryMonths) + Slot(month - j)];
            }

            var xyz = XyzAnalysis.Classify(_window.AsSpan(0, length));
            _c.Xyz[i] = (byte)xyz;
            xCount += xyz == XyzClass.X ? 1 : 0;
            buckets[PlanBucket(i) + 1]++;
        }

        for (var k = 1; k < buckets.Length; k++)
        {
            buckets[k] += buckets[k - 1];
        }

        for (var n = 0; n < active; n++)
        {
            var i = _c.ActiveList[n];
            _contactOrder[buckets[PlanBucket(i)]++] = i;
        }

        _contactOrderCount = active;
        BuildReactivationList(month);
        if (month >= 0)
        {
            Record(Metric.AClients, month, aCount);
            Record(Metric.XClients, month, xCount);
        }
    }

    private void BuildReactivationList(int month)
    {
        var week = _plan.MonthStartWeek[Math.Max(0, month + 1)];
        var count = 0;
        var lapsed = 0;
        for (var i = 0; i < _c.Count; i++)
        {
            var status = _c.Status[i];
            var isLapsed = status == ClientStatus.Active
                && week - _c.LastPurchaseWeek[i] > _s.Clients.LapseIntervalFactor * _c.IntervalWeeks[i];
            if (isLapsed || status == ClientStatus.Lost)
            {
                _reactivationList[count] = i;
                _sortKeys[count++] = -_c.Potential[i];
                lapsed += isLapsed ? 1 : 0;
            }
        }

        Array.Sort(_sortKeys, _reactivationList, 0, count);
        _reactivationCount = count;
        if (month >= 0)
        {
            Record(Metric.LapsedClients, month, lapsed);
        }
    }

    private int PlanBucket(int i) => (_c.Abc[i] * 3) + (2 - _c.Xyz[i]);

    private int Norm(byte abc) => abc switch
    {
        0 => _s.Farming.NormA,
        1 => _s.Farming.NormB,
        _ => _s.Farming.NormC,
    };

    private int Slot(int month) => ((month % _c.HistoryMonths) + _c.HistoryMonths) % _c.HistoryMonths;

    private int MonthOf(int week)
    {
        if (week < 0)
        {
            return int.MinValue / 4;
        }

        var m = 0;
        while (m < _plan.Months && _plan.MonthStartWeek[m + 1] <= week)
        {
            m++;
        }

        return m;
    }
}
