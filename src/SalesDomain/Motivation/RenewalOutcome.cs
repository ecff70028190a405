using SalesDomain.Calendar;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// How a client activated in month A did over its renewal window A+1..A+M (DOMAIN.md §6, seed 002): it renews in a
/// month when it has no refusal and its revenue is at least <c>volumeShare</c> × its first-month revenue.
/// </summary>
/// <param name="Failed">Whether a month of the window failed.</param>
/// <param name="Pending">Whether the window reaches past the as-of month with no failure so far.</param>
/// <param name="RenewedMonths">Months renewed before the failure (or so far, when pending); 0..M.</param>
/// <param name="FailedMonth">The first failed month, when failed.</param>
/// <param name="Reason">Why it failed, in words; empty otherwise.</param>
internal readonly record struct RenewalOutcome(bool Failed, bool Pending, int RenewedMonths, SalesMonth FailedMonth, string Reason)
{
    /// <summary>Tracks the renewal of <paramref name="activation"/> over <paramref name="months"/> months.</summary>
    /// <remarks>A refusal in the activation month itself fails the renewal at once (0 months renewed).</remarks>
    public static RenewalOutcome Track(EvaluationContext context, Activation activation, int months, decimal volumeShare)
    {
        var first = context.ClientRevenue(activation.ClientId, activation.Month);
        var required = first * volumeShare;
        var asOf = context.AsOf ?? activation.Month;
        for (var i = 0; i <= months; i++)
        {
            var month = activation.Month.AddMonths(i);
            if (month > asOf)
            {
                return new RenewalOutcome(false, true, i - 1, default, string.Empty);
            }

            if (context.FirstRefusal(activation.ClientId, month, month) is { } refused)
            {
                return Fail(i, refused, $"client {activation.ClientId} refused in {refused}");
            }

            var revenue = context.ClientRevenue(activation.ClientId, month);
            if (i > 0 && revenue < required)
            {
                return Fail(i, month, string.Create(
                    CultureInfo.InvariantCulture,
                    $"client {activation.ClientId} bought {revenue:0.00##} in {month}, below the required {required:0.00##}"));
            }
        }

        return new RenewalOutcome(false, false, months, default, string.Empty);

        static RenewalOutcome Fail(int index, SalesMonth month, string reason)
            => new(true, false, Math.Max(0, index - 1), month, reason);
    }
}
