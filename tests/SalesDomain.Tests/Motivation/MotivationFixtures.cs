using SalesDomain.Calendar;
using SalesDomain.Motivation;

namespace SalesDomain.Tests.Motivation;

/// <summary>Small builders for motivation unit tests.</summary>
internal static class MotivationFixtures
{
    public static SalesMonth M(string text) => SalesMonth.Parse(text);

    public static MonthlySale Sale(string agent, string client, string month, decimal amount) => new(agent, client, M(month), amount);

    /// <summary>One client c1 of agent a1 buying <paramref name="amounts"/> in consecutive months from 2024-01.</summary>
    public static PayoutInput Path(params decimal[] amounts) => new SalesDomain.Testing.SalesPath([.. amounts]).ToInput();

    public static UpfrontBonusScheme SeedUpfront { get; } = new("upfront");

    public static decimal Sum(this PayoutStatement statement, PayoutLineKind kind) =>
        statement.Lines.Where(l => l.Kind == kind).Sum(l => l.Amount);
}
