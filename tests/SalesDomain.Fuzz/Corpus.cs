namespace SalesDomain.Fuzz;

/// <summary>The seed inputs of each target, from <c>corpus/&lt;target&gt;/</c> beside the program.</summary>
internal static class Corpus
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>The seed workbook every generated sheet is placed into.</summary>
    public static byte[] Workbook { get; } = File.ReadAllBytes(Path.Combine(Root, "xlsx", "sales.xlsx"));

    /// <summary>The seeds of a target, in file-name order.</summary>
    public static List<byte[]> Seeds(string target)
    {
        var folder = Path.Combine(Root, target);
        var seeds = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
            : [];
        if (target == "scenario")
        {
            // The built-in scenarios as their files would be written.
            seeds.AddRange(Simulation.Scenarios.BuiltInScenarios.Names.Select(name =>
                System.Text.Encoding.UTF8.GetBytes(Simulation.Scenarios.ScenarioJson.Write(Simulation.Scenarios.BuiltInScenarios.Named(name)))));
        }

        return seeds.Count > 0 ? seeds : [[]];
    }
}
