using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circulair.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web host. No connection is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CirculairDbContext>
{
    public CirculairDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CirculairDbContext>().UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name)).Options);
}
