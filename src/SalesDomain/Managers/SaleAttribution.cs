using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Managers;

/// <summary>
/// Whose a client and a sale are (docs/managers.md in the repository): a client belongs to its assigned manager, else to the manager of
/// its latest sale up to the as-of date that names one; a sale counts for the manager it names, else for its client's
/// manager. One rule for the manager report, plan vs fact and the per-client lists.
/// </summary>
public static class SaleAttribution
{
    /// <summary>The manager of every client that has one as of <paramref name="asOf"/>, keyed by client id.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="asOf">Sales after this date are not looked at.</param>
    public static ImmutableDictionary<string, string> ClientManagers(ClientBase clientBase, DateOnly asOf)
    {
        Guard.NotNull(clientBase);
        var managers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var client in clientBase.Clients)
        {
            var manager = client.ManagerId ?? clientBase.SalesOf(client.Id).LastOrDefault(s => s.ManagerId is not null && s.Date <= asOf)?.ManagerId;
            if (manager is not null)
            {
                managers[client.Id] = manager;
            }
        }

        return managers.ToImmutable();
    }

    /// <summary>The manager a sale counts for: the one it names, else its client's; null when neither is known.</summary>
    /// <param name="sale">The sale.</param>
    /// <param name="clientManagers">The clients' managers (<see cref="ClientManagers"/>).</param>
    public static string? ManagerOf(Sale sale, IReadOnlyDictionary<string, string> clientManagers)
    {
        Guard.NotNull(sale);
        Guard.NotNull(clientManagers);
        return sale.ManagerId ?? clientManagers.GetValueOrDefault(sale.ClientId);
    }
}
