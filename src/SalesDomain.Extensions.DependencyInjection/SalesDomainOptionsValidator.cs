using Microsoft.Extensions.Options;

namespace SalesDomain;

/// <summary>
/// Validates <see cref="SalesDomainOptions"/> by building every area's immutable options: each failure names the
/// configuration key (<c>SalesDomain:Segmentation:Abc:AThreshold</c>) and the library's reason with the value.
/// </summary>
public sealed class SalesDomainOptionsValidator : IValidateOptions<SalesDomainOptions>
{
    /// <summary>The configuration section the keys in messages start with; default <c>SalesDomain</c>.</summary>
    public string Section { get; init; } = "SalesDomain";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SalesDomainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Check(string area, object? settings, Func<object> build)
        {
            if (settings is null)
            {
                failures.Add($"{Section}:{area} must not be null.");
                return;
            }

            try
            {
                _ = build();
            }
            catch (ArgumentException e)
            {
                failures.Add($"{Section}:{area}{Key(e.ParamName)}: {Reason(e)}");
            }
        }

        Check("Segmentation", options.Segmentation, () => options.Segmentation.ToOptions());
        Check("Contacts", options.Contacts, () => options.Contacts.ToOptions());
        Check("Reactivation", options.Reactivation, () => options.Reactivation.ToOptions());
        Check("LostClients", options.LostClients, () => options.LostClients.ToOptions());
        Check("Forecast", options.Forecast, () => options.Forecast.ToOptions());
        Check("Motivation", options.Motivation, () => options.Motivation.ToOptions());
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The key of the setting a parameter name stands for, below its area (":Abc:AThreshold").</summary>
    private static string Key(string? parameter) => parameter switch
    {
        null or "" => string.Empty,
        "AThreshold" or "BThreshold" => ":Abc:" + parameter,
        "XThreshold" or "YThreshold" or "Period" => ":Xyz:" + parameter,
        "months" => ":WindowMonths",
        "MonthsWithoutPurchase" => ":ActivationMonthsWithoutPurchase",
        _ => ":" + parameter,
    };

    private static string Reason(ArgumentException e) =>
        e.Message.Split('\n')[0].Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal).TrimEnd();
}
