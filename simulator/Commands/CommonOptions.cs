using System.CommandLine;
using System.Globalization;

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
}
