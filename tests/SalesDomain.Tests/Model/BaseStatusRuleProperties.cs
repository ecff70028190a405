using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Model;

/// <summary>Invariants of the base-status rule over generated bases (DOMAIN.md §1; docs/model.md).</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 200)]
public class BaseStatusRuleProperties
{
    [Trait("Category", "Slow")]
    [Property]
    public bool ADatedContractWithinItsPendingDays_IsNeverLostNorPotential(ClientBase clientBase, NonNegativeInt day)
    {
        var rule = BaseStatusRule.Default;
        return clientBase.Clients.Where(c => c.ContractDate is not null).All(c =>
        {
            var asOf = c.ContractDate!.Value.AddDays(day.Get % rule.ContractPendingDays);
            return rule.Classify(c, clientBase.SalesOf(c.Id), asOf) is BaseStatus.Active or BaseStatus.Pending;
        });
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool WithoutAContract_NeverPending_AndPositiveWindowNetIsAlwaysActive(ClientBase clientBase, NonNegativeInt day)
    {
        var rule = BaseStatusRule.Default;
        var asOf = SalesGenerators.Epoch.AddDays(day.Get % 900);
        return clientBase.Clients.All(c =>
        {
            var sales = clientBase.SalesOf(c.Id);
            var status = rule.Classify(c, sales, asOf);
            var net = sales.Where(s => s.Date <= asOf && s.Date > asOf.AddDays(-rule.ActivityWindowDays)).Sum(s => s.Amount);
            return (status == BaseStatus.Active) == (net > 0m)
                   && (c.HasContractAsOf(asOf) || status != BaseStatus.Pending);
        });
    }
}
