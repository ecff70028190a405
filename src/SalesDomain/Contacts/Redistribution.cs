using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Contacts;

/// <summary>
/// Plans the redistribution of clients among managers (DOMAIN.md §3, seed 004; docs/contacts.md in the repository). Candidates, each
/// once, by the first reason that applies: the owner is leaving, the client is ownerless, the client's norm was missed
/// by a manager below the compliance threshold, no decision maker is recorded. Candidates are placed in that order,
/// then A before B before C, then by id; each goes to the eligible receiver with the fewest clients, then the most
/// spare hours, then the smallest id. A receiver has a receiving role, is not leaving, meets the norm, has a capacity
/// given and keeps required hours ≤ capacity after every move it takes; a client without contact data only moves to a
/// receiver with fewer clients than its owner. Moving a client out does not free hours (a conservative plan). Pure.
/// </summary>
public static class Redistribution
{
    /// <summary>Plans the moves.</summary>
    /// <param name="clientBase">The base the report was made for.</param>
    /// <param name="report">The contact report of the base.</param>
    /// <param name="options">Settings; <see cref="RedistributionOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The report does not cover the base's clients.</exception>
    public static RedistributionPlan Plan(ClientBase clientBase, ContactReport report, RedistributionOptions? options = null)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(report);
        options ??= RedistributionOptions.Default;
        if (report.Clients.Length != clientBase.Clients.Length)
        {
            throw new ArgumentException(
                $"The report covers {report.Clients.Length} clients but the base has {clientBase.Clients.Length}.", nameof(report));
        }

        var loads = clientBase.Managers.ToDictionary(
            m => m.Id, m => new Load(report.Manager(m.Id), IsReceiver(m, report.Manager(m.Id), options)), StringComparer.Ordinal);
        var candidates = clientBase.Clients
            .Select(c => (Status: report[c.Id], Reason: ReasonFor(c, report, options)))
            .Where(c => c.Reason is not null)
            .OrderBy(c => c.Reason!.Value).ThenBy(c => c.Status.Segment.Abc).ThenBy(c => c.Status.ClientId, StringComparer.Ordinal)
            .ToArray();

        var moves = ImmutableArray.CreateBuilder<RedistributionMove>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedClient>();
        foreach (var (status, reason) in candidates)
        {
            var from = status.ManagerId is { } f ? loads[f] : null;
            var target = loads.Values
                .Where(l => l.Receives && l != from && l.Spare >= status.HoursRequired
                            && (reason != RedistributionReason.MissingContactData || from is null || l.Clients < from.Clients))
                .OrderBy(l => l.Clients).ThenByDescending(l => l.Spare).ThenBy(l => l.ManagerId, StringComparer.Ordinal)
                .FirstOrDefault();
            if (target is null)
            {
                unplaced.Add(new UnplacedClient(status.ClientId, status.ManagerId, reason!.Value, status.HoursRequired,
                    $"{Describe(reason.Value, status)}; no receiver has {status.HoursRequired} spare hours" +
                    (reason == RedistributionReason.MissingContactData ? " and fewer clients than the owner" : string.Empty)));
                continue;
            }

            moves.Add(new RedistributionMove(status.ClientId, status.ManagerId, target.ManagerId, reason!.Value, status.HoursRequired,
                string.Create(CultureInfo.InvariantCulture,
                    $"{Describe(reason.Value, status)}; {target.ManagerId} has {target.Clients} clients and {target.Spare} spare hours")));
            target.Take(status.HoursRequired);
            from?.Release();
        }

        return new RedistributionPlan(moves.ToImmutable(), unplaced.ToImmutable());
    }

    private static bool IsReceiver(Manager manager, ManagerContactSummary summary, RedistributionOptions options)
        => options.ReceivingRoles.Contains(manager.Role) && !options.LeavingManagerIds.Contains(manager.Id)
           && summary.MeetsNorm && summary.CapacityHours is not null;

    private static RedistributionReason? ReasonFor(Client client, ContactReport report, RedistributionOptions options)
    {
        if (client.ManagerId is null)
        {
            return RedistributionReason.Ownerless;
        }

        if (options.LeavingManagerIds.Contains(client.ManagerId))
        {
            return RedistributionReason.OwnerLeaving;
        }

        var status = report[client.Id];
        if (!status.MeetsNorm && !report.Manager(client.ManagerId).MeetsNorm)
        {
            return RedistributionReason.OwnerMissesNorm;
        }

        return status.HasContactData ? null : RedistributionReason.MissingContactData;
    }

    private static string Describe(RedistributionReason reason, ClientContactStatus status) => reason switch
    {
        RedistributionReason.OwnerLeaving => $"manager {status.ManagerId} is leaving",
        RedistributionReason.Ownerless => "the client has no manager",
        RedistributionReason.OwnerMissesNorm => string.Create(CultureInfo.InvariantCulture,
            $"{status.Made} of {status.Required} contacts this month and manager {status.ManagerId} misses the norm"),
        _ => "no decision maker is recorded",
    };

    /// <summary>A manager's running load while planning.</summary>
    private sealed class Load(ManagerContactSummary summary, bool receives)
    {
        public string ManagerId { get; } = summary.ManagerId;

        public bool Receives { get; } = receives;

        public int Clients { get; private set; } = summary.Clients;

        public decimal Spare { get; private set; } = summary.SpareHours ?? 0m;

        public void Take(decimal hours)
        {
            Clients++;
            Spare -= hours;
        }

        public void Release() => Clients--;
    }
}
