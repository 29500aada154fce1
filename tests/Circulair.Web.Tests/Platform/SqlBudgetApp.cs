using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// A fresh app whose contexts count the SQL commands of marked requests (<see cref="SqlCommandCounter"/>), with the demo
/// organisation (content in every feature, so every page has something to show) and a Beheerder of it who sees every page.
/// </summary>
public sealed class SqlBudgetApp : CirculairFactory
{
    public SqlCommandCounter Counter { get; } = new();
    public TestOrganisation Demo { get; private set; } = null!;
    public TestUser Member { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Counter));
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        Demo = await WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync());
        Member = await this.NewUserAsync("Budget Beheerder");
        await this.AddMemberAsync(Demo, Member, OrganisationRole.Beheerder);
    }

    /// <summary>What every save does besides its own write: the next request of any page of the organisation is rendered, not cached.</summary>
    public Task RaiseVersionAsync(int organisationId) => WithDbAsync(db => OrganisationDataVersion.RaiseAsync(db, organisationId));
}
