using SalesDomain.Model;

namespace SalesDomain.Simulation.Engine;

/// <summary>The managers' weekly work: contact norms, the reactivation list, the active funnel (DOMAIN.md §3, §4, §7).</summary>
internal sealed partial class Replication
{
    private readonly int[] _contactOrder;
    private readonly int[] _reactivationList;
    private int _contactOrderCount, _reactivationCount;

    /// <summary>
    /// Keepers (farmers, generalists) contact their own active clients in the monthly plan order (A before B before C)
    /// while the client is behind its norm (the library's <c>ContactNorms</c> for its ABC × XYZ cell) pro rata to the week of the month and the keeper has hours left. A contact is
    /// a meeting while the keeper has meetings left and the client is A or B, else a call. Routine comes first, so a
    /// generalist's acquisition gets only the remainder (seed 003).
    /// </summary>
    private void WorkContactNorms(int week, int weekOfMonth, int weeksInMonth)
    {
        Span<int> due = stackalloc int[9];
        var anyDue = 0;
        for (var cell = 0; cell < due.Length; cell++)
        {
            anyDue |= due[cell] = (_plan.NormByCell[cell] * (weekOfMonth + 1) + weeksInMonth - 1) / weeksInMonth;
        }

        if (_m.Keepers.Length == 0 || anyDue == 0)
        {
            return;
        }

        var busy = 0;
        foreach (var k in _m.Keepers)
        {
            busy += _m.HoursLeft[k] >= _m.Spec[k].CallHours ? 1 : 0;
        }

        for (var n = 0; n < _contactOrderCount && busy > 0; n++)
        {
            var i = _contactOrder[n];
            var owner = _c.Owner[i];
            if (_c.Status[i] != ClientStatus.Active || !IsKeeper(owner) || _c.ContactsThisMonth[i] >= due[Cell(i)])
            {
                continue;
            }

            var spec = _m.Spec[owner];
            var meeting = _c.Abc[i] < 2 && _m.MeetingsLeft[owner] > 0 && _m.HoursLeft[owner] >= spec.MeetingHours;
            var hours = meeting ? spec.MeetingHours : spec.CallHours;
            if (_m.HoursLeft[owner] < hours)
            {
                continue;
            }

            _m.HoursLeft[owner] -= hours;
            _m.MeetingsLeft[owner] -= meeting ? 1 : 0;
            busy -= _m.HoursLeft[owner] < spec.CallHours ? 1 : 0;
            Contact(i, week, meeting);
            _c.ContactsThisMonth[i]++;
            _normContacts++;
            _monthNormContacts++;
        }
    }

    /// <summary>
    /// The reactivation list (seed 002), ordered by potential descending, is worked once a month per client: by its owner
    /// when the owner is a keeper with hours left, otherwise by any assistant with hours left. A lapsed active client gets
    /// a call; a lost client is won back with the worker's reactivation conversion.
    /// </summary>
    private void WorkReactivationList(int week, int month)
    {
        for (var n = 0; n < _reactivationCount; n++)
        {
            var i = _reactivationList[n];
            if (_c.ReactivationMonth[i] == month || _c.Status[i] == ClientStatus.Potential)
            {
                continue;
            }

            var worker = Worker(_c.Owner[i]);
            if (worker < 0)
            {
                continue;
            }

            _m.HoursLeft[worker] -= _m.Spec[worker].CallHours;
            _c.ReactivationMonth[i] = month;
            _reactivationContacts++;
            if (_c.Status[i] == ClientStatus.Active)
            {
                Contact(i, week, meeting: false);
                continue;
            }

            if (_behaviour.Chance(_m.Spec[worker].Skill.Reactivation))
            {
                var owner = IsKeeper(_c.Owner[i]) ? _c.Owner[i] : FewestClients(_m.Keepers);
                Activate(i, owner, week);
                _c.AcquiredWeek[i] = week;
                Purchase(i, Money(MonthlySpend(i) * _s.Clients.FirstOrderMonths * FirstOrderNoise(i, week)), week);
                _reactivated++;
                _monthReactivated++;
            }
        }
    }

    private int Worker(int owner)
    {
        if (IsKeeper(owner) && _m.HoursLeft[owner] >= _m.Spec[owner].CallHours)
        {
            return owner;
        }

        foreach (var a in _m.Assistants)
        {
            if (_m.HoursLeft[a] >= _m.Spec[a].CallHours)
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>
    /// Hunters, and generalists with the hours routine left, work the active funnel (seed 001): calls → meetings →
    /// productive meetings → deals, limited by hours and the weekly meeting norm; each deal wins a random client of the
    /// potential pool (none once the market is exhausted).
    /// </summary>
    private void Hunt(int week, int month)
    {
        foreach (var m in _m.Acquirers)
        {
            var spec = _m.Spec[m];
            var skill = spec.Skill;
            var costPerCall = spec.CallHours + (skill.CallToMeeting * spec.MeetingHours);
            var byHours = (int)Math.Floor(Math.Max(0, _m.HoursLeft[m]) / costPerCall);
            var byNorm = skill.CallToMeeting > 0 ? (int)Math.Ceiling(_m.MeetingsLeft[m] / skill.CallToMeeting) : byHours;
            var calls = Math.Min(byHours, byNorm);
            var meetings = Math.Min(_acquisition.Binomial(calls, skill.CallToMeeting), _m.MeetingsLeft[m]);
            var productive = _acquisition.Binomial(meetings, skill.MeetingToProductive);
            var deals = _acquisition.Binomial(productive, Math.Min(1, skill.ProductiveToDeal * _plan.DealFactor));
            _m.HoursLeft[m] -= (calls * spec.CallHours) + (meetings * spec.MeetingHours);
            _m.MeetingsLeft[m] -= meetings;
            for (var d = 0; d < deals; d++)
            {
                if (_c.PotentialCount == 0)
                {
                    _withoutMarket++;
                    continue;
                }

                Win(_c.PotentialList[_acquisition.NextInt(_c.PotentialCount)], m, week, month);
            }
        }
    }

    private void Win(int i, int m, int week, int month)
    {
        _c.RemovePotential(i);
        _c.Acquirer[i] = m;
        _c.WalletShare[i] = Math.Min(1, _s.Clients.InitialWalletShare * _plan.FirstDealFactor);
        Activate(i, m, week);
        _c.AcquiredWeek[i] = week;
        if (_m.Role[m] == ManagerRole.Hunter)
        {
            _byHunters++;
            _c.HandOverWeek[i] = _plan.HasFarmers && _s.Farming.HandOverAfterWeeks >= 0 ? week + _s.Farming.HandOverAfterWeeks : -1;
        }
        else
        {
            _byGeneralists++;
        }

        var refusal = Keyed(RefusalStream, i, week);
        if (refusal.Chance(_m.EarlyRefusal[m] * _plan.RefusalFactor))
        {
            _c.RefusalWeek[i] = week + 4 + refusal.NextInt(17);
        }

        if (_plan.TracksActivations)
        {
            _c.BonusMonth[i] = month;
            _c.BonusManager[i] = m;
            _books.Activations.Add((i, m, month));
        }

        _monthAcquired++;
        Purchase(i, Money(MonthlySpend(i) * _s.Clients.FirstOrderMonths * FirstOrderNoise(i, week)), week);
    }

    private void Contact(int i, int week, bool meeting)
    {
        _c.LastContactWeek[i] = week;
        _c.RecentContacts[i] += 1;
        _c.Development[i] = Math.Min(1, _c.Development[i] + (_s.Clients.DevelopmentPerContact * (meeting ? 2 : 1)));
    }

    /// <summary>The manager among <paramref name="candidates"/> with the fewest active clients (lowest index on ties); -1 if none.</summary>
    private int FewestClients(int[] candidates)
    {
        var best = -1;
        foreach (var k in candidates)
        {
            if (best < 0 || _m.Clients[k] < _m.Clients[best])
            {
                best = k;
            }
        }

        return best;
    }
}
