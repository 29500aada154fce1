using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// Contexts are pooled (decision 0170): a context handed to one scope is handed to another later. Nothing of its
/// first use may survive into the second: not the author of the changes, not changes it was tracking.
/// These start their own app, so that no other test takes the context from the pool in between.
/// </summary>
public sealed class DatabasePoolingTests
{
    [Fact]
    public async Task A_context_handed_out_again_keeps_neither_the_author_nor_the_unsaved_changes_of_its_previous_use()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        var organisation = await app.NewOrganisationAsync();
        CirculairDbContext used;
        using (var scope = app.Services.CreateScope())
        {
            used = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            used.ActAs(new SystemActor("Vorige job"));
            (await used.Organisations.SingleAsync(o => o.Id == organisation.Id)).Rename("Nooit bewaard");
        }

        // Hold every context the pool hands out until it hands out that one again.
        var scopes = new List<IServiceScope>();
        try
        {
            CirculairDbContext? again = null;
            for (var i = 0; i < 100 && again is null; i++)
            {
                var scope = app.Services.CreateScope();
                scopes.Add(scope);
                var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
                again = ReferenceEquals(db, used) ? db : null;
            }
            Assert.NotNull(again);
            Assert.Empty(again.ChangeTracker.Entries());
            Assert.IsNotType<SystemActor>(again.Actor);

            var stored = await again.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Rename("Wel bewaard");
            await again.SaveChangesAsync();
            var trail = await again.AuditEntries.Where(e => e.OrganisationId == organisation.Id && e.Field == nameof(Organisation.Name) && e.Action == AuditAction.Modified).SingleAsync();
            Assert.Equal((organisation.Name, "Wel bewaard"), (trail.OldValue, trail.NewValue));
            Assert.Null(trail.UserName);
        }
        finally
        {
            scopes.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_job_that_names_itself_is_the_author_in_the_trail()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        var organisation = await app.NewOrganisationAsync();

        await app.WithDbAsync(async db =>
        {
            db.ActAs(new SystemActor("Nachtelijke opruiming"));
            (await db.Organisations.SingleAsync(o => o.Id == organisation.Id)).Rename("Opgeruimd");
            await db.SaveChangesAsync();
        });

        var trail = await app.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.OrganisationId == organisation.Id && e.Field == nameof(Organisation.Name) && e.Action == AuditAction.Modified));
        Assert.Equal(("Nachtelijke opruiming", null), (trail.UserName, trail.UserId));
    }
}
