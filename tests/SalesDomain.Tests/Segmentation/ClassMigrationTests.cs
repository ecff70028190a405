using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>The class history: migration between as-of months (docs/segmentation.md).</summary>
public class ClassMigrationTests
{
    private static IEnumerable<Sale> Monthly(string client, SalesMonth from, SalesMonth to, decimal amount)
        => SalesMonth.Range(from, to).Select(m => new Sale(client, new DateOnly(m.Year, m.Month, 10), amount));

    private static readonly ClientBase Base = ClientBase.FromSales(
    [
        .. Monthly("a", new(2024, 1), new(2025, 12), 100m),  // steady all along
        .. Monthly("b", new(2024, 1), new(2024, 6), 1000m),  // big in early 2024, then silent
        .. Monthly("c", new(2025, 1), new(2025, 6), 100m),   // new in 2025
    ]);

    [Fact]
    public void HandComputedStep_EnteredLeftAndChanged()
    {
        // As of 2024-12-31 (window 2024-01..2024-12): b 6000 is A, a 1200 starts at 83 % and is B; c is not in the base.
        // As of 2025-06-30 (window 2024-07..2025-06): b has no purchase (left), a 1200 is A, c 600 starts at 67 % and is A.
        var step = Assert.Single(ClassMigration.Build(Base, new(2024, 12), new(2025, 6), stepMonths: 6));

        Assert.Equal((new SalesMonth(2024, 12), new SalesMonth(2025, 6)), (step.From, step.To));
        Assert.Equal(1, step.Abc(AbcClass.B, AbcClass.A));
        Assert.Equal(1, step.AbcMatrix.Sum());
        Assert.Equal(1, step.Xyz(XyzClass.X, XyzClass.X));
        Assert.Equal((1, 1), (step.Entered, step.Left));
        Assert.Equal([new ClassChange("a", AbcClass.B, AbcClass.A, XyzClass.X, XyzClass.X)], step.Changes.ToArray());
    }

    [Fact]
    public void MonthlySteps_OnePerMonth_AndMatricesCountClientsInBothPoints()
    {
        var steps = ClassMigration.Build(Base, new(2025, 1), new(2025, 6));

        Assert.Equal(5, steps.Length);
        Assert.All(steps, s => Assert.Equal(s.From.AddMonths(1), s.To));
        Assert.All(steps, s => Assert.Equal(s.AbcMatrix.Sum(), s.XyzMatrix.Sum()));
    }

    [Fact]
    public void ToNotAfterFrom_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ClassMigration.Build(Base, new(2025, 6), new(2025, 6)));
        Assert.Equal("to", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassMigration.Build(Base, new(2025, 1), new(2025, 6), stepMonths: 0));
    }
}
