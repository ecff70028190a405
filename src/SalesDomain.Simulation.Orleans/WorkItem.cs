using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orleans;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Orleans;

/// <summary>
/// One unit of distributed work: replications [<see cref="First"/>, First + <see cref="Count"/>) of the scenario whose
/// JSON hashes to <see cref="ScenarioHash"/>, run by engine <see cref="EngineVersion"/> with <see cref="Seed"/> over
/// <see cref="Months"/> months. Everything that fixes the result is in the key, so running an item twice (a retry
/// after a silo died) gives the same replications.
/// </summary>
/// <param name="ScenarioHash">SHA-256 (hex) of the scenario's JSON (<see cref="HashOf"/>).</param>
/// <param name="EngineVersion">The engine version of the client that made the item (<see cref="Orleans.EngineVersion.Current"/>).</param>
/// <param name="Seed">Seed of the random streams.</param>
/// <param name="Months">Horizon in months.</param>
/// <param name="First">Index of the first replication.</param>
/// <param name="Count">Number of replications, ≥ 1.</param>
[GenerateSerializer, Immutable, Alias("SalesDomain.WorkItem")]
public sealed record WorkItem(
    [property: Id(0)] string ScenarioHash,
    [property: Id(1)] string EngineVersion,
    [property: Id(2)] long Seed,
    [property: Id(3)] int Months,
    [property: Id(4)] int First,
    [property: Id(5)] int Count)
{
    /// <summary>The grain key: scenario hash, engine version, seed, months and replication range.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{ScenarioHash}/{EngineVersion}/{Seed}/{Months}/{First}-{First + Count}");

    /// <summary>SHA-256 (lower-case hex) of a scenario's JSON text.</summary>
    public static string HashOf(string scenarioJson)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenarioJson)));

    /// <summary>The JSON a scenario travels as (<see cref="ScenarioJson.Write"/>).</summary>
    public static string JsonOf(Scenario scenario) => ScenarioJson.Write(scenario);
}

/// <summary>What a worker returns for a <see cref="WorkItem"/>: its replications in index order, or why it refused.</summary>
[GenerateSerializer, Alias("SalesDomain.ReplicationBatch")]
public sealed class ReplicationBatch
{
    /// <summary>Why the worker refused the item (another engine version, a scenario that does not match its hash); null when it ran.</summary>
    [Id(0)] public string? Refusal { get; init; }

    /// <summary>The worker that ran (or refused) the item: its silo address.</summary>
    [Id(1)] public string Worker { get; init; } = "";

    /// <summary>The item's replications, in index order.</summary>
    [Id(2)] public IReadOnlyList<ReplicationPayload> Replications { get; init; } = [];

    /// <summary>Seconds the worker spent running the replications.</summary>
    [Id(3)] public double Seconds { get; init; }
}

/// <summary>One replication on the wire: its index, the monthly series per metric and the ledger as UTF-8 JSON.</summary>
[GenerateSerializer, Immutable, Alias("SalesDomain.ReplicationPayload")]
public sealed class ReplicationPayload
{
    /// <summary>Replication index.</summary>
    [Id(0)] public int Replication { get; init; }

    /// <summary>One monthly series per metric, in enum order (Orleans' decimal codec keeps every bit, scale included).</summary>
    [Id(1)] public decimal[][] Series { get; init; } = [];

    /// <summary>The ledger, serialized with <see cref="LedgerJson"/> (System.Text.Json source generation).</summary>
    [Id(2)] public byte[] Ledger { get; init; } = [];
}
