using System.CommandLine;
using System.CommandLine.Parsing;
using SalesDomain.Csv;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// The import options every command that reads a file shares (docs/import.md, docs/cli.md): dialect (<c>--encoding</c>,
/// <c>--delimiter</c>, <c>--culture</c>, <c>--date-format</c>, <c>--sheet</c>) and, for transactions, the columns
/// (<c>--client-column</c>, <c>--date-column</c>, <c>--amount-column</c> or <c>--amount "Quantity*UnitPrice"</c>,
/// <c>--profit-column</c>, <c>--manager-column</c>, <c>--price-column</c>); and how an import's outcome is reported.
/// </summary>
internal sealed class ImportOptions
{
    private readonly List<Option> _all = [];
    private readonly Option<string?> _encoding;
    private readonly Option<char?> _delimiter;
    private readonly Option<NumberCulture> _culture;
    private readonly Option<string?> _dateFormat;
    private readonly Option<string?> _sheet;
    private readonly Option<string?>? _client;
    private readonly Option<string?>? _date;
    private readonly Option<string?>? _amount;
    private readonly Option<string?>? _profit;
    private readonly Option<string?>? _manager;
    private readonly Option<string?>? _price;

    private ImportOptions(bool columns)
    {
        _encoding = Add(new Option<string?>("--encoding")
        {
            Description = "Text encoding: utf-8, utf-16, windows-1251 (default: detected from the bytes).",
            CustomParser = r => Parse(r, ImportEncodings.FromName) is null ? null : r.Tokens[0].Value,
        });
        _delimiter = Add(new Option<char?>("--delimiter")
        {
            Description = "Field delimiter: ';', ',', tab or any one character (default: detected from the header line).",
            CustomParser = r => Parse(r, Delimiter),
        });
        _culture = Add(new Option<NumberCulture>("--culture")
        {
            Description = "Numbers: auto (default; rejects values such as 1,234 that read two ways), ru-RU (1 234,50) or invariant (1,234.50).",
            CustomParser = r => Parse(r, Culture),
            DefaultValueFactory = _ => NumberCulture.Auto,
        });
        _dateFormat = Add(new Option<string?>("--date-format")
        {
            Description = "Exact date format, e.g. dd.MM.yyyy or MM/dd/yyyy (default: ISO, dd.MM.yyyy, dd.MM.yy, with an optional time).",
        });
        _sheet = Add(new Option<string?>("--sheet") { Description = "Worksheet of an .xlsx file (default: the first)." });
        if (!columns)
        {
            return;
        }

        _client = Add(Column("--client-column", "client id (default: client_id, customer_id, Контрагент, Клиент, Покупатель…)"));
        _date = Add(Column("--date-column", "sale date (default: date, Дата, Период, Дата отгрузки…)"));
        _amount = Add(Column("--amount-column", "amount, or a product such as \"Quantity*UnitPrice\" (default: amount, Сумма, Выручка…)"));
        _amount.Aliases.Add("--amount");
        _profit = Add(Column("--profit-column", "profit (default: profit, Прибыль, Валовая прибыль, Маржа…)"));
        _manager = Add(Column("--manager-column", "manager (default: manager_id, Менеджер, Ответственный…)"));
        _price = Add(Column("--price-column", "unit price; the amount is then quantity × price"));
    }

    /// <summary>Dialect and column options, for commands that read transactions.</summary>
    public static ImportOptions ForTransactions() => new(columns: true);

    /// <summary>Dialect options only, for commands that read deals or monthly sales.</summary>
    public static ImportOptions ForDialect() => new(columns: false);

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in _all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The dialect the options give.</summary>
    public ImportDialect Dialect(ParseResult result) => new()
    {
        Encoding = result.GetValue(_encoding) is { } name ? ImportEncodings.FromName(name) : null,
        Delimiter = result.GetValue(_delimiter),
        Culture = result.GetValue(_culture),
        DateFormats = result.GetValue(_dateFormat) is { } format ? [format] : null,
        Sheet = result.GetValue(_sheet),
    };

    /// <summary>The transactions options the options give.</summary>
    public TransactionCsvOptions Transactions(ParseResult result)
    {
        var options = new TransactionCsvOptions
        {
            Dialect = Dialect(result),
            ClientIdColumn = Value(result, _client),
            ProfitColumn = Value(result, _profit),
            ManagerColumn = Value(result, _manager),
            PriceColumn = Value(result, _price),
        };
        options = Value(result, _date) is { } date ? options with { DateColumn = date } : options;
        return Value(result, _amount) is { } amount ? options with { AmountColumn = amount } : options;
    }

    /// <summary>
    /// Writes each rejected row to stderr (naming the file), and fails when no row was accepted: every row rejected,
    /// or none at all.
    /// </summary>
    /// <exception cref="CsvImportException">No row was accepted.</exception>
    public static void Report<T>(FileInfo file, ImportResult<T> import)
        => Report(file, import.Rejected, import.Accepted.Length, import.RowsRead, import.Summary);

    /// <summary>As <see cref="Report{T}(FileInfo, ImportResult{T})"/>, for an import that keeps counts rather than records.</summary>
    /// <exception cref="CsvImportException">No row was accepted.</exception>
    public static void Report(FileInfo file, IEnumerable<RejectedRow> rejected, int accepted, int rowsRead, string summary)
    {
        CommandOutput.ReportRejected(file, rejected);
        if (accepted == 0)
        {
            throw new CsvImportException(rowsRead == 0
                ? $"{file.Name} has no data rows below its header: nothing to analyse."
                : $"every data row of {file.Name} was rejected ({summary}): nothing to analyse; the reasons are listed above.");
        }
    }

    /// <summary>Fails when the file has no column for <paramref name="field"/>, which <paramref name="neededBy"/> needs.</summary>
    /// <exception cref="CsvImportException">The column is missing.</exception>
    public static void RequireColumn<T>(FileInfo file, ImportResult<T> import, string field, string neededBy)
    {
        if (import.Layout is { } layout && !layout.Has(field))
        {
            throw new CsvImportException(
                $"{neededBy} needs a {field} column, and {file.Name} has none (its header: {string.Join(", ", layout.Header.Where(h => h.Length > 0))}); name it with --{field}-column.");
        }
    }

    private static Option<string?> Column(string name, string what) => new(name) { Description = $"Header name of the {what}." };

    private static string? Value(ParseResult result, Option<string?>? option) => option is null ? null : result.GetValue(option);

    private TOption Add<TOption>(TOption option)
        where TOption : Option
    {
        _all.Add(option);
        return option;
    }

    private static T? Parse<T>(ArgumentResult result, Func<string, T> parse)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        try
        {
            return parse(text);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            result.AddError($"{(result.Parent as OptionResult)?.Option.Name ?? "option"}: {message}");
            return default;
        }
    }

    private static char? Delimiter(string text) => text.ToLowerInvariant() switch
    {
        "tab" or "\\t" or "\t" => '\t',
        "semicolon" => ';',
        "comma" => ',',
        { Length: 1 } => text[0],
        _ => throw new ArgumentException($"'{text}' is not one character (or tab, semicolon, comma).", nameof(text)),
    };

    private static NumberCulture Culture(string text) => text.ToLowerInvariant() switch
    {
        "auto" => NumberCulture.Auto,
        "ru-ru" or "ru" => NumberCulture.Russian,
        "invariant" or "en" or "en-us" => NumberCulture.Invariant,
        _ => throw new ArgumentException($"'{text}' is not a culture: use ru-RU, invariant or auto.", nameof(text)),
    };

    /// <summary>The import's row counts in the current language, for the line above a command's tables.</summary>
    public static string Summary<T>(ImportResult<T> import) =>
        Localization.Words.F("{0:N0} rows read: {1:N0} accepted, {2:N0} rejected", import.RowsRead, import.Accepted.Length, import.Rejected.Length);
}
