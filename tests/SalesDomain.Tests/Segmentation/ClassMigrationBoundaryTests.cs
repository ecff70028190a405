using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>The class history at its bounds: step lengths, the first and last as-of months, per-class counts, order of changes.</summary>
public class ClassMigrationBoundaryTests
{
    private static IEnumerable<Sale> Monthly(string client, SalesMonth from, SalesMonth to, decimal amount)
        => SalesMonth.Range(from, to).Select(m => new Sale(client, new DateOnly(m.Year, m.Month, 10), amount));

    private static readonly ClientBase Base = ClientBase.FromSales(
    [
        .. Monthly("a", new(2024, 1), new(2025, 12), 100m),
        .. Monthly("b", new(2024, 1), new(2024, 6), 1000m),
        .. Monthly("c", new(2025, 1), new(2025, 6), 100m),
    ]);

    [Fact]
    public void HandComputedStep_CountsEachClassBeforeAndAfter()
    {
        // As of 2024-12: b 6000 (A), a 1200 (B); as of 2025-06: a 1200 (A), c 600 (A, 1200/1800 < 0.8 before it); b left.
        var step = Assert.Single(ClassMigration.Build(Base, new(2024, 12), new(2025, 6), stepMonths: 6));
        Assert.Equal([1, 1, 0], step.AbcBefore.ToArray());
        Assert.Equal([2, 0, 0], step.AbcAfter.ToArray());
        Assert.Equal(1, step.Abc(AbcClass.B, AbcClass.A));
        Assert.Equal(0, step.Abc(AbcClass.A, AbcClass.A));
        Assert.Equal(0, step.Abc(AbcClass.A, AbcClass.B));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    [InlineData(int.MinValue)]
    public void StepMonths_OutsideOneTo120_IsRejected(int stepMonths)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ClassMigration.Build(Base, new(2024, 1), new(2025, 1), stepMonths));
        Assert.Equal("stepMonths", e.ParamName);
        Assert.Contains("must be within [1, 120]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepMonths_OneAnd120_AreAccepted()
    {
        Assert.Single(ClassMigration.Build(Base, new(2015, 1), new(2025, 1), stepMonths: 120));
        Assert.Single(ClassMigration.Build(Base, new(2025, 1), new(2025, 2), stepMonths: 1));
    }

    [Fact]
    public void AStepThatDoesNotDivideTheSpan_StopsAtTheLastWholeStep()
    {
        var steps = ClassMigration.Build(Base, new(2025, 1), new(2025, 6), stepMonths: 2);
        Assert.Equal([(new SalesMonth(2025, 1), new SalesMonth(2025, 3)), (new SalesMonth(2025, 3), new SalesMonth(2025, 5))],
            steps.Select(s => (s.From, s.To)));
    }

    [Fact]
    public void ToNotAfterFrom_SaysWhichMonths()
    {
        var e = Assert.Throws<ArgumentException>(() => ClassMigration.Build(Base, new(2025, 6), new(2025, 5)));
        Assert.Equal("to", e.ParamName);
        Assert.StartsWith("The last as-of month (2025-05) must be after the first (2025-06).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_AreInOrdinalIdOrder_AndAClientWithoutAPurchaseDayIsNotInTheBase()
    {
        var clientBase = ClientBase.FromSales(
        [
            // As of January: a 1000 (A), B and b 10 each (C). As of February: B and b 5010 each (A), a 1000 (B).
            .. Monthly("b", new(2025, 1), new(2025, 1), 10m), .. Monthly("b", new(2025, 2), new(2025, 2), 5000m),
            .. Monthly("B", new(2025, 1), new(2025, 1), 10m), .. Monthly("B", new(2025, 2), new(2025, 2), 5000m),
            .. Monthly("a", new(2025, 1), new(2025, 1), 1000m),
            new Sale("z", new DateOnly(2025, 2, 3), 50m), new Sale("z", new DateOnly(2025, 2, 3), -50m), // cancelled the same day
        ]);
        var step = Assert.Single(ClassMigration.Build(clientBase, new(2025, 1), new(2025, 2)));
        Assert.Equal(["B", "a", "b"], step.Changes.Select(c => c.ClientId));
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.A], step.Changes.Select(c => c.AbcTo));
        Assert.Equal((0, 0), (step.Entered, step.Left));
        Assert.Equal(3, step.AbcAfter.Sum());
        Assert.Equal(3, step.Xyz(XyzClass.Z, XyzClass.Z)); // one or two months with sales in twelve: Z at both points
        Assert.Equal(0, step.Xyz(XyzClass.Y, XyzClass.Y));
    }
}
