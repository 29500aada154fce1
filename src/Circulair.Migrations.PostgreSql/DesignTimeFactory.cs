using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circulair.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web host. No connection is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CirculairDbContext>
{
    public CirculairDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CirculairDbContext>().UseNpgsql("Host=localhost;Database=circulair_design;Username=postgres", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name)).Options);
}
