namespace SalesDomain.Simulator.Output;

/// <summary>
/// Writes several files so that they appear together or not at all: each is written beside its final name as
/// <c>&lt;name&gt;.partial</c>, and only when every one is complete and the command was not interrupted are they moved
/// into place. An interrupted or failed write leaves the files that were there before.
/// </summary>
internal static class StagedFiles
{
    /// <summary>The suffix of a file being written.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>
    /// Calls each writer with its staging path, then moves every staged file to its final path; throws
    /// <see cref="OperationCanceledException"/> instead of moving when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static void Write(IReadOnlyList<(string Path, Action<string> WriteTo)> files, CancellationToken cancellationToken)
    {
        var staged = new List<string>(files.Count);
        try
        {
            foreach (var (path, writeTo) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var partial = path + PartialSuffix;
                staged.Add(partial);
                writeTo(partial);
            }

            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < files.Count; i++)
            {
                File.Move(staged[i], files[i].Path, overwrite: true);
            }
        }
        finally
        {
            foreach (var partial in staged)
            {
                File.Delete(partial);
            }
        }
    }
}
