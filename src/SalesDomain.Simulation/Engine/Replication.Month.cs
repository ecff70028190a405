using SalesDomain.Segmentation;
using SalesDomain.Simulation.Bonus;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Engine;

/// <summary>Month end: bonus books, growth, the library's ABC/XYZ recomputed, the plans for next month, the metrics.</summary>
internal sealed partial class Replication
{
    private readonly double[] _sortKeys;
    private readonly long[] _abcValues;
    private readonly long[] _window;
    private int _ownerlessEntries;

    private void EndMonth(int month)
    {
        BookBonuses(month);
        BookManagerMonth();
        var compliant = 0;
        var buyers = 0;
        for (var i = 0; i < _c.Count; i++)
        {
            if (_c.Status[i] == ClientStatus.Potential)
            {
                _c.Potential[i] = Math.Min(_c.Potential[i] * (1 + _c.Growth[i]), SimulationPlan.MaxMonthlyPotential);
                continue;
            }

            if (_c.Status[i] == ClientStatus.Active)
            {
                var met = _c.ContactsThisMonth[i] >= _plan.NormByCell[Cell(i)];
                compliant += met ? 1 : 0;
                _clientMonths[_c.Origin[i]]++;
                var owner = _c.Owner[i];
                if (owner >= 0 && _plan.NormByCell[Cell(i)] > 0)
                {
                    _managerFigures[(owner * ManagerFigureCount) + NormedClientMonths]++;
                    _managerFigures[(owner * ManagerFigureCount) + CompliantClientMonths] += met ? 1 : 0;
                }
            }

            buyers += _c.RevenueThisMonth[i] > 0 ? 1 : 0;
            _c.History[(i * _c.HistoryMonths) + Slot(month)] = _c.RevenueThisMonth[i];
            _c.RevenueThisMonth[i] = 0;
            _c.ContactsThisMonth[i] = 0;
            _c.Potential[i] = Math.Min(_c.Potential[i] * (1 + _c.Growth[i]), SimulationPlan.MaxMonthlyPotential);
            _c.Development[i] *= 1 - _s.Clients.DevelopmentDecayPerMonth;
        }

        var lastWeek = _plan.MonthStartWeek[month + 1] - 1;
        var salaries = 0m;
        for (var m = 0; m < _m.Count; m++)
        {
            salaries += _m.IsVacant(m, lastWeek) ? 0m : _m.Salary[m];
        }

        if (_s.Organisation.HeadHoursPerWeek > 0)
        {
            // The head's time in block 3 is modelled: its cost is paid with the salaries and belongs to acquisition.
            salaries += _s.Organisation.HeadCost;
            _activityCost[ManagerTable.Hunting] += _s.Organisation.HeadCost;
        }

        var hiring = Turnover(lastWeek);

        var active = _c.ActiveCount;
        Record(Metric.Revenue, month, Cents.ToAmount(_monthRevenue));
        Record(Metric.ActiveClients, month, active);
        Record(Metric.PotentialClients, month, _c.PotentialCount);
        Record(Metric.LostClients, month, _c.Count - active - _c.PotentialCount);
        Record(Metric.Acquired, month, _monthAcquired);
        Record(Metric.Reactivated, month, _monthReactivated);
        Record(Metric.Churned, month, _monthChurned);
        Record(Metric.NormContacts, month, _monthNormContacts);
        Record(Metric.NormCompliance, month, active == 0 ? 0m : Math.Round((decimal)compliant / active, 6));
        Record(Metric.SalaryCost, month, salaries);
        Record(Metric.HiringCost, month, hiring);
        Record(Metric.Buyers, month, buyers);
        Record(Metric.TraineeCost, month, _s.Organisation.Trainees * _s.Organisation.TraineeMonthlySalary);
        Segment(month);
        PlanEffort();
        _monthRevenue = 0;
        _monthAcquired = _monthReactivated = _monthChurned = 0;
        _monthNormContacts = 0;
    }

    /// <summary>
    /// Manager turnover at month end (seed 003): each manager in post leaves with the attrition probability; a share of
    /// the clients it won itself and still holds leave with it (stickiness as risk), a smaller share of its other clients
    /// too; the rest stay with the empty seat (not worked) until the replacement starts after the hiring delay and ramps
    /// up. Returns the hiring cost booked.
    /// </summary>
    private decimal Turnover(int lastWeek)
    {
        var o = _s.Organisation;
        var cost = 0m;
        for (var m = 0; m < _m.Count; m++)
        {
            if (_m.IsVacant(m, lastWeek) || !_organisation.Chance(o.ManagerAttritionMonthly))
            {
                continue;
            }

            _managersLeft++;
            cost += o.HiringCost;
            _m.VacantUntil[m] = lastWeek + 1 + o.HiringDelayWeeks;
            for (var n = _c.ActiveCount - 1; n >= 0; n--)
            {
                var i = _c.ActiveList[n];
                if (_c.Owner[i] != m)
                {
                    continue;
                }

                var sticky = _c.Acquirer[i] == m;
                var leaves = Keyed(OrganisationStream, i, lastWeek);
                if (leaves.Chance(sticky ? o.StickyClientsLeaving : o.OtherClientsLeaving))
                {
                    _lostWithManager++;
                    Lose(i);
                }
                else if (sticky)
                {
                    _c.Acquirer[i] = -1;
                }
            }
        }

        return cost;
    }

    /// <summary>
    /// Books the month for the bonus program: the revenue of clients inside their activation window (first month plus
    /// renewal months) and each manager's assigned-client revenue; evaluated with the library at the end of the run.
    /// </summary>
    private void BookBonuses(int month)
    {
        if (_plan.TracksActivations)
        {
            for (var i = 0; i < _c.Count; i++)
            {
                var start = _c.BonusMonth[i];
                if (start < 0)
                {
                    continue;
                }

                if (_c.RevenueThisMonth[i] != 0)
                {
                    _books.WindowSales.Add((i, _c.BonusManager[i], month, Cents.ToAmount(_c.RevenueThisMonth[i])));
                }

                if (month - start >= _plan.WindowMonths)
                {
                    _c.BonusMonth[i] = -1;
                }
            }
        }

        for (var m = 0; m < _m.Count; m++)
        {
            var owned = Cents.ToAmount(_m.OwnedRevenue[m]);
            _commissionBase += owned;
            _books.OwnedRevenue[(m * _plan.Months) + month] = owned;
            _m.LastOwnedRevenue[m] = owned;
            _m.OwnedRevenue[m] = 0;
        }
    }

    /// <summary>Evaluates the program over the whole run and fills the payout series (see <see cref="PayoutEvaluation"/>).</summary>
    private PayoutFigures SettlePayouts()
    {
        var figures = PayoutEvaluation.Evaluate(_plan.Schemes, _s.Bonus.ClawbackMonths, _books);
        var revenue = _series[(int)Metric.Revenue];
        var salaries = _series[(int)Metric.SalaryCost];
        for (var month = 0; month < _plan.Months; month++)
        {
            var payout = figures.Payout[month];
            Record(Metric.BonusPayout, month, payout);
            Record(Metric.PayoutRatio, month, revenue[month] == 0m ? 0m : Math.Round(payout / revenue[month], 6));
            Record(Metric.Profit, month, Math.Round(revenue[month] * _s.GrossMargin, 2) - salaries[month] - payout
                - _series[(int)Metric.HiringCost][month] - _series[(int)Metric.TraineeCost][month]);
            Record(Metric.UpfrontPaid, month, figures.UpfrontPaid[month]);
            Record(Metric.UpfrontClawedBack, month, figures.UpfrontClawedBack[month]);
        }

        return figures;
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
        var h = _c.HistoryMonths;
        Span<int> slots = stackalloc int[h]; // slots[j]: the ring-buffer slot of month − j
        for (var j = 0; j < h; j++)
        {
            slots[j] = Slot(month - j);
        }

        for (var n = 0; n < active; n++)
        {
            if (n + Prefetch.Distance < active)
            {
                AheadOfHistory(_c.ActiveList[n + Prefetch.Distance]);
            }

            var row = _c.History.AsSpan(_c.ActiveList[n] * h, h);
            var sum = 0L;
            for (var j = 0; j < f.AbcWindowMonths; j++)
            {
                sum += row[slots[j]];
            }

            _abcValues[n] = sum;
        }

        // The library's classes by value (a client's class does not depend on its id), in active-list order.
        var classes = AbcAnalysis.ClassesOf(_abcValues.AsSpan(0, active));
        var aCount = 0;
        for (var n = 0; n < active; n++)
        {
            _c.Abc[_c.ActiveList[n]] = (byte)classes[n];
            aCount += classes[n] == AbcClass.A ? 1 : 0;
        }

        Span<int> buckets = stackalloc int[10];
        var xCount = 0;
        for (var n = 0; n < active; n++)
        {
            if (n + Prefetch.Distance < active)
            {
                AheadOfHistory(_c.ActiveList[n + Prefetch.Distance]);
                Prefetch.Element(_c.AcquiredWeek, _c.ActiveList[n + Prefetch.Distance]);
            }

            var i = _c.ActiveList[n];
            var sinceWon = month - MonthOf(_c.AcquiredWeek[i]) + 1;
            var length = Math.Clamp(sinceWon, 1, f.XyzWindowMonths);
            var row = _c.History.AsSpan(i * h, h);
            for (var j = 0; j < length; j++)
            {
                _window[length - 1 - j] = row[slots[j]];
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
        var week = _plan.MonthStartWeek[month + 1] - 1; // the last week of the month just ended
        var count = 0;
        var lapsed = 0;
        Array.Clear(_m.ListEntries);
        _ownerlessEntries = 0;
        Array.Clear(_m.LostEntries);
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
                var owner = IsKeeper(_c.Owner[i]) ? _c.Owner[i] : -1;
                if (owner >= 0)
                {
                    _m.ListEntries[owner]++;
                    _m.LostEntries[owner] += isLapsed ? 0 : 1;
                }
                else
                {
                    _ownerlessEntries++;
                }
            }
        }

        Array.Sort(_sortKeys, _reactivationList, 0, count);
        _reactivationCount = count;
        if (month >= 0)
        {
            Record(Metric.LapsedClients, month, lapsed);
        }
    }

    /// <summary>Asks for client <paramref name="i"/>'s row of the revenue history (one hint per cache line).</summary>
    private void AheadOfHistory(int i)
    {
        var h = _c.HistoryMonths;
        for (var j = 0; j < h; j += 8)
        {
            Prefetch.Element(_c.History, (i * h) + j);
        }

        Prefetch.Element(_c.History, (i * h) + h - 1);
    }

    private int PlanBucket(int i) => (_c.Abc[i] * 3) + (2 - _c.Xyz[i]);

    /// <summary>The client's ABC × XYZ cell, index abc × 3 + xyz.</summary>
    private int Cell(int i) => (_c.Abc[i] * 3) + _c.Xyz[i];

    private int Slot(int month) => ((month % _c.HistoryMonths) + _c.HistoryMonths) % _c.HistoryMonths;

    /// <summary>The month of a week; far in the past for a week before the horizon (an initial client).</summary>
    private int MonthOf(int week)
        => week < 0 ? int.MinValue / 4 : week < _plan.Weeks ? _plan.MonthOfWeek[week] : _plan.Months;
}
