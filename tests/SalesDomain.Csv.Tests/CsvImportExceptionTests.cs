using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>The error of a file that cannot be imported at all: its three constructors keep the message and the cause.</summary>
public class CsvImportExceptionTests
{
    [Fact]
    public void Message_IsKept()
    {
        var e = new CsvImportException("The file is empty.");

        Assert.Equal("The file is empty.", e.Message);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void MessageAndCause_AreKept()
    {
        var cause = new InvalidDataException("damaged");

        var e = new CsvImportException("The workbook cannot be read.", cause);

        Assert.Equal("The workbook cannot be read.", e.Message);
        Assert.Same(cause, e.InnerException);
    }

    [Fact]
    public void WithoutAMessage_TheDefaultMessageNamesTheType()
    {
        var e = new CsvImportException();

        Assert.Equal("Exception of type 'SalesDomain.Csv.CsvImportException' was thrown.", e.Message);
        Assert.Null(e.InnerException);
        Assert.IsAssignableFrom<Exception>(e);
    }
}
