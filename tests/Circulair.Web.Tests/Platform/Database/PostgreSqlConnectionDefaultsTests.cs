using Circulair.Web.Platform.Database;
using Npgsql;

namespace Circulair.Web.Tests.Platform.Database;

/// <summary>
/// PostgreSQL connections prepare repeated commands and skip JIT unless the operator's connection string says
/// otherwise (decision 0395).
/// </summary>
public sealed class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_automatic_preparation_and_no_jit()
    {
        var resolved = new NpgsqlConnectionStringBuilder(DatabaseSetup.ValidatePostgreSql("Host=db;Database=circulair;Username=c;Password=geheim"));

        Assert.Equal(100, resolved.MaxAutoPrepare);
        Assert.Equal("-c jit=off", resolved.Options);
        Assert.Equal("db", resolved.Host);
        Assert.Equal("geheim", resolved.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=20", 20)]
    [InlineData("Host=db;max auto prepare=5", 5)]
    public void The_operators_own_preparation_setting_is_kept_even_when_it_switches_preparation_off(string connectionString, int expected)
    {
        var resolved = new NpgsqlConnectionStringBuilder(DatabaseSetup.ValidatePostgreSql(connectionString));

        Assert.Equal(expected, resolved.MaxAutoPrepare);
    }

    [Fact]
    public void The_operators_own_options_are_kept()
    {
        var resolved = new NpgsqlConnectionStringBuilder(DatabaseSetup.ValidatePostgreSql("Host=db;Options=-c statement_timeout=5000"));

        Assert.Equal("-c statement_timeout=5000", resolved.Options);
    }
}
