using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using SalesDomain.Calendar;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// The analysis-window options every segmenting command shares (docs/calendar.md): <c>--from</c>, <c>--to</c>,
/// <c>--months</c> and <c>--whole-history</c>. Without them the window is the 12 complete months before the as-of date.
/// </summary>
internal sealed class WindowOptions
{
    private readonly Option<string?> _from = new("--from") { Description = "First month of the analysis window, yyyy-MM." };
    private readonly Option<string?> _to = new("--to") { Description = "Last month of the analysis window, yyyy-MM (default: the last complete month)." };
    private readonly Option<string?> _months = new("--months") { Description = "Months in the analysis window (default 12), 1..1200." };
    private readonly Option<bool> _wholeHistory = new("--whole-history") { Description = "Analyse every complete month from the earliest sale." };

    /// <summary>Adds the options and their combination rules to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_months);
        command.Options.Add(_wholeHistory);
        command.Validators.Add(result =>
        {
            // Month and number texts are checked here, so that a malformed value is one usage error like any other.
            var (from, to) = (CommonOptions.CheckMonth(result, _from), CommonOptions.CheckMonth(result, _to));
            var months = CommonOptions.CheckWhole(result, _months, 1, 1200, "months");
            if (CommonOptions.Single(result, _wholeHistory) && (from is not null || to is not null || months is not null))
            {
                result.AddError("--whole-history cannot be combined with --from, --to or --months.");
            }
            else if (from is not null && to is not null && months is not null)
            {
                result.AddError("Give at most two of --from, --to and --months.");
            }
            else if (from is { } f && to is { } t && f > t)
            {
                result.AddError($"--from {f} is after --to {t}.");
            }
        });
    }

    /// <summary>The window rule the parsed options ask for, as of <paramref name="asOf"/>.</summary>
    public AnalysisWindowRule RuleOf(ParseResult result, DateOnly asOf)
    {
        SalesMonth? Month(Option<string?> option) => result.GetValue(option) is { } text ? SalesMonth.Parse(text) : null;
        int? months = result.GetValue(_months) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        var (from, to) = (Month(_from), Month(_to));
        if (result.GetValue(_wholeHistory))
        {
            return AnalysisWindowRule.WholeHistory;
        }

        return (from, to, months) switch
        {
            (null, null, null) => AnalysisWindowRule.Default,
            (null, null, { } n) => AnalysisWindowRule.LastCompleteMonths(n),
            ({ } f, { } t, _) => AnalysisWindowRule.Between(f, t),
            ({ } f, null, { } n) => AnalysisWindowRule.Between(f, f.AddMonths(n - 1)),
            ({ } f, null, null) => AnalysisWindowRule.Between(f, SalesMonth.LastCompleteAsOf(asOf)),
            (null, { } t, var n) => AnalysisWindowRule.Between(t.AddMonths(-((n ?? 12) - 1)), t),
        };
    }
}
