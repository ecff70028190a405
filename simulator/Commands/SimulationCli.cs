using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Orleans;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>Options and helpers shared by <c>run</c>, <c>compare</c> and <c>sweep</c> (docs/simulator.md).</summary>
internal static class SimulationCli
{
    /// <summary>Replications when <c>--runs</c> is not given.</summary>
    public const int DefaultRuns = 100;

    public static Option<long> Seed() => new("--seed") { Description = "Seed of all random streams (same seed, same result).", DefaultValueFactory = _ => 1 };

    /// <summary>The value of <c>--runs</c> that runs until a precision.</summary>
    public const string AutoRuns = "auto";

    public static Option<string?> Runs() => new("--runs")
    {
        Description = $"Monte Carlo replications (default {DefaultRuns}), or '{AutoRuns}': batches of {new PrecisionTarget().BatchRuns} until the 95 % CI of the headline figure is within --precision.",
        Validators = { r => { if (r.Tokens.Count == 1 && r.GetValueOrDefault<string?>() is { } t && !TryRuns(t, out _)) { r.AddError($"--runs must be a whole number within 1..{SimulationOptions.MaxRuns} or '{AutoRuns}', was '{t}'."); } } },
    };

    public static Option<decimal?> Precision() => new("--precision")
    {
        Description = $"With --runs auto: target half width of the 95 % CI relative to the headline mean (default {new PrecisionTarget().RelativeHalfWidth}, i.e. ±1 %).",
        // A token that is not a number is reported by the parser itself; reading it in a validator would throw.
        Validators =
        {
            r =>
            {
                if (decimal.TryParse(r.Tokens.FirstOrDefault()?.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var p) && p <= 0m)
                {
                    r.AddError($"--precision must be > 0, was {p}.");
                }
            },
        },
    };

    public static Option<int?> MaxRuns() => new("--max-runs")
    {
        Description = $"With --runs auto: cap on replications (default {new PrecisionTarget().MaxRuns}).",
        Validators =
        {
            r =>
            {
                if (int.TryParse(r.Tokens.FirstOrDefault()?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is < 2 or > SimulationOptions.MaxRuns)
                {
                    r.AddError($"--max-runs must be within 2..{SimulationOptions.MaxRuns}, was {m}.");
                }
            },
        },
    };

    /// <summary>
    /// How many replications to run: a fixed number, or until <see cref="Auto"/> is met (then Options.Runs is unused);
    /// locally, or on the Orleans cluster of <see cref="Cluster"/> (docs/distributed.md) with the same result.
    /// </summary>
    public sealed record RunPlan(SimulationOptions Options, PrecisionTarget? Auto)
    {
        /// <summary>The cluster to run on (<c>--cluster</c>); null = in this process.</summary>
        public ClusterConnection? Cluster { get; init; }

        /// <summary>Replications per work item on a cluster (<c>--batch-runs</c>).</summary>
        public int BatchRuns { get; init; } = new DistributedOptions().BatchRuns;

        /// <summary>The most replications this plan can run (for the progress bar).</summary>
        public int MaxRuns => Auto?.MaxRuns ?? Options.Runs;

        /// <summary>Stops the runs between replications (Ctrl+C); the command then exits with <see cref="CliErrors.Interrupted"/>.</summary>
        public CancellationToken Cancellation { get; init; }


        /// <summary>
        /// Refuses, with the memory it needs, a run of <paramref name="scenarios"/> that would not fit in the memory
        /// available to the process (docs/simulator.md, "Bounds").
        /// </summary>
        /// <exception cref="InsufficientMemoryException">The run would not fit.</exception>
        public void EnsureFits(IReadOnlyList<Scenario> scenarios)
        {
            foreach (var scenario in scenarios)
            {
                ScenarioValidator.EnsureValid(scenario);
            }

            var needed = SimulationMemory.Estimate(scenarios, Options, Auto?.MaxRuns);
            if (SimulationMemory.Refusal(needed, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) is { } refusal)
            {
                throw new InsufficientMemoryException(refusal);
            }
        }

        /// <summary>Runs one scenario.</summary>
        public SimulationResult Run(Scenario scenario, Action<int> progress) => Cluster is not null
            ? RunEach([scenario], (_, done) => progress(done))[0]
            : Auto is null
                ? MonteCarlo.Run(scenario, Options, progress, Cancellation)
                : MonteCarlo.RunToPrecision(scenario, Options, Auto, progress, Cancellation);

        /// <summary>Runs each scenario on its own (a sweep's cells); on a cluster all their work items share it.</summary>
        public IReadOnlyList<SimulationResult> RunEach(IReadOnlyList<Scenario> scenarios, Action<int, int> progress) => Cluster is null
            ? [.. scenarios.Select((s, k) => Run(s, done => progress(k, done)))]
            : OnCluster(d => Auto is null
                ? d.RunAsync(scenarios, Options, progress, Cancellation)
                : d.RunToPrecisionAsync(scenarios, Options, Auto, progress, Cancellation));

        /// <summary>Runs several scenarios on common random numbers.</summary>
        public ScenarioComparison Compare(IReadOnlyList<Scenario> scenarios, Action<int, int> progress) => Cluster is not null
            ? OnCluster(d => Auto is null
                ? d.CompareAsync(scenarios, Options, progress, Cancellation)
                : d.CompareToPrecisionAsync(scenarios, Options, Auto, progress, Cancellation))
            : Auto is null
                ? ScenarioComparison.Run(scenarios, Options, progress, Cancellation)
                : ScenarioComparison.RunToPrecision(scenarios, Options, Auto, progress, Cancellation);

        private T OnCluster<T>(Func<DistributedSimulation, Task<T>> body)
        {
            try
            {
                return Distributed().GetAwaiter().GetResult();
            }
            catch (DistributedSimulationException e)
            {
                throw new CliInputException(e.Message);
            }

            async Task<T> Distributed()
            {
                using var host = await Cluster!.ConnectAsync().ConfigureAwait(false);
                try
                {
                    var client = host.Services.GetRequiredService<IClusterClient>();
                    return await body(new DistributedSimulation(client, new DistributedOptions { BatchRuns = BatchRuns })).ConfigureAwait(false);
                }
                finally
                {
                    await host.StopAsync().ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>The <c>--cluster</c> option of run, compare and sweep: run on an Orleans cluster (docs/distributed.md).</summary>
    public static Option<string?> Cluster() => new("--cluster")
    {
        Description = "Run on an Orleans cluster of 'salesdomain worker' processes: 'localhost' (or 'localhost:PORT') or a PostgreSQL connection string 'Host=…;Database=…;Username=…' (docs/distributed.md). Same result as a local run.",
        Validators = { r => { if (r.Tokens.Count == 1 && !TryCluster(r.Tokens[0].Value, out var error)) { r.AddError(error!); } } },
    };

    /// <summary>The <c>--batch-runs</c> option: replications per work item on a cluster.</summary>
    public static Option<int> BatchRuns() => new("--batch-runs")
    {
        Description = "With --cluster: replications per work item (default 10); the result does not depend on it.",
        DefaultValueFactory = _ => new DistributedOptions().BatchRuns,
        Validators = { r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 1) { r.AddError($"--batch-runs must be >= 1, was {n}."); } } },
    };

    /// <summary>The plan of <paramref name="plan"/> on the cluster of <c>--cluster</c> (null = local).</summary>
    public static RunPlan OnCluster(RunPlan plan, string? cluster, int batchRuns)
        => cluster is null ? plan : plan with { Cluster = ClusterConnection.Parse(cluster), BatchRuns = batchRuns };

    private static bool TryCluster(string text, out string? error)
    {
        try
        {
            ClusterConnection.Parse(text);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            error = e.Message.Split(" (Parameter", 2)[0];
            return false;
        }
    }

    /// <summary>Adds the usage error of <c>--precision</c> or <c>--max-runs</c> given without <c>--runs auto</c> to a command.</summary>
    public static void RequireAutoForPrecision(Command command, Option<string?> runs, Option<decimal?> precision, Option<int?> maxRuns)
        => command.Validators.Add(r =>
        {
            var fixedRuns = CommonOptions.Single(r, runs) is not AutoRuns;
            if (fixedRuns && (r.GetResult(precision) is not null || r.GetResult(maxRuns) is not null))
            {
                r.AddError($"--precision and --max-runs need --runs {AutoRuns}, was --runs {CommonOptions.Single(r, runs) ?? DefaultRuns.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        });

    /// <summary>Replications from <c>--runs</c> text: a whole number ≥ 1, or null for <c>auto</c>.</summary>
    private static bool TryRuns(string text, out int? runs)
    {
        runs = null;
        if (text == AutoRuns)
        {
            return true;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= SimulationOptions.MaxRuns)
        {
            runs = n;
            return true;
        }

        return false;
    }

    public static Option<int?> Months() => new("--months")
    {
        Description = "Horizon in months (default: the scenario's).",
        Validators =
        {
            // A token that is not a number is reported by the parser itself; reading it here would throw.
            r =>
            {
                if (int.TryParse(r.Tokens.FirstOrDefault()?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var m)
                    && m is < 1 or > Scenario.MaxMonths)
                {
                    r.AddError($"--months must be within 1..{Scenario.MaxMonths}, was {m}.");
                }
            },
        },
    };

    public static Option<FileInfo?> PerRun() => new("--per-run")
    {
        Description = "Write each replication's final-month and horizon figures to this CSV file (one row per replication, invariant culture).",
    };

    public static Option<string?> Builtin() => new("--builtin")
    {
        Description = $"A built-in scenario: {string.Join(", ", BuiltInScenarios.Names)}.",
    };

    /// <summary>
    /// The run plan of the options; <paramref name="metric"/> is the headline of <c>--runs auto</c> (summed over the horizon).
    /// </summary>
    /// <exception cref="ArgumentException"><c>--precision</c> or <c>--max-runs</c> without <c>--runs auto</c>.</exception>
    public static RunPlan Options(long seed, string? runs, int? months, decimal? precision = null, int? maxRuns = null, Metric metric = Metric.Profit)
    {
        TryRuns(runs ?? DefaultRuns.ToString(System.Globalization.CultureInfo.InvariantCulture), out var fixedRuns);
        if (fixedRuns is not null && (precision is not null || maxRuns is not null))
        {
            throw new CliInputException($"--precision and --max-runs need --runs {AutoRuns}, was --runs {fixedRuns}.");
        }

        var options = new SimulationOptions { Seed = seed, Runs = fixedRuns ?? DefaultRuns, Months = months };
        var defaults = new PrecisionTarget();
        return new RunPlan(options, fixedRuns is not null ? null : defaults with
        {
            Metric = metric,
            RelativeHalfWidth = precision ?? defaults.RelativeHalfWidth,
            MaxRuns = maxRuns ?? defaults.MaxRuns,
        });
    }

    /// <summary>A scenario file when <paramref name="nameOrFile"/> is an existing file or ends in .json, else a built-in name.</summary>
    public static Scenario Load(string nameOrFile)
        => File.Exists(nameOrFile) || nameOrFile.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ScenarioJson.Parse(File.ReadAllText(nameOrFile))
            : BuiltInScenarios.Named(nameOrFile);

    /// <summary>Runs <paramref name="body"/> under a progress display on stderr (so stdout stays clean for --json).</summary>
    public static T WithProgress<T>(IReadOnlyList<(string Name, int Runs)> tasks, Func<Action<int, int>, T> body)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var bars = tasks.Select(t => ctx.AddTask(Markup.Escape(t.Name), maxValue: t.Runs)).ToArray();
                result = body((index, done) => bars[index].Value = done);

                // --runs auto may stop before its cap: the bar ends full at the runs made.
                foreach (var bar in bars)
                {
                    bar.MaxValue = Math.Max(1, bar.Value);
                }
            });
        return result;
    }

    /// <summary>
    /// <c>--discount-rate R</c>: annual rate (0.1 = 10 %) at which the business figures discount month m by
    /// (1 + R)^(−m ÷ 12); default 0.
    /// </summary>
    public static Option<double> DiscountRate()
    {
        var option = new Option<double>("--discount-rate") { Description = "Annual discount rate of the business figures (LTV, discounted contribution), e.g. 0.1; default 0." };
        option.Validators.Add(r =>
        {
            if (r.GetValue(option) is var v && (v < 0 || v > 10 || !double.IsFinite(v)))
            {
                r.AddError($"--discount-rate must be within [0, 10], was {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        });
        return option;
    }

    /// <summary>Writes the business figures, the ledger of causes and the figures per group of a run.</summary>
    public static void RenderBusiness(RunReport report)
    {
        string T(BandReport? band, string format = "N0") => band is null ? Words.T("n/a") : Text(ToBand(band), format);
        var b = report.Business;
        var table = new Table().Title(Words.F("Business figures over the horizon (discount rate {0:P1}) — {1}", b.DiscountRate, Legend))
            .AddColumns(Words.T("figure"), Words.T("value"));
        Row(Words.T("revenue"), T(b.Revenue));
        Row(Words.T("gross margin"), T(b.GrossMargin));
        Row(Words.T("cost of sales (salaries, bonuses, hiring, trainees)"), T(b.CostOfSales));
        Row(Words.T("contribution after the sales force"), T(b.Contribution));
        Row(Words.T("ROI of the sales force"), T(b.Roi, "P1"));
        Row(Words.T("discounted contribution"), T(b.DiscountedContribution));
        foreach (var (name, c) in new[] { (Words.T("hunting"), b.Hunting), (Words.T("won back"), b.WonBack) })
        {
            Row(Words.F("{0}: clients · CAC · LTV (margin within horizon) · payback months", name), $"{T(c.Clients)} · {T(c.Cac)} · {T(c.Ltv)} · {T(c.PaybackMonths, "N1")}");
        }

        var k = report.Causes;
        foreach (var (name, band) in new[]
                 {
                     ("acquired", k.Acquired), ("refused early (one-off included)", k.RefusedEarly), ("one-off activations", k.OneOffActivations),
                     ("churned", k.Churned), ("lost at hand-over", k.LostAtHandOver), ("lost with a leaving manager", k.LostWithLeavingManager),
                     ("won back", k.WonBack), ("downgraded", k.Downgrades), ("first orders padded above the activation minimum", k.ThresholdPadded),
                     ("managers who left", k.ManagersLeft),
                 })
        {
            Row(Words.F("ledger: {0}", Words.T(name)), T(band));
        }

        foreach (var (name, band) in new[] { ("closings the head joined", k.HeadClosings), ("deals at the head's closings", k.HeadDeals), ("deals the head's lift brought", k.HeadExtraDeals) })
        {
            if (band is not null)
            {
                Row(Words.F("ledger: {0}", Words.T(name)), T(band));
            }
        }

        AnsiConsole.Write(table);

        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        var groups = new Table().Title(Words.T("Per manager, by group: hours over the horizon"))
            .AddColumns([.. new[] { "group", "available", "hunting", "farming", "reactivating", "clients", "norm compliance" }.Select(Words.T)]);
        foreach (var g in report.Managers)
        {
            groups.AddRow([.. new[] { $"{g.Group} ({g.Role} × {g.Managers})", T(g.AvailableHours), T(g.HuntingHours), T(g.FarmingHours), T(g.ReactivationHours), T(g.ClientsPerManager), T(g.NormCompliance, "P1") }.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(groups);
    }

    private static Band ToBand(BandReport b) => new(b.Mean, b.P05, b.P95)
    {
        StandardError = b.Se,
        Ci95Low = b.Ci95 is [var lo, _] ? lo : null,
        Ci95High = b.Ci95 is [_, var hi] ? hi : null,
    };

    /// <summary>The camelCase JSON name of a metric.</summary>
    public static string Key(Metric metric) => JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());

    /// <summary>A band as "mean ± CI half width [p05 … p95]" (no ± part with one run).</summary>
    public static string Text(Band band, string format = "N0")
    {
        string F(decimal v) => v.ToString(format, System.Globalization.CultureInfo.CurrentCulture);
        var ci = band.Ci95HalfWidth is { } half ? $" ± {HalfWidth(half, format)}" : "";
        return $"{F(band.Mean)}{ci} [{F(band.P05)} … {F(band.P95)}]";
    }

    /// <summary>A CI half width in the metric's format, with up to three more decimals so that a small, non-zero one does not read as 0.</summary>
    private static string HalfWidth(decimal half, string format)
    {
        var kind = format[..1];
        var digits = int.Parse(format[1..], System.Globalization.CultureInfo.InvariantCulture);
        var scale = kind == "P" ? 100m : 1m;
        for (var extra = 0; extra < 3 && half != 0m && Math.Round(half * scale, digits + extra) == 0m; extra++)
        {
            digits++;
        }

        return half.ToString(kind + digits.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.CurrentCulture);
    }

    /// <summary>A paired difference as "mean ± CI half width [p05 … p95] P(Δ>0) x %".</summary>
    public static string Text(PairedDifference difference, string format = "N0")
        => $"{Text(difference.Band, format)} P(Δ>0) {Probability(difference.PPositive)}";

    /// <summary>A probability as a percentage; "&gt; 99.9 %" and "&lt; 0.1 %" instead of a rounded certainty.</summary>
    public static string Probability(double p) => p switch
    {
        > 0.999 and < 1 => "> " + 0.999.ToString("P1", System.Globalization.CultureInfo.CurrentCulture),
        > 0 and < 0.001 => "< " + 0.001.ToString("P1", System.Globalization.CultureInfo.CurrentCulture),
        _ => p.ToString("P1", System.Globalization.CultureInfo.CurrentCulture),
    };

    /// <summary>Bonus payout over the horizon ÷ revenue over the horizon of one replication (0 without revenue).</summary>
    public static decimal HorizonPayoutRatio(ReplicationOutcome o)
    {
        decimal payout = 0m, revenue = 0m;
        foreach (var v in o.SeriesOf(Metric.BonusPayout))
        {
            payout += v;
        }

        foreach (var v in o.SeriesOf(Metric.Revenue))
        {
            revenue += v;
        }

        return revenue == 0m ? 0m : Math.Round(payout / revenue, 6);
    }

    /// <summary>Metrics whose value means nothing in a scenario: norm compliance when every contact norm is zero.</summary>
    public static IReadOnlyList<Metric> NotApplicable(Scenario scenario)
        => scenario.Farming is { NormA: 0, NormB: 0, NormC: 0 } ? [Metric.NormCompliance] : [];

    /// <summary>The label of a metric's row: key and whether it is the final month or the horizon's total.</summary>
    public static string Label(Metric metric) => Name(metric) + " " + Words.T(metric switch
    {
        Metric.PayoutRatio => "(final month, net of clawbacks)",
        _ when IsStock(metric) => "(final)",
        _ => "(total)",
    });

    /// <summary>A metric's name in the current language (its JSON key in English).</summary>
    public static string Name(Metric metric) => Words.T(Key(metric));

    /// <summary>The display format of a metric: shares as percentages, the rest as whole numbers.</summary>
    public static string FormatOf(Metric metric) => metric is Metric.PayoutRatio or Metric.NormCompliance ? "P1" : "N0";

    /// <summary>Metrics that are stocks or ratios (reported at the final month); the others are flows (summed over the horizon).</summary>
    public static bool IsStock(Metric metric) => metric is Metric.ActiveClients or Metric.LostClients or Metric.PotentialClients
        or Metric.LapsedClients or Metric.NormCompliance or Metric.AClients or Metric.XClients or Metric.PayoutRatio or Metric.Buyers;

    /// <summary>The title part that explains a band's text.</summary>
    public const string BandLegend = "mean ± 95 % CI of the mean [[5 % … 95 % of runs]]";

    /// <summary><see cref="BandLegend"/> in the current language.</summary>
    public static string Legend => Words.T(BandLegend);

    /// <summary>Writes the summary table of one result.</summary>
    public static void RenderSummary(SimulationResult result, Scenario scenario)
    {
        var table = new Table().Title(Words.F("{0}: {1:N0} runs × {2} months, seed {3} — {4}", Markup.Escape(result.Scenario), result.Runs, result.Months, result.Seed, Legend))
            .AddColumns(Words.T("metric"), Words.T("final month"), Words.T("whole horizon"));
        var notApplicable = NotApplicable(scenario);
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var format = FormatOf(metric);
            var final = notApplicable.Contains(metric) ? Words.T("n/a (every contact norm is 0)") : Text(result.Final(metric), format);
            var total = metric == Metric.PayoutRatio ? Text(result.Of(HorizonPayoutRatio), format) : IsStock(metric) ? "" : Text(result.Total(metric), format);
            var label = metric == Metric.PayoutRatio ? Name(metric) + " " + Words.T("(net of clawbacks)") : Name(metric);
            table.AddRow(Markup.Escape(label), Markup.Escape(final), Markup.Escape(total));
        }

        AnsiConsole.Write(table);
        if (UpfrontReport.From(result, scenario) is not { } upfront)
        {
            return;
        }

        if (upfront.PayoutShareOfWindowRevenue is { } share)
        {
            AnsiConsole.MarkupLine(Words.F(
                "Upfront bonus kept on closed windows: [bold]{0:P1}[/] of the clients' window revenue [[{1:P1} … {2:P1}]] (largest {3:P1}, bound {4:P0}); clawed back on {5:P1} of windows.",
                share.Mean, share.P05, share.P95, upfront.LargestShare, upfront.Bound, upfront.ClawbackShare.Mean));
            AnsiConsole.MarkupLine(Words.F(
                "Open exposure at the horizon: [bold]{0:N0}[/] of upfront bonus on {1:N1} windows not yet closed [[{2:N0} … {3:N0}]]: paid, and could still be clawed back after the last month.",
                upfront.OpenExposure.Mean, upfront.OpenWindows.Mean, upfront.OpenExposure.P05, upfront.OpenExposure.P95));
        }
        else
        {
            AnsiConsole.MarkupLine(Words.F(
                "Upfront bonus without clawback: [bold]{0:P1}[/] of the first month's revenue, paid and never taken back (no renewal window).",
                upfront.PayoutShareOfFirstMonthRevenue.Mean));
        }
    }
}
