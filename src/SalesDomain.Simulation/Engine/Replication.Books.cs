using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// The business books of a replication (docs/simulator.md in the repository, "Business figures"): each manager's salary split over its
/// activities by the hours it spent on them, revenue by the channel that brought the client, per-manager hours and norm
/// compliance.
/// </summary>
internal sealed partial class Replication
{
    // Per manager: hours available, norm client-months and compliant client-months (index manager × count + figure).
    private const int ManagerFigureCount = 3;
    private const int AvailableHoursFigure = 0;
    private const int NormedClientMonths = 1;
    private const int CompliantClientMonths = 2;

    private readonly Int128[] _revenueByOrigin;
    private readonly double[] _managerFigures;
    private readonly double[] _hoursAtMonthStart;
    private readonly decimal[] _activityCost = new decimal[ManagerTable.Activities];
    private readonly long[] _clientMonths = new long[3];
    private decimal _commissionBase;

    /// <summary>
    /// Splits each manager's salary of the month over hunting, farming and reactivation by the hours spent on each this
    /// month (a month without any activity books its salary to none of them), and counts the hours available.
    /// </summary>
    private void BookManagerMonth()
    {
        var weeks = _plan.MonthStartWeek[_month + 1] - _plan.MonthStartWeek[_month];
        var lastWeek = _plan.MonthStartWeek[_month + 1] - 1;
        for (var m = 0; m < _m.Count; m++)
        {
            var at = m * ManagerTable.Activities;
            var total = 0.0;
            for (var a = 0; a < ManagerTable.Activities; a++)
            {
                total += _m.HoursUsed[at + a] - _hoursAtMonthStart[at + a];
            }

            var salary = _m.IsVacant(m, lastWeek) ? 0m : _m.Salary[m];
            for (var a = 0; a < ManagerTable.Activities; a++)
            {
                var spent = _m.HoursUsed[at + a] - _hoursAtMonthStart[at + a];
                _activityCost[a] += total > 0 ? salary * (decimal)(spent / total) : 0m;
                _hoursAtMonthStart[at + a] = _m.HoursUsed[at + a];
            }

            _managerFigures[(m * ManagerFigureCount) + AvailableHoursFigure] += _m.Spec[m].CapacityHours * weeks;
        }
    }

    private ManagerLedger[] ManagerLedgers()
    {
        var ledgers = new ManagerLedger[_m.Count];
        for (var m = 0; m < _m.Count; m++)
        {
            var at = m * ManagerTable.Activities;
            var normed = _managerFigures[(m * ManagerFigureCount) + NormedClientMonths];
            ledgers[m] = new ManagerLedger
            {
                Group = _m.Spec[m].Name,
                Role = _m.Role[m],
                AvailableHours = Math.Round((decimal)_managerFigures[(m * ManagerFigureCount) + AvailableHoursFigure], 2),
                HuntingHours = Math.Round((decimal)_m.HoursUsed[at + ManagerTable.Hunting], 2),
                FarmingHours = Math.Round((decimal)_m.HoursUsed[at + ManagerTable.Farming], 2),
                ReactivationHours = Math.Round((decimal)_m.HoursUsed[at + ManagerTable.Reactivation], 2),
                FinalClients = _m.Clients[m],
                NormCompliance = normed == 0 ? null : Math.Round((decimal)(_managerFigures[(m * ManagerFigureCount) + CompliantClientMonths] / normed), 6),
            };
        }

        return ledgers;
    }
}
