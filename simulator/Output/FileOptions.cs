using System.CommandLine;

namespace SalesDomain.Simulator.Output;

/// <summary>
/// <c>--csv FILE</c>, <c>--csv-dialect invariant|excel-ru</c> and <c>--xlsx FILE</c>: the files every command can write
/// besides its console or JSON output (docs/cli.md, "Files").
/// </summary>
internal sealed class FileOptions
{
    private readonly Option<FileInfo?> _csv = new("--csv") { Description = "Also write the tables as CSV (several tables: FILE-<table>.csv)." };
    private readonly Option<string> _dialect = new("--csv-dialect")
    {
        Description = "CSV dialect: invariant (comma, decimal point) or excel-ru (semicolon, decimal comma, UTF-8 with BOM).",
        DefaultValueFactory = _ => "invariant",
    };

    private readonly Option<FileInfo?> _xlsx = new("--xlsx") { Description = "Also write the tables as an Excel workbook, one sheet per table." };

    public FileOptions() => _dialect.AcceptOnlyFromAmong("invariant", "excel-ru");

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_csv);
        command.Options.Add(_dialect);
        command.Options.Add(_xlsx);
    }

    /// <summary>Whether the parsed command asks for any file.</summary>
    public bool Wanted(ParseResult result) => result.GetValue(_csv) is not null || result.GetValue(_xlsx) is not null;

    /// <summary>Writes the files the parsed command asks for, naming each on stderr.</summary>
    public void Write(ParseResult result, IReadOnlyList<ReportTable> tables)
    {
        if (result.GetValue(_csv) is { } csv)
        {
            foreach (var file in CsvTableWriter.Write(csv.FullName, tables, CsvDialect.Of(result.GetValue(_dialect)!)))
            {
                Console.Error.WriteLine($"wrote {file}");
            }
        }

        if (result.GetValue(_xlsx) is { } xlsx)
        {
            XlsxTableWriter.Write(xlsx.FullName, tables);
            Console.Error.WriteLine($"wrote {xlsx.FullName}");
        }
    }
}
