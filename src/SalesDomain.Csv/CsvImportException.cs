namespace SalesDomain.Csv;

/// <summary>The file cannot be imported at all (no header, a required column missing).</summary>
public sealed class CsvImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CsvImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public CsvImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CsvImportException()
    {
    }
}
