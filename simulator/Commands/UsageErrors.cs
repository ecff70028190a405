using System.Text.RegularExpressions;

namespace SalesDomain.Simulator.Commands;

/// <summary>Rewrites the parser's messages that name .NET types into words a user reads.</summary>
internal static partial class UsageErrors
{
    /// <summary>
    /// "Cannot parse argument 'x' for option '--top' as expected type 'System.Nullable`1[System.Int32]'." becomes
    /// "--top 'x' is not a whole number."; "Argument 'x' not recognized. Must be one of: …" becomes
    /// "--option 'x' is not one of: a, b." on one line; any other message is returned as it is.
    /// </summary>
    /// <param name="message">The parser's message.</param>
    /// <param name="option">The option the error belongs to, when known.</param>
    public static string Plain(string message, string? option = null)
    {
        var among = NotRecognized().Match(message);
        if (among.Success)
        {
            var choices = string.Join(", ", among.Groups["choice"].Captures.Select(c => c.Value));
            return $"{option ?? "the value"} '{among.Groups["value"].Value}' is not one of: {choices}.";
        }

        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var kind = type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) ? "a number"
            : type.Contains("DateOnly", StringComparison.Ordinal) ? "a date in the format yyyy-MM-dd"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : type.Contains("AbcMeasure", StringComparison.Ordinal) ? "one of: revenue, profit"
            : "a valid value";
        return $"{match.Groups["option"].Value} '{match.Groups["value"].Value}' is not {kind}.";
    }

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(\s*'(?<choice>[^']*)')+", RegexOptions.Singleline)]
    private static partial Regex NotRecognized();

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
