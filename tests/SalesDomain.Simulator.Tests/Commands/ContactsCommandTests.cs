using System.Text.Json;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The <c>contacts</c> command's contract (docs/cli.md, docs/contacts.md).</summary>
public class ContactsCommandTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Json_CountsContactDays_DatesTheNextContact_AndReportsManagers()
    {
        var result = CliRunner.Run(
            "contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", "tests/data/contacts/contacts.csv", "--as-of", "2025-04-20", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("line 6", result.StdErr); // the 'fax' row
        using var json = JsonDocument.Parse(result.StdOut);
        var clients = json.RootElement.GetProperty("clients").EnumerateArray().ToDictionary(c => c.GetProperty("clientId").GetString()!);
        var acme = clients["acme"];
        Assert.Equal("m1", acme.GetProperty("managerId").GetString());
        Assert.Equal(4, acme.GetProperty("required").GetInt32());  // A: 4 contacts a month
        Assert.Equal(1, acme.GetProperty("made").GetInt32());      // two calls on 3 April are one contact day
        Assert.Equal("2025-04-15", acme.GetProperty("nextDue").GetString()); // the 2nd of 4 in a 30-day month: day ⌈2·30/4⌉ = 15
        Assert.Equal(5, acme.GetProperty("overdueDays").GetInt32());
        var managers = json.RootElement.GetProperty("managers").EnumerateArray().Select(m => m.GetProperty("managerId").GetString()).ToList();
        Assert.Equal(["m1", "m2"], managers);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ContactsFileWithoutAKindColumn_IsAnErrorNamingIt()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "client_id,manager_id,date\nacme,m1,2025-04-03\n");
            var result = CliRunner.Run("contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", file, "--as-of", "2025-04-20");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("kind", result.StdErr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
