using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SalesDomain.Calendar;

namespace SalesDomain.Simulator.Commands;

/// <summary>Options that several commands share, with one parser each.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Write one JSON object to stdout instead of tables." };

    public static Option<FileInfo> InputFile(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    /// <summary>The <c>--transactions</c> option of every command that reads sales (CSV or .xlsx, docs/import.md).</summary>
    public static Option<FileInfo> Transactions() => InputFile(
        "--transactions",
        "Transactions file (CSV or .xlsx; 1C and Excel exports as they are): client, date, amount[, profit, quantity, manager] (docs/import.md).");

    public static Option<DateOnly?> AsOf(bool required) => new("--as-of")
    {
        Description = "As-of date, yyyy-MM-dd.",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            result.AddError($"--as-of '{text}' is not a date in the format yyyy-MM-dd.");
            return null;
        },
    };

    /// <summary>The month an option names, or null when it is absent; adds a usage error when it is not <c>yyyy-MM</c>.</summary>
    public static SalesMonth? CheckMonth(CommandResult result, Option<string?> option)
    {
        var text = Single(result, option);
        if (text is null)
        {
            return null;
        }

        if (SalesMonth.TryParse(text, out var month))
        {
            return month;
        }

        result.AddError($"{option.Name} '{text}' is not a month in the format yyyy-MM.");
        return null;
    }

    /// <summary>The whole number an option gives, or null when it is absent; adds a usage error when it is not within [min, max].</summary>
    public static int? CheckWhole(CommandResult result, Option<string?> option, int min, int max, string unit)
    {
        var text = Single(result, option);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        result.AddError($"{option.Name} '{text}' is not a whole number of {unit} within {min}..{max}.");
        return null;
    }

    /// <summary>
    /// The value of <paramref name="option"/> for a validator, or default when it cannot be read: given more than once
    /// or without its value. The parser reports those as usage errors of their own; reading the value would throw.
    /// </summary>
    public static T? Single<T>(CommandResult result, Option<T> option)
    {
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }
}
