using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using SalesDomain.Fuzz;

// dotnet run --project tests/SalesDomain.Fuzz -c Release -- <target|all> [--seconds N] [--executions N] [--seed S]
//   or -- repro <target> <file>. Exit code 0: no finding; 1: findings (written to findings/<target>/).
var targetName = args.Length > 0 ? args[0] : "all";
if (targetName == "repro" && args.Length == 3)
{
    var target = Target.All.Single(t => t.Name == args[1]);
    Console.WriteLine(target.Run(File.ReadAllBytes(args[2])));
    return 0;
}

double seconds = Option("--seconds", 60);
long executions = (long)Option("--executions", long.MaxValue);
var seed = (int)Option("--seed", 1);
var targets = targetName == "all" ? Target.All : Target.All.Where(t => t.Name == targetName).ToList();
if (targets.Count == 0)
{
    Console.Error.WriteLine($"usage: unknown target '{targetName}'; targets: all, repro, {string.Join(", ", Target.All.Select(t => t.Name))}");
    return 2;
}

var totalFindings = 0;
foreach (var target in targets)
{
    totalFindings += Fuzz(target, TimeSpan.FromSeconds(seconds), executions, seed);
}

return totalFindings == 0 ? 0 : 1;

double Option(string name, double fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static int Fuzz(Target target, TimeSpan duration, long maxExecutions, int seed)
{
    var random = new Random(seed);
    var mutator = new Mutator(random);
    var corpus = Corpus.Seeds(target.Name);
    var signatures = new HashSet<string>(StringComparer.Ordinal);
    var findings = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    long runs = 0;
    foreach (var input in corpus.ToList())
    {
        Execute(input);
    }

    var report = TimeSpan.FromMinutes(1);
    while (clock.Elapsed < duration && runs < maxExecutions)
    {
        if (clock.Elapsed >= report)
        {
            // Progress of a long run, once a minute, on standard error (the summary stays the only line on standard output).
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: {runs:N0} executions in {clock.Elapsed.TotalSeconds:0} s, corpus {corpus.Count}, findings {findings.Count}"));
            report += TimeSpan.FromMinutes(1);
        }

        var input = mutator.Mutate(corpus[random.Next(corpus.Count)], corpus[random.Next(corpus.Count)]);
        if (Execute(input) is { } signature && signatures.Add(signature) && corpus.Count < 5000)
        {
            corpus.Add(input); // new behaviour: keep it as a parent of later mutations
        }
    }

    var folder = Path.Combine("findings", target.Name);
    foreach (var (key, input) in findings)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, Convert.ToHexString(SHA256.HashData(input))[..16] + ".bin");
        File.WriteAllBytes(file, input);
        Console.WriteLine($"  finding: {key}\n    input: {file}");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{target.Name}: {runs:N0} executions in {clock.Elapsed.TotalSeconds:0} s ({runs / clock.Elapsed.TotalSeconds:N0}/s), corpus {corpus.Count}, findings {findings.Count}"));
    return findings.Count;

    string? Execute(byte[] input)
    {
        runs++;
        var started = clock.Elapsed;
        try
        {
            var signature = target.Run(input);
            if (clock.Elapsed - started > TimeSpan.FromSeconds(2) && input.Length < 100_000)
            {
                // Confirmed by a second run: a pause of the whole process (a suspended machine, a debugger, an
                // overloaded host) is not a finding; an input that is slow to read is slow both times.
                var again = Stopwatch.StartNew();
                target.Run(input);
                if (again.Elapsed > TimeSpan.FromSeconds(2))
                {
                    findings.TryAdd($"slow: {again.Elapsed.TotalSeconds:0.0} s for {input.Length} bytes", input);
                }
            }

            return "ok|" + signature;
        }
        catch (Exception e) when (target.Documented(e))
        {
            return $"{e.GetType().Name}|{string.Join(' ', e.Message.Split(' ', 5).Take(4))}";
        }
        catch (Exception e)
        {
            var frame = new StackTrace(e, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("SalesDomain", StringComparison.Ordinal) == true);
            var key = $"{e.GetType().Name} at {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name}: {e.Message.Split('\n')[0]}";
            key = System.Text.RegularExpressions.Regex.Replace(key, "[0-9]+", "#"); // one finding per kind, not per count
            findings.TryAdd(key[..Math.Min(key.Length, 300)], input);
            return null;
        }
    }
}
