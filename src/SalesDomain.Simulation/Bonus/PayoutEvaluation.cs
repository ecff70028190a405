using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Motivation;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Bonus;

/// <summary>A replication's bonus payouts by month and the books of its closed upfront windows.</summary>
internal sealed record PayoutFigures(
    decimal[] Payout,
    decimal[] UpfrontPaid,
    decimal[] UpfrontClawedBack,
    decimal UpfrontRetained,
    decimal UpfrontWindowRevenue,
    decimal UpfrontFirstMonthRevenue,
    int UpfrontKept,
    int UpfrontClawedBackCount,
    decimal UpfrontOpenExposure = 0m,
    int UpfrontOpenWindows = 0);

/// <summary>
/// Evaluates a scenario's bonus program with the core library's motivation schemes (<see cref="PayoutEngine"/>;
/// docs/motivation.md in the repository): the program becomes a <see cref="SchemeSet"/>, a replication's books become a
/// <see cref="PayoutInput"/>, and the statement's cash lines become the monthly payout.
/// </summary>
internal static class PayoutEvaluation
{
    /// <summary>Month 0 of every simulation, as a calendar month for the payout engine.</summary>
    public static readonly SalesMonth Origin = new(2001, 1);

    private const string UpfrontName = "upfront";

    /// <summary>The program as library schemes: commission, active-base bonus, upfront (fixed or quartile-graded) bonus.</summary>
    public static ImmutableArray<MotivationScheme> Schemes(BonusProgramSpec b, IReadOnlyList<string> channels)
    {
        var schemes = ImmutableArray.CreateBuilder<MotivationScheme>();
        if (b.CommissionRate > 0m)
        {
            schemes.Add(new CommissionScheme("commission", b.CommissionRate));
        }

        if (b.ActivationBonusByChannel.Count > 0 && b.ActivationBonusByChannel.Any(a => a > 0m))
        {
            var grades = channels.Zip(b.ActivationBonusByChannel).ToImmutableDictionary(g => g.First, g => g.Second, StringComparer.Ordinal);
            schemes.Add(new ActiveBaseBonusScheme("active-base", grades, MinimumVolume: b.ActivationMinimumVolume));
        }
        else if (b.ActivationBonusByChannel.Count == 0 && b.ActivationBonus > 0m)
        {
            schemes.Add(new ActiveBaseBonusScheme("active-base", DefaultAmount: b.ActivationBonus, MinimumVolume: b.ActivationMinimumVolume));
        }

        // No clawback = one renewal month that any volume passes.
        var months = b.ClawbackMonths > 0 ? b.ClawbackMonths : 1;
        var share = b.ClawbackMonths > 0 ? b.RenewalTolerance : 0m;
        if (b.QuartileRates.Count == 4)
        {
            schemes.Add(new QuartileGradedBonusScheme(UpfrontName, [.. b.QuartileRates], RenewalMonths: months, RenewalVolumeShare: share));
        }
        else if (b.UpfrontRatePerDollar > 0m)
        {
            schemes.Add(new UpfrontBonusScheme(UpfrontName, b.UpfrontRatePerDollar, months, share));
        }

        return schemes.ToImmutable();
    }

    /// <summary>Evaluates the schemes over the books of one replication.</summary>
    public static PayoutFigures Evaluate(ImmutableArray<MotivationScheme> schemes, int clawbackMonths, BonusBooks books)
    {
        var months = books.Months;
        var payout = new decimal[months];
        var paid = new decimal[months];
        var clawed = new decimal[months];
        if (schemes.IsEmpty)
        {
            return new PayoutFigures(payout, paid, clawed, 0m, 0m, 0m, 0, 0);
        }

        var statement = PayoutEngine.Evaluate(new SchemeSet(schemes), Input(books, refusals: clawbackMonths > 0));
        var retained = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in statement.Lines)
        {
            if (!line.IsCash)
            {
                continue;
            }

            var month = Origin.MonthsUntil(line.Month);
            payout[month] += line.Amount;
            if (line.Scheme == UpfrontName)
            {
                (line.Kind == PayoutLineKind.Clawback ? clawed : paid)[month] += Math.Abs(line.Amount);
                retained[line.ClientId!] = retained.GetValueOrDefault(line.ClientId!) + line.Amount;
            }
        }

        return WithWindows(new PayoutFigures(payout, paid, clawed, 0m, 0m, 0m, 0, 0), retained, Math.Max(1, clawbackMonths), clawbackMonths > 0, books);
    }

    /// <summary>
    /// Adds the books of the upfront windows that closed within the horizon (kept or clawed back): the bonus retained,
    /// the clients' revenue over first month + renewal window, and their first-month revenue; and the open exposure:
    /// bonus paid and not clawed back on windows still open at the horizon (only with clawback).
    /// </summary>
    private static PayoutFigures WithWindows(PayoutFigures figures, Dictionary<string, decimal> retained, int window, bool refusals, BonusBooks books)
    {
        var startOf = new Dictionary<int, int>(books.Activations.Count);
        foreach (var (client, _, month) in books.Activations)
        {
            startOf[client] = month;
        }

        var revenue = new Dictionary<int, (decimal First, decimal Window)>(books.Activations.Count);
        foreach (var (client, _, month, amount) in books.WindowSales)
        {
            var (first, total) = revenue.GetValueOrDefault(client);
            revenue[client] = (month == startOf[client] ? first + amount : first, total + amount);
        }

        decimal keptBonus = 0m, windowRevenue = 0m, firstRevenue = 0m, exposure = 0m;
        int kept = 0, back = 0, open = 0;
        foreach (var (client, _, month) in books.Activations)
        {
            if (!retained.TryGetValue(Id(client), out var net))
            {
                continue;
            }

            if (month + window >= books.Months)
            {
                exposure += refusals && net > 0m ? net : 0m;
                open += refusals && net > 0m ? 1 : 0;
                continue;
            }

            var (first, total) = revenue.GetValueOrDefault(client);
            windowRevenue += total;
            firstRevenue += first;
            keptBonus += net;
            kept += net > 0m ? 1 : 0;
            back += net > 0m ? 0 : 1;
        }

        return figures with
        {
            UpfrontRetained = keptBonus, UpfrontWindowRevenue = windowRevenue, UpfrontFirstMonthRevenue = firstRevenue,
            UpfrontKept = kept, UpfrontClawedBackCount = back, UpfrontOpenExposure = exposure, UpfrontOpenWindows = open,
        };
    }

    private static PayoutInput Input(BonusBooks books, bool refusals)
    {
        var agents = Enumerable.Range(0, books.Managers).Select(m => new Agent(Agent(m))).ToList();

        // Activated clients are assigned to no one: commission is paid on the pools below, never twice.
        var clients = books.Activations.Select(a => new ClientAccount(Id(a.Client)) { OutletType = books.OutletOf(a.Client) }).ToList();
        clients.AddRange(Enumerable.Range(0, books.Managers).Select(m => new ClientAccount(Pool(m), Agent(m))));
        var sales = books.WindowSales.Select(s => new MonthlySale(Agent(s.Manager), Id(s.Client), Origin.AddMonths(s.Month), s.Revenue)).ToList();
        for (var m = 0; m < books.Managers; m++)
        {
            for (var month = 0; month < books.Months; month++)
            {
                var owned = books.OwnedRevenue[(m * books.Months) + month];
                if (owned != 0m)
                {
                    sales.Add(new MonthlySale(Agent(m), Pool(m), Origin.AddMonths(month), owned));
                }
            }
        }

        var activations = books.Activations.Select(a => new Activation(Agent(a.Manager), Id(a.Client), Origin.AddMonths(a.Month)));
        // Without clawback a lost client takes nothing back: refusals only count inside a renewal window.
        var lost = refusals ? books.Refusals.Select(r => new Refusal(Id(r.Client), Origin.AddMonths(r.Month), "client lost")) : [];
        return new PayoutInput(agents, clients, sales, activations, lost, asOf: Origin.AddMonths(books.Months - 1));
    }

    private static string Agent(int m) => "m" + m.ToString(CultureInfo.InvariantCulture);

    private static string Id(int client) => "c" + client.ToString(CultureInfo.InvariantCulture);

    private static string Pool(int m) => "assigned-to-m" + m.ToString(CultureInfo.InvariantCulture);
}
