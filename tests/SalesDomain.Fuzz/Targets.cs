using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SalesDomain.Csv;
using SalesDomain.Motivation;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Fuzz;

/// <summary>
/// One fuzz target: a reader that must either accept its input or reject it with one of its documented error types.
/// Any other exception is a finding.
/// </summary>
/// <param name="Name">Name on the command line and of the corpus folder.</param>
/// <param name="Run">Runs the reader on one input; returns a short signature of what it did (for the corpus).</param>
/// <param name="Documented">Whether an exception is one the reader documents.</param>
/// <param name="Text">Whether the inputs are text (mutated as text) rather than bytes.</param>
internal sealed record Target(string Name, Func<byte[], string> Run, Func<Exception, bool> Documented, bool Text = true)
{
    private static readonly DateOnly FirstPeriod = new(2024, 1, 1);

    public static IReadOnlyList<Target> All { get; } =
    [
        new("csv-transactions", b => Signature(TransactionCsvImporter.Import(new MemoryStream(b))), IsImportError),
        new("csv-deals", b => Signature(DealCsvImporter.Import(new MemoryStream(b))), IsImportError),
        new("csv-monthly", b => Signature(MonthlySalesCsvImporter.Import(new MemoryStream(b))), IsImportError),
        new("csv-contacts", b => Signature(ContactCsvImporter.Import(new StringReader(Encoding.UTF8.GetString(b)))), IsImportError),
        new("csv-matrix", b => MatrixSignature(RevenueMatrixCsvImporter.Import(new MemoryStream(b), FirstPeriod, 24)), IsImportError),
        new("xlsx", b => Signature(TransactionCsvImporter.Import(new MemoryStream(Workbook(b)))), IsImportError),
        new("scenario", b => ScenarioSignature(ScenarioJson.Parse(Encoding.UTF8.GetString(b))), e => e is JsonException or ScenarioException),
        new("scheme", b => $"{SchemeJson.Parse(Encoding.UTF8.GetString(b)).Schemes.Length}", e => e is JsonException),
        new("cli", b => Cli(Encoding.UTF8.GetString(b)), _ => false),
    ];

    /// <summary>The documented errors of the importers: an unusable file (header, encoding, format) as a whole.</summary>
    private static bool IsImportError(Exception e) => e is CsvImportException;

    private static string Signature<T>(ImportResult<T> result)
        => $"{Math.Min(result.Accepted.Length, 3)}|{string.Join('|', result.Rejected.Select(r => Words(r.Reason)).Distinct().Order().Take(6))}";

    private static string MatrixSignature(RevenueMatrixImport result)
        => $"{Math.Min(result.Accepted, 3)}|{string.Join('|', result.Rejected.Select(r => Words(r.Reason)).Distinct().Order().Take(6))}";

    private static string ScenarioSignature(Scenario scenario) => $"{scenario.SalesForce.Count}|{scenario.Months}";

    /// <summary>The first three words of a reason: the kind of rejection without the echoed value.</summary>
    private static string Words(string reason) => string.Join(' ', reason.Split(' ', 4).Take(3));

    /// <summary>
    /// The input bytes as a workbook: a seed workbook's bytes are used as they are when they start like a zip (byte
    /// mutations of the archive), otherwise the text becomes the first sheet's XML inside a valid archive.
    /// </summary>
    private static byte[] Workbook(byte[] input)
    {
        if (input.Length > 2 && input[0] == (byte)'P' && input[1] == (byte)'K')
        {
            return input;
        }

        var seed = Corpus.Workbook;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var to = copy.Open();
                if (entry.FullName.EndsWith("sheet1.xml", StringComparison.OrdinalIgnoreCase))
                {
                    to.Write(input);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The argument layer: the command line's parser with every command, its validators and the rewriting of its
    /// messages; commands are parsed, not run (running reads files and simulates).
    /// </summary>
    private static string Cli(string line)
    {
        var args = line.Split('\n');
        System.CommandLine.ParseResult parsed;
        try
        {
            parsed = Root.Value.Parse(args);
        }
        catch (ArgumentException) when (args.Any(a => a.Contains('\0', StringComparison.Ordinal)))
        {
            return "nul"; // Program reports it as a usage error; no operating system passes a NUL in an argument
        }

        foreach (var error in parsed.Errors)
        {
            var plain = UsageErrors.Plain(error.Message, (error.SymbolResult as System.CommandLine.Parsing.OptionResult)?.Option.Name);
            if (plain.Contains("System.", StringComparison.Ordinal) || plain.Contains("SalesDomain.", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"a usage message names a .NET type: {plain}");
            }
        }

        return $"{parsed.Errors.Count}|{parsed.CommandResult.Command.Name}";
    }

    private static readonly Lazy<RootCommand> Root = new(() => new RootCommand
    {
        SegmentCommand.Create(), HistoryCommand.Create(), RunCommand.Create(), CompareCommand.Create(), SweepCommand.Create(),
        ForecastCommand.Create(), ReactivationCommand.Create(), LostCommand.Create(), ContactsCommand.Create(), BonusCommand.Create(),
    });
}
