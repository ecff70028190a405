namespace SalesDomain.Simulation.Orleans.Tests;

public sealed class ClusterConnectionTests
{
    [Fact]
    public void Localhost_is_development_clustering_on_the_default_primary_port()
    {
        var connection = ClusterConnection.Parse("localhost");

        Assert.True(connection.IsLocalhost);
        Assert.Equal(ClusterConnection.DefaultPort, connection.PrimaryPort);
        Assert.Equal(23111, ClusterConnection.Parse("localhost:23111").PrimaryPort);
    }

    [Fact]
    public void A_connection_string_is_PostgreSQL_membership_and_its_description_has_no_password()
    {
        var connection = ClusterConnection.Parse("Host=db;Port=5433;Database=orleans;Username=orleans;Password=secret");

        Assert.False(connection.IsLocalhost);
        Assert.Equal("PostgreSQL db:5433/orleans", connection.ToString());
    }

    [Theory]
    [InlineData("localhost:0")]
    [InlineData("localhost:x")]
    [InlineData("db.example")]
    [InlineData("Database=orleans")]
    public void Anything_else_is_refused_with_the_forms_that_work(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterConnection.Parse(text));

        Assert.Contains("localhost", error.Message, StringComparison.Ordinal);
    }
}
