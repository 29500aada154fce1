using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circulair.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef` build the model for this provider without starting the web host. No connection is opened. It configures
/// SQLite as the app does (<see cref="CirculairSqlite"/>), so migrations and scripts carry the same table options.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CirculairDbContext>
{
    public CirculairDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CirculairDbContext>();
        options.UseCirculairSqlite("Data Source=design-time.db");
        return new(options.Options);
    }
}
