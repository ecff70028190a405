using System.Globalization;
using System.Text;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>Every bit of a result: each replication's series (decimal bits, scale included) and ledger JSON, in order.</summary>
internal static class Fingerprint
{
    public static string Of(SimulationResult result)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{result.Scenario}|{result.Seed}|{result.Months}|{result.Runs}\n"));
        foreach (var outcome in result.Outcomes)
        {
            var payload = LedgerJson.ToPayload(outcome);
            text.Append(CultureInfo.InvariantCulture, $"{payload.Replication}:");
            foreach (var series in payload.Series)
            {
                foreach (var value in series)
                {
                    text.Append(string.Join('.', decimal.GetBits(value))).Append(' ');
                }
            }

            text.Append(Encoding.UTF8.GetString(payload.Ledger)).Append('\n');
        }

        return text.ToString();
    }
}
