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
        MeetingsLeft = new int[Count];
        Clients = new int[Count];
        OwnedRevenue = new decimal[Count];
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

    /// <summary>Active clients assigned to the manager.</summary>
    public int[] Clients { get; }

    /// <summary>Revenue of the manager's assigned clients this month (commission base).</summary>
    public decimal[] OwnedRevenue { get; }

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

    public void StartWeek()
    {
        for (var m = 0; m < Count; m++)
        {
            HoursLeft[m] = Spec[m].CapacityHours;
            MeetingsLeft[m] = MeetingsPerWeek[m];
        }
    }
}
