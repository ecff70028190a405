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
    /// while the client is behind its norm (the library's <c>ContactNorms</c> for its ABC × XYZ cell) pro rata to the
    /// week of the month and the keeper has farming hours left. A contact is a meeting while the keeper has meetings left
    /// and the client is A or B, else a call. Farming hours left after the norms go to development contacts (up to twice
    /// the norm, same order); whatever is still left goes to the reactivation list and then, for generalists, to hunting.
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
            SpillFarming();
            return;
        }

        if (ContactPass(week, due, development: false) > 0)
        {
            ContactPass(week, due, development: true);
        }

        SpillFarming();
    }

    /// <summary>One pass over the contact plan; returns the keepers with farming hours left for at least a call.</summary>
    private int ContactPass(int week, Span<int> due, bool development)
    {
        var busy = 0;
        foreach (var k in _m.Keepers)
        {
            busy += _m.LeftFor(k, ManagerTable.Farming) >= _m.Spec[k].CallHours ? 1 : 0;
        }

        for (var n = 0; n < _contactOrderCount && busy > 0; n++)
        {
            if (n + Prefetch.Distance < _contactOrderCount)
            {
                AheadOfContact(_contactOrder[n + Prefetch.Distance]);
            }

            var i = _contactOrder[n];
            var owner = _c.Owner[i];
            var target = due[Cell(i)] * (development ? 2 : 1);
            if (_c.Status[i] != ClientStatus.Active || !IsKeeper(owner) || _c.ContactsThisMonth[i] >= target)
            {
                continue;
            }

            var spec = _m.Spec[owner];
            var left = _m.LeftFor(owner, ManagerTable.Farming);
            var meeting = _c.Abc[i] < 2 && _m.MeetingsLeft[owner] > 0 && left >= spec.MeetingHours;
            var hours = meeting ? spec.MeetingHours : spec.CallHours;
            if (left < hours)
            {
                continue;
            }

            _m.Spend(owner, ManagerTable.Farming, hours);
            _m.MeetingsLeft[owner] -= meeting ? 1 : 0;
            busy -= _m.LeftFor(owner, ManagerTable.Farming) < spec.CallHours ? 1 : 0;
            Contact(i, week, meeting);
            _c.ContactsThisMonth[i]++;
            _normContacts++;
            _monthNormContacts++;
        }

        return busy;
    }

    /// <summary>Asks for the fields <see cref="ContactPass"/> reads of client <paramref name="i"/>.</summary>
    private void AheadOfContact(int i)
    {
        Prefetch.Element(_c.Status, i);
        Prefetch.Element(_c.Owner, i);
        Prefetch.Element(_c.Abc, i);
        Prefetch.Element(_c.Xyz, i);
        Prefetch.Element(_c.ContactsThisMonth, i);
    }

    private void SpillFarming()
    {
        for (var m = 0; m < _m.Count; m++)
        {
            _m.Spill(m, ManagerTable.Farming, ManagerTable.Reactivation);
        }
    }

    /// <summary>
    /// The reactivation list (seed 002), ordered by potential descending, is worked once a month per client: by its owner
    /// when the owner is a keeper with hours left, otherwise by any assistant with hours left. A lapsed active client gets
    /// a call; a lost client is won back with the worker's reactivation conversion.
    /// </summary>
    private void WorkReactivationList(int week, int month)
    {
        // Entries worked this month are dropped from the list as the pass goes (the rest keep their order; the list is
        // rebuilt at month end), and the pass stops once no keeper or assistant has a call's hours left: the entries it
        // would still visit could not be worked, so both only save time.
        var workers = 0;
        for (var m = 0; m < _m.Count; m++)
        {
            workers += (_m.Keeps(m) || _m.Role[m] == ManagerRole.Assistant) && _m.LeftFor(m, ManagerTable.Reactivation) >= _m.Spec[m].CallHours ? 1 : 0;
        }

        var kept = 0;
        var n = 0;
        for (; n < _reactivationCount && workers > 0; n++)
        {
            var i = _reactivationList[n];
            if (_c.ReactivationMonth[i] == month || _c.Status[i] == ClientStatus.Potential)
            {
                continue;
            }

            var worker = Worker(_c.Owner[i]);
            if (worker < 0)
            {
                _reactivationList[kept++] = i;
                continue;
            }

            _m.Spend(worker, ManagerTable.Reactivation, _m.Spec[worker].CallHours);
            workers -= _m.LeftFor(worker, ManagerTable.Reactivation) < _m.Spec[worker].CallHours ? 1 : 0;
            _c.ReactivationMonth[i] = month;
            _reactivationContacts++;
            if (_c.Status[i] == ClientStatus.Active)
            {
                Contact(i, week, meeting: false);
                continue;
            }

            if (_behaviour.Chance(WinBack(worker, i, week)))
            {
                var owner = IsKeeper(_c.Owner[i]) ? _c.Owner[i] : FewestClients(_m.Keepers);
                Activate(i, owner, week);
                _c.AcquiredWeek[i] = week;
                Purchase(i, Cents.Of(MonthlySpend(i) * _s.Clients.FirstOrderMonths * FirstOrderNoise(i, week)), week);
                _c.Origin[i] = WonBackOrigin;
                _reactivated++;
                _monthReactivated++;
            }
        }

        var rest = _reactivationCount - n;
        Array.Copy(_reactivationList, n, _reactivationList, kept, rest);
        _reactivationCount = kept + rest;
        for (var m = 0; m < _m.Count; m++)
        {
            _m.Spill(m, ManagerTable.Reactivation, ManagerTable.Hunting);
        }
    }

    /// <summary>
    /// Win-back probability of lost client <paramref name="i"/> called by <paramref name="worker"/>: skill × ramp-up ×
    /// 0.5^(months since the loss ÷ half-life).
    /// </summary>
    private double WinBack(int worker, int i, int week)
    {
        var months = (week - _c.LostWeek[i]) / SimulationPlan.WeeksPerMonth;
        return _m.Spec[worker].Skill.Reactivation * _m.Ramp(worker, week, _s.Organisation.RampUpWeeks)
            * WinBackCurve(months, _s.Clients.WinBackHalfLifeMonths);
    }

    /// <summary>The win-back curve: 0.5^(months since the loss ÷ half-life), 1 at the loss; 1 throughout when the half-life is 0.</summary>
    internal static double WinBackCurve(double monthsSinceLoss, double halfLifeMonths)
        => halfLifeMonths > 0 ? Math.Pow(0.5, Math.Max(0, monthsSinceLoss) / halfLifeMonths) : 1;

    private int Worker(int owner)
    {
        if (IsKeeper(owner) && _m.LeftFor(owner, ManagerTable.Reactivation) >= _m.Spec[owner].CallHours)
        {
            return owner;
        }

        foreach (var a in _m.Assistants)
        {
            if (_m.LeftFor(a, ManagerTable.Reactivation) >= _m.Spec[a].CallHours)
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>
    /// Hunters, and generalists with their hunting hours (and any farming and reactivation hours left over), work the
    /// active funnel (seed 001): calls → meetings → productive meetings → deals, limited by the hunting hours the
    /// manager's choice gave this week; the manager's screening lowers the deal conversion (it drops would-be refusers).
    /// Each deal wins a random client of the potential pool (none once the market is exhausted). The head joins some
    /// closings (<see cref="HeadClosings"/>), which then convert with its lift; with a size elasticity the prospect is
    /// chosen per productive meeting and its size scales the conversion (<see cref="CloseEach"/>).
    /// </summary>
    private void Hunt(int week, int month)
    {
        var quality = LeadQuality();
        var booked = Booked();
        var acquirers = _m.Acquirers.Length;
        var head = HeadClosings();
        var headLeft = 0;
        for (var n = 0; n < acquirers; n++)
        {
            var m = _m.Acquirers[n];
            var spec = _m.Spec[m];
            var skill = spec.Skill;

            // Meetings the trainees booked for this manager come first: they cost only the meeting.
            var mine = (booked / acquirers) + (n < booked % acquirers ? 1 : 0);
            var bookedMeetings = spec.MeetingHours > 0 ? Math.Min(mine, (int)Math.Floor(Math.Max(0, _m.LeftFor(m, ManagerTable.Hunting)) / spec.MeetingHours)) : mine;
            _m.Spend(m, ManagerTable.Hunting, bookedMeetings * spec.MeetingHours);
            var costPerCall = spec.CallHours + (skill.CallToMeeting * spec.MeetingHours);
            var calls = (int)Math.Floor(Math.Max(0, _m.LeftFor(m, ManagerTable.Hunting)) / costPerCall);
            var meetings = _acquisition.Binomial(calls, skill.CallToMeeting);
            var productive = _acquisition.Binomial(meetings + bookedMeetings, skill.MeetingToProductive);
            var oneOff = _m.OneOff[m];
            var conversion = skill.ProductiveToDeal * _m.DealFactor[m] * quality * _m.Ramp(m, week, _s.Organisation.RampUpWeeks) * (1 + oneOff);
            _m.Spend(m, ManagerTable.Hunting, (calls * spec.CallHours) + (meetings * spec.MeetingHours));

            // The head's closings of the week, shared round-robin (the extra one rotating with the week); an
            // acquirer's unused share passes to the next.
            var joined = 0;
            if (head > 0)
            {
                headLeft += (head / acquirers) + ((((n - week) % acquirers) + acquirers) % acquirers < head % acquirers ? 1 : 0);
                joined = Math.Min(productive, headLeft);
                headLeft -= joined;
                _headClosings += joined;
            }

            if (_s.Behaviour.ProspectSizeElasticity != 0)
            {
                CloseEach(m, productive, joined, conversion, week, month);
                continue;
            }

            var deals = _acquisition.Binomial(productive - joined, Math.Min(1, conversion)) + HeadDeals(joined, conversion, 1);
            for (var d = 0; d < deals; d++)
            {
                if (_c.PotentialCount == 0)
                {
                    _withoutMarket++;
                    continue;
                }

                var trial = oneOff > 0 && _acquisition.Chance(oneOff / (1 + oneOff));
                Win(ChooseProspect(m), m, week, month, trial);
            }
        }
    }

    /// <summary>
    /// Closings the head can join this week: ⌊head hours ÷ hours per closing⌋ (0 when its time is not modelled). The
    /// closings are shared over the acquirers in the order of the sales force, an equal share each, the remainder one
    /// each to the acquirers from position (week mod acquirers) on; an acquirer with fewer productive meetings than its
    /// share passes the rest to the next acquirer (the head does not go back to an earlier one).
    /// </summary>
    private int HeadClosings()
    {
        var o = _s.Organisation;
        return o.HeadHoursPerWeek > 0 && _m.Acquirers.Length > 0 ? (int)Math.Floor((o.HeadHoursPerWeek / o.HeadHoursPerClosing) + 1e-9) : 0;
    }

    /// <summary>
    /// Deals of <paramref name="joined"/> closings the head joins at a base conversion <paramref name="conversion"/> ×
    /// <paramref name="size"/>: one uniform each, a deal when it falls below min(1, conversion × size × lift). The same
    /// uniforms decide the closing without the head (below min(1, conversion × size)), so the deals the head brings
    /// (or costs, with a lift below 1) are counted exactly; with lift 1 the draws and deals are those without the head.
    /// </summary>
    private int HeadDeals(int joined, double conversion, double size)
    {
        if (joined <= 0 || conversion <= 0)
        {
            return 0;
        }

        var p = Math.Min(1, conversion * size);
        var lifted = Math.Min(1, conversion * size * _s.Organisation.HeadClosingLift);
        var deals = 0;
        for (var k = 0; k < joined; k++)
        {
            var u = _acquisition.NextDouble();
            deals += u < lifted ? 1 : 0;
            _headExtraDeals += (u < lifted ? 1 : 0) - (u < p ? 1 : 0);
        }

        _headDeals += deals;
        return deals;
    }

    /// <summary>
    /// The potential at which a prospect keeps the base conversion when its size moves the conversion: the median
    /// potential × (the initial pool's mean of (potential ÷ median)^−elasticity)^(−1 ÷ elasticity), so that a prospect drawn
    /// at random from the initial pool converts at the base rate on average (without it a log-normal pool would raise the
    /// average conversion by exp(elasticity² σ² ÷ 2)); the median itself with elasticity 0 or an empty pool.
    /// </summary>
    private static double SizeReference(ClientTable c, double elasticity, double median)
    {
        if (elasticity == 0 || c.PotentialCount == 0)
        {
            return median;
        }

        var sum = 0.0;
        for (var n = 0; n < c.PotentialCount; n++)
        {
            sum += Math.Pow(c.Potential[c.PotentialList[n]] / median, -elasticity);
        }

        return median * Math.Pow(sum / c.PotentialCount, -1 / elasticity);
    }

    /// <summary>
    /// The closings of manager <paramref name="m"/> when the prospect's size moves the conversion
    /// (<c>prospectSizeElasticity</c> ≠ 0): for each productive meeting (those the head joins last) the prospect is chosen
    /// first (<see cref="ChooseProspect"/>), then the deal is drawn with probability min(1, conversion × (potential ÷
    /// reference)^−elasticity), × the head's lift when it joins (the reference: <see cref="SizeReference"/>). Once the
    /// pool is empty a meeting's deal finds no client.
    /// </summary>
    private void CloseEach(int m, int productive, int joined, double conversion, int week, int month)
    {
        if (conversion <= 0)
        {
            return;
        }

        var elasticity = _s.Behaviour.ProspectSizeElasticity;
        var oneOff = _m.OneOff[m];
        for (var k = 0; k < productive; k++)
        {
            var withHead = k >= productive - joined;
            if (_c.PotentialCount == 0)
            {
                var deal = withHead ? HeadDeals(1, conversion, 1) : (_acquisition.Chance(Math.Min(1, conversion)) ? 1 : 0);
                _withoutMarket += deal;
                continue;
            }

            var i = ChooseProspect(m);
            var size = Math.Pow(_c.Potential[i] / _sizeReference, -elasticity);
            var won = withHead ? HeadDeals(1, conversion, size) == 1 : _acquisition.Chance(Math.Min(1, conversion * size));
            if (won)
            {
                var trial = oneOff > 0 && _acquisition.Chance(oneOff / (1 + oneOff));
                Win(i, m, week, month, trial);
            }
        }
    }

    /// <summary>Meetings the trainees' block-1 cold calls book this week (seeds 001, 003).</summary>
    private int Booked()
    {
        var o = _s.Organisation;
        return o.Trainees == 0 || _m.Acquirers.Length == 0 ? 0 : _acquisition.Binomial(o.Trainees * o.TraineeCallsPerWeek, o.TraineeCallToMeeting);
    }

    /// <summary>
    /// The prospect a deal of manager <paramref name="m"/> wins: of <c>candidatesPerDeal</c> random clients of the pool,
    /// the one with the best <see cref="Behaviour.IncentiveModel.ProspectScore"/> (the first drawn when no pay depends
    /// on the prospect).
    /// </summary>
    private int ChooseProspect(int m)
    {
        var best = _c.PotentialList[_acquisition.NextInt(_c.PotentialCount)];
        var k = _s.Behaviour.CandidatesPerDeal;
        if (k <= 1 || (!_plan.ActivationOn && _m.PayPerSpend[m] <= 0))
        {
            return best;
        }

        var wallet = _s.Clients.InitialWalletShare;
        var median = (double)_s.Population.MedianMonthlyPotential;
        var bestScore = Score(best);
        for (var n = 1; n < k; n++)
        {
            var i = _c.PotentialList[_acquisition.NextInt(_c.PotentialCount)];
            var score = Score(i);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;

        double Score(int i) => Behaviour.IncentiveModel.ProspectScore(
            _plan.ActivationAmounts[_c.Channel[i]], _m.PayPerSpend[m], _c.Potential[i] * wallet, _c.Potential[i] / median, _s.Behaviour);
    }

    private void Win(int i, int m, int week, int month, bool oneOff)
    {
        _c.RemovePotential(i);
        _c.Acquirer[i] = m;
        _c.WalletShare[i] = _s.Clients.InitialWalletShare;
        _c.Origin[i] = HuntedOrigin;
        Activate(i, m, week);
        _c.AcquiredWeek[i] = week;
        _wonPotential += _c.Potential[i];
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
        if (refusal.Chance(_m.Refusal[m]))
        {
            _c.RefusalWeek[i] = week + SimulationPlan.FirstRefusalWeek + refusal.NextInt(SimulationPlan.RefusalWeeks);
        }
        else if (refusal.Chance(_s.Clients.DowngradeShare))
        {
            _c.DowngradeWeek[i] = week + SimulationPlan.FirstRefusalWeek + refusal.NextInt(9);
        }

        if (oneOff)
        {
            // A one-off trial order: the client buys once and leaves the next week.
            _c.RefusalWeek[i] = week + 1;
            _c.DowngradeWeek[i] = -1;
            _oneOffs++;
        }

        if (_plan.TracksActivations)
        {
            _c.BonusMonth[i] = month;
            _c.BonusManager[i] = m;
            _books.Activations.Add((i, m, month));
        }

        _monthAcquired++;
        var order = MonthlySpend(i) * _s.Clients.FirstOrderMonths * (1 + _m.FrontLoad[m]) * FirstOrderNoise(i, week);
        var minimum = (double)_s.Bonus.ActivationMinimumVolume;
        if (_plan.ActivationOn && minimum > 0 && order < minimum && order >= minimum * (1 - _s.Behaviour.ThresholdReach))
        {
            // Threshold gaming: a first order just short of the activation minimum is padded to just above it.
            order = minimum * 1.01;
            _thresholdPadded++;
        }

        Purchase(i, Cents.Of(order), week);
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
