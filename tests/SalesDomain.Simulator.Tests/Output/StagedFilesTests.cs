using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Tests.Output;

/// <summary>The report's files appear together or not at all.</summary>
public sealed class StagedFilesTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sd-staged-");

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Complete_MovesEveryFileIntoPlace_AndLeavesNoPartialFile()
    {
        File.WriteAllText(PathOf("a.txt"), "old a");
        StagedFiles.Write([(PathOf("a.txt"), p => File.WriteAllText(p, "new a")), (PathOf("b.txt"), p => File.WriteAllText(p, "new b"))], CancellationToken.None);

        Assert.Equal("new a", File.ReadAllText(PathOf("a.txt")));
        Assert.Equal("new b", File.ReadAllText(PathOf("b.txt")));
        Assert.Equal(["a.txt", "b.txt"], _dir.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFailingWriter_LeavesTheEarlierFilesAsTheyWere()
    {
        File.WriteAllText(PathOf("a.txt"), "old a");
        var error = Assert.Throws<IOException>(() => StagedFiles.Write(
            [(PathOf("a.txt"), p => File.WriteAllText(p, "new a")), (PathOf("b.txt"), _ => throw new IOException("disk full"))],
            CancellationToken.None));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("old a", File.ReadAllText(PathOf("a.txt")));
        Assert.Equal(["a.txt"], _dir.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Cancelled_WhileWriting_MovesNothing()
    {
        using var cancel = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() => StagedFiles.Write(
            [
                (PathOf("a.txt"), p => File.WriteAllText(p, "new a")),
                (PathOf("b.txt"), p =>
                {
                    File.WriteAllText(p, "new b");
                    cancel.Cancel(); // Ctrl+C while the last file is being written
                }),
            ],
            cancel.Token));

        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void CancelledBefore_WritesNothing()
    {
        var called = false;
        Assert.Throws<OperationCanceledException>(() => StagedFiles.Write([(PathOf("a.txt"), _ => called = true)], new CancellationToken(canceled: true)));
        Assert.False(called);
        Assert.Empty(_dir.GetFiles());
    }
}
