using SalesDomain.Funnels;
using SalesDomain.Model;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Engine;

/// <summary>The individual managers of a scenario (its groups expanded), as parallel arrays; per-week budgets included.</summary>
internal sealed class ManagerTable
{
    public ManagerTable(IReadOnlyList<ManagerSpec> groups)
    {
        var members = new List<(ManagerSpec Spec, double Refusal)>();
        foreach (var g in groups)
        {
            for (var k = 0; k < g.Count; k++)
            {
                var t = g.Count == 1 ? 0.5 : (double)k / (g.Count - 1);
                members.Add((g, g.EarlyRefusalShareMin + (t * (g.EarlyRefusalShareMax - g.EarlyRefusalShareMin))));
            }
        }

        Count = members.Count;
        Role = [.. members.Select(m => m.Spec.Role)];
        Spec = [.. members.Select(m => m.Spec)];
        EarlyRefusal = [.. members.Select(m => m.Refusal)];
        MeetingsPerWeek = [.. members.Select(m => m.Spec.MeetingsPerWeek > 0 ? m.Spec.MeetingsPerWeek : DefaultMeetings(m.Spec.Role))];
        Salary = [.. members.Select(m => m.Spec.MonthlySalary)];
        HoursLeft = new double[Count];
        Budget = new double[Count * Activities];
        Left = new double[Count * Activities];
        HoursUsed = new double[Count * Activities];
        Selectivity = new double[Count];
        FrontLoad = new double[Count];
        DealFactor = [.. Enumerable.Repeat(1.0, Count)];
        Refusal = [.. EarlyRefusal];
        LastOwnedRevenue = new decimal[Count];
        ListEntries = new int[Count];
        HiredWeek = [.. Enumerable.Repeat(int.MinValue / 2, Count)];
        VacantUntil = [.. Enumerable.Repeat(-1, Count)];
        OneOff = new double[Count];
        PayPerSpend = new double[Count];
        LostEntries = new int[Count];
        MeetingsLeft = new int[Count];
        Clients = new int[Count];
        OwnedRevenue = new Int128[Count];
        Farmers = [.. Enumerable.Range(0, Count).Where(i => Role[i] == ManagerRole.Farmer)];
        Assistants = [.. Enumerable.Range(0, Count).Where(i => Role[i] == ManagerRole.Assistant)];
        Acquirers = [.. Enumerable.Range(0, Count).Where(i => Role[i] is ManagerRole.Hunter or ManagerRole.Generalist)];
        Keepers = [.. Enumerable.Range(0, Count).Where(i => Role[i] is ManagerRole.Farmer or ManagerRole.Generalist)];
    }

    public int Count { get; }

    public ManagerRole[] Role { get; }

    public ManagerSpec[] Spec { get; }

    /// <summary>Share of this manager's new clients who refuse within the bonus window before any bonus response.</summary>
    public double[] EarlyRefusal { get; }

    public int[] MeetingsPerWeek { get; }

    public decimal[] Salary { get; }

    public double[] HoursLeft { get; }

    public int[] MeetingsLeft { get; }

    /// <summary>Activities with an hour budget: hunting, farming, reactivation (index manager × 3 + activity).</summary>
    public const int Activities = 3;

    /// <summary>Activity index of hunting in <see cref="Budget"/>, <see cref="Left"/> and <see cref="HoursUsed"/>.</summary>
    public const int Hunting = 0;

    /// <summary>Activity index of farming (contact norms and development contacts).</summary>
    public const int Farming = 1;

    /// <summary>Activity index of the reactivation list.</summary>
    public const int Reactivation = 2;

    /// <summary>Weekly hours the manager's choice gives each activity this month (<see cref="Behaviour.IncentiveModel"/>).</summary>
    public double[] Budget { get; }

    /// <summary>Hours left this week per activity; unused farming hours go to reactivation, then to hunting.</summary>
    public double[] Left { get; }

    /// <summary>Hours spent per activity over the run.</summary>
    public double[] HoursUsed { get; }

    /// <summary>Share of would-be refusers the manager screens out this month.</summary>
    public double[] Selectivity { get; }

    /// <summary>Inflation of the first orders the manager pushes this month.</summary>
    public double[] FrontLoad { get; }

    /// <summary>Factor of the productive meeting → deal conversion from screening (1 − σ r₀).</summary>
    public double[] DealFactor { get; }

    /// <summary>Early-refusal share of the clients the manager wins this month, after screening.</summary>
    public double[] Refusal { get; }

    /// <summary>Extra one-off trial orders per regular deal the manager closes this month (flat activation bonus).</summary>
    public double[] OneOff { get; }

    /// <summary>The manager's expected pay per unit of a new client's monthly spend (upfront and commission).</summary>
    public double[] PayPerSpend { get; }

    /// <summary>Week the current holder of the seat started (long ago for the initial force).</summary>
    public int[] HiredWeek { get; }

    /// <summary>First week of the replacement while the seat is empty, -1 when filled.</summary>
    public int[] VacantUntil { get; }

    /// <summary>Whether the seat is empty in <paramref name="week"/>.</summary>
    public bool IsVacant(int m, int week) => VacantUntil[m] > week;

    /// <summary>The new hire's share of full conversion: weeks since hire ÷ ramp-up weeks, at most 1.</summary>
    public double Ramp(int m, int week, int rampUpWeeks)
        => rampUpWeeks <= 0 ? 1 : Math.Clamp((double)(week - HiredWeek[m]) / rampUpWeeks, 0, 1);

    /// <summary>Entries of the manager's own clients on this month's reactivation list.</summary>
    public int[] ListEntries { get; }

    /// <summary>Lost clients among <see cref="ListEntries"/> (the rest are lapsed active clients).</summary>
    public int[] LostEntries { get; }

    /// <summary>Revenue of the manager's assigned clients last month.</summary>
    public decimal[] LastOwnedRevenue { get; }

    /// <summary>Spends <paramref name="hours"/> of activity <paramref name="activity"/>.</summary>
    public void Spend(int m, int activity, double hours)
    {
        Left[(m * Activities) + activity] -= hours;
        HoursLeft[m] -= hours;
        HoursUsed[(m * Activities) + activity] += hours;
    }

    /// <summary>Moves the hours left of one activity to another (spill-over of unused time).</summary>
    public void Spill(int m, int from, int to)
    {
        Left[(m * Activities) + to] += Math.Max(0, Left[(m * Activities) + from]);
        Left[(m * Activities) + from] = 0;
    }

    /// <summary>Hours left this week for an activity.</summary>
    public double LeftFor(int m, int activity) => Left[(m * Activities) + activity];

    /// <summary>Active clients assigned to the manager.</summary>
    public int[] Clients { get; }

    /// <summary>Revenue of the manager's assigned clients this month in cents (commission base).</summary>
    public Int128[] OwnedRevenue { get; }

    public int[] Farmers { get; }

    public int[] Assistants { get; }

    /// <summary>Hunters and generalists: the managers who work the active funnel.</summary>
    public int[] Acquirers { get; }

    /// <summary>Farmers and generalists: the managers who keep clients and work contact norms.</summary>
    public int[] Keepers { get; }

    /// <summary>Whether the manager works contact norms and the reactivation list of its own clients.</summary>
    public bool Keeps(int m) => Role[m] is ManagerRole.Farmer or ManagerRole.Generalist;

    /// <summary>
    /// The weekly meeting norm of a role: a hunter's is the "Meeting held" norm of the library's active funnel (12), a
    /// farmer's the "Visit" norm of the proactive funnel (8) (seed 001 time plans); generalist 10 and assistant 0 are
    /// assumptions.
    /// </summary>
    public static int DefaultMeetings(ManagerRole role) => role switch
    {
        ManagerRole.Hunter => FunnelDefinition.Active.Stages[1].WeeklyNorm,
        ManagerRole.Farmer => FunnelDefinition.Proactive.Stages[1].WeeklyNorm,
        ManagerRole.Generalist => 10,
        _ => 0,
    };

    public void StartWeek(int week)
    {
        for (var m = 0; m < Count; m++)
        {
            if (VacantUntil[m] == week)
            {
                VacantUntil[m] = -1;
                HiredWeek[m] = week;
            }

            var vacant = IsVacant(m, week);
            var total = 0.0;
            for (var a = 0; a < Activities; a++)
            {
                total += Left[(m * Activities) + a] = vacant ? 0 : Budget[(m * Activities) + a];
            }

            HoursLeft[m] = total;
            MeetingsLeft[m] = MeetingsPerWeek[m];
        }
    }
}
