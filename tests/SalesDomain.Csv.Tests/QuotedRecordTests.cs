using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// One record with quotes split into its unescaped fields, and refused (null) when a field is not quoted exactly or
/// when a line break outside quotes makes it more than one record.
/// </summary>
public class QuotedRecordTests
{
    [Theory]
    [InlineData("a,b", new[] { "a", "b" })]
    [InlineData("\"a\",b", new[] { "a", "b" })]
    [InlineData("\"a,b\",c", new[] { "a,b", "c" })]
    [InlineData("\"a\"\"b\",c", new[] { "a\"b", "c" })]
    [InlineData("\"\"\"\"", new[] { "\"" })]
    [InlineData("\"a\"\"\"", new[] { "a\"" })]
    [InlineData("\"\"\"a\"", new[] { "\"a" })]
    [InlineData("\"\",x", new[] { "", "x" })]
    [InlineData("x,\"\"", new[] { "x", "" })]
    [InlineData("\"line 1\nline 2\",2", new[] { "line 1\nline 2", "2" })]
    public void Split_ExactlyQuotedFields_AreUnescaped(string record, string[] fields)
        => Assert.Equal(fields, QuotedRecord.Split(record, ','));

    [Fact]
    public void Split_UsesTheGivenDelimiter()
        => Assert.Equal(["a,b", "c \"d\""], QuotedRecord.Split("\"a,b\";\"c \"\"d\"\"\"", ';'));

    [Fact]
    public void Split_AnEmptyRecord_IsOneEmptyField()
        => Assert.Equal([string.Empty], QuotedRecord.Split(string.Empty, ','));

    [Theory]
    [InlineData("\"")]
    [InlineData("\"ab")]
    [InlineData("\"ab,c")]
    [InlineData("a\"b,c")]
    [InlineData("a,b\"")]
    [InlineData("\"a\"b,c")]
    [InlineData("\"a\"b\",c")]
    [InlineData("x,\"a\"b\"")]
    [InlineData("\"a\"\"")]
    [InlineData("\"a\"\"\"\"")]
    public void Split_AFieldNotQuotedExactly_IsRefused(string record)
        => Assert.Null(QuotedRecord.Split(record, ','));

    [Theory]
    [InlineData("a\nb")]
    [InlineData("\"a\"\nb")]
    [InlineData("\"a\",b\nc")]
    [InlineData("\"a\"\r\n\"b\"")]
    public void Split_ALineBreakOutsideQuotes_IsRefused(string record)
        => Assert.Null(QuotedRecord.Split(record, ','));

    [Theory]
    [InlineData("", false)]
    [InlineData("a,b", false)]
    [InlineData("\"a\",b", false)]
    [InlineData("\"a,b", true)]
    [InlineData("\"a\"\"", true)]
    public void LeavesQuoteOpen_IsTheOddQuoteCount(string text, bool open)
        => Assert.Equal(open, QuotedRecord.LeavesQuoteOpen(text));
}
