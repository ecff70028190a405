using System.CommandLine;
using System.CommandLine.Parsing;
using SalesDomain.Calendar;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// The analysis-window options every segmenting command shares (docs/calendar.md): <c>--from</c>, <c>--to</c>,
/// <c>--months</c> and <c>--whole-history</c>. Without them the window is the 12 complete months before the as-of date.
/// </summary>
internal sealed class WindowOptions
{
    private readonly Option<SalesMonth?> _from = MonthOption("--from", "First month of the analysis window, yyyy-MM.");
    private readonly Option<SalesMonth?> _to = MonthOption("--to", "Last month of the analysis window, yyyy-MM (default: the last complete month).");
    private readonly Option<int?> _months = new("--months") { Description = "Months in the analysis window (default 12), 1..1200." };
    private readonly Option<bool> _wholeHistory = new("--whole-history") { Description = "Analyse every complete month from the earliest sale." };

    public WindowOptions()
    {
        _months.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 1200)
            {
                result.AddError($"--months must be within 1..1200, was {result.GetValueOrDefault<int?>()}.");
            }
        });
    }

    /// <summary>Adds the options and their combination rules to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_months);
        command.Options.Add(_wholeHistory);
        command.Validators.Add(result =>
        {
            var (from, to, months) = (result.GetValue(_from), result.GetValue(_to), result.GetValue(_months));
            if (result.GetValue(_wholeHistory) && (from is not null || to is not null || months is not null))
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
        var (from, to, months) = (result.GetValue(_from), result.GetValue(_to), result.GetValue(_months));
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

    private static Option<SalesMonth?> MonthOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (SalesMonth.TryParse(text, out var month))
            {
                return month;
            }

            result.AddError($"{name} '{text}' is not a month in the format yyyy-MM.");
            return null;
        },
    };
}
