using BenchmarkDotNet.Running;
using SalesDomain.Benchmarks;

// "check <clients>" runs each large-segmentation method once, prints its cell counts, time and memory, and fails
// when the methods disagree; anything else goes to BenchmarkDotNet.
if (args is ["check", var clients, ..])
{
    return SegmentationCheck.Run(int.Parse(clients, System.Globalization.CultureInfo.InvariantCulture), args.Contains("--fast-only"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
