using BenchmarkDotNet.Running;
using SalesDomain.Benchmarks;

// "check-sim <runs>" times the simulation benchmark's workload with that many replications.
// "check-records <clients>" times the record-level analyzer on a base of 24 sales per client.
// "check-csv <rows>" times each transactions importer once per round.
// "check-e2e <clients> [rounds]" times segment of a generated export against DuckDB and a raw read, counts must agree.
// "check-reactivation <clients>" times the stages of the reactivation list on CDNOW and a generated base (0: CDNOW only).
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

if (args is ["check-e2e", var e2eClients, ..])
{
    return EndToEndCheck.Run(int.Parse(e2eClients, System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args is ["check-reactivation", var size, ..])
{
    return ReactivationCheck.Run(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["check-sim", var simRuns, ..])
{
    return SimulationCheck.Run(int.Parse(simRuns, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["check-records", var count, ..])
{
    return RecordLevelCheck.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(ReactivationBenchmark).Assembly).Run(args);
return 0;
