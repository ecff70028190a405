using SalesDomain.Serialization;

namespace SalesDomain.Tests.Serialization;

/// <summary>
/// Every public result and settings type of the core has JSON metadata in <see cref="SalesDomainJsonContext"/>, so a
/// CRM can store it; a new one fails here until it is added to the context (or, with a reason, to the exclusions).
/// </summary>
public class JsonContextConventionTests
{
    private static readonly string[] Namespaces =
        ["Segmentation", "Reactivation", "Forecast", "Funnels", "Motivation", "Contacts", "Managers", "Model", "Calendar"];

    private static readonly string[] Suffixes =
        ["Result", "Report", "List", "Statement", "Plan", "Options", "Norms", "Policy", "Definition", "Matrix", "Summary", "Scorecard", "Rule", "Fit", "Model"];

    /// <summary>Types the context leaves out on purpose.</summary>
    private static readonly Dictionary<Type, string> Exclusions = new()
    {
        // The columnar kernel's in-memory output: class codes and totals in arrays indexed like its RevenueMatrix,
        // meant to be read and dropped; its ABC×XYZ matrix (AbcXyzMatrix) is covered.
        [typeof(SalesDomain.Segmentation.Columnar.ColumnarSegmentationResult)] = "columnar kernel output",

        // The columnar kernel's input, cents in a ReadOnlyMemory<long> of clients × periods: an input buffer, not a
        // stored result; the client base it is built from is covered.
        [typeof(SalesDomain.Segmentation.Columnar.RevenueMatrix)] = "columnar kernel input",

        // A client's summary as the BG/NBD fit sees it (frequency, recency, age): an intermediate of the reactivation
        // list, not a stored result; the list and its items are covered.
        [typeof(SalesDomain.Reactivation.RfmSummary)] = "model input",

        // A part of the motivation schemes, which scheme files read and write through SchemeJson (its own context,
        // MotivationJsonContext, with the schemes' type discriminators).
        [typeof(SalesDomain.Motivation.ActivationRule)] = "scheme part, in SchemeJson",
    };

    public static TheoryData<Type> CoveredTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Candidates().Where(t => !Exclusions.ContainsKey(t)))
        {
            data.Add(type);
        }

        return data;
    }

    private static IEnumerable<Type> Candidates() => typeof(SalesDomainJsonContext).Assembly.GetExportedTypes()
        .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsEnum && !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t)
                    && !t.IsNested
                    && Namespaces.Any(n => t.Namespace?.StartsWith($"SalesDomain.{n}", StringComparison.Ordinal) == true)
                    && Suffixes.Any(s => t.Name.EndsWith(s, StringComparison.Ordinal)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(CoveredTypes))]
    public void EveryResultAndSettingsType_HasJsonMetadataInTheContext(Type type)
        => Assert.True(SalesDomainJsonContext.Default.GetTypeInfo(type) is not null, $"{type.FullName} is not in SalesDomainJsonContext.");

    [Fact]
    public void TheConventionSeesTheKnownTypes_AndEveryExclusionStillExists()
    {
        var candidates = Candidates().ToHashSet();

        Assert.Contains(typeof(SalesDomain.Reactivation.ReactivationList), candidates);
        Assert.Contains(typeof(SalesDomain.Contacts.ContactNorms), candidates);
        Assert.Contains(typeof(SalesDomain.Motivation.PayoutStatement), candidates);
        Assert.All(Exclusions.Keys, t => Assert.Contains(t, candidates));
    }
}
