using BenchmarkDotNet.Running;
using SalesDomain.Benchmarks;

// "check-csv <rows>" times each transactions importer once per round.
// "check <clients>" runs each large-segmentation method once, prints its cell counts, time and memory, and fails
// when the methods disagree; anything else goes to BenchmarkDotNet.
if (args is ["check", var clients, ..])
{
    return SegmentationCheck.Run(int.Parse(clients, System.Globalization.CultureInfo.InvariantCulture), args.Contains("--fast-only"));
}

if (args is ["check-csv", var rows, ..])
{
    return CsvImportCheck.Run(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
