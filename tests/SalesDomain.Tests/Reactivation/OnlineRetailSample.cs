using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The UCI Online Retail sample (tests/data/online_retail_uci_sample) as sales: customer = CustomerID,
/// date = InvoiceDate, amount = Quantity × UnitPrice; rows with CustomerID NA are not clients. Descriptions hold
/// commas and doubled quotes, but the last five fields (Quantity, "InvoiceDate", UnitPrice, CustomerID, "Country")
/// never do, so each line is split from the right.
/// </summary>
internal static class OnlineRetailSample
{
    /// <summary>The date of the last invoice in the sample.</summary>
    public static readonly DateOnly LastInvoice = new(2011, 12, 9);

    private static readonly Lazy<Sale[]> Cached = new(() =>
        [.. File.ReadLines(TestData.PathOf("online_retail_uci_sample/online_retail_sample.csv")).Skip(1)
            .Select(line => line.Split(',')[^5..])
            .Where(f => f[3] != "NA")
            .Select(f => new Sale(
                f[3],
                DateOnly.ParseExact(f[1].Trim('"')[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal.Parse(f[0], CultureInfo.InvariantCulture) * decimal.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture)))]);

    /// <summary>Every sale of a client in the sample (14,922 rows).</summary>
    public static Sale[] Sales => Cached.Value;
}
