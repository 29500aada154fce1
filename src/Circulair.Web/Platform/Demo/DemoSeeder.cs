using System.Security.Cryptography;
using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Demo;

/// <summary>
/// Demo mode (--demo or Circulair__Demo=true): on an empty database, loads "Demostad (voorbeeld)" with
/// illustrative content in every feature, creates a demo account and prints one console line with its
/// log-in. A database that already holds data is never touched. Each feature adds its part through an
/// <see cref="IDemoContent"/>, so the demo grows with the product.
/// </summary>
public static class DemoSeeder
{
    public const string OrganisationName = "Demostad (voorbeeld)";
    public const string DemoEmail = "demo@demostad.example";

    /// <summary>The author of the demo organisation in its history, until the demo account exists (which then authors the content).</summary>
    public const string ActorName = "Circulair (demo)";

    public static async Task SeedIfRequestedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        if (!configuration.GetValue("Circulair:Demo", false))
        {
            return;
        }
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CirculairDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Circulair.Demo");
        if (await db.Users.AnyAsync(ct) || await db.Organisations.AnyAsync(ct))
        {
            logger.LogWarning("Demo mode requested, but the database already holds data; nothing was loaded. Start with an empty database to get the demo.");
            return;
        }
        var password = await SeedAsync(sp, ct);
        sp.GetRequiredService<Features.Setup.SetupState>().MarkDone();
        Console.WriteLine($"Demo login: {DemoEmail} / {password}");
        // A one-off at start-up: hand the seeding's garbage back to the operating system (about 20 MB, decision 0515).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Creates the demo organisation, account and content; returns the generated password.</summary>
    public static async Task<string> SeedAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<CirculairDbContext>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var password = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

        db.ActAs(new SystemActor(ActorName));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var organisation = new Organisation(OrganisationName, "demostad", OrganisationType.Gemeente, now);
        organisation.MarkAsDemo();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);

        var user = new AppUser
        {
            UserName = DemoEmail,
            Email = DemoEmail,
            EmailConfirmed = true,
            DisplayName = "Demo Coördinator",
            IsPlatformAdministrator = true,
            LastOrganisationId = organisation.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }
        db.ActAs(new PersonActor(user.Id, user.DisplayName));
        db.Memberships.Add(new Membership(organisation.Id, user.Id, OrganisationRole.Beheerder, now));
        await db.SaveChangesAsync(ct);

        await AddContentAsync(sp, organisation, user, now, personal: false, ct);
        await transaction.CommitAsync(ct);
        return password;
    }

    /// <summary>
    /// Fills <paramref name="organisation"/> with every feature's demo content, <paramref name="coordinator"/> as its
    /// author; used by demo mode and by a person's own example organisation (<see cref="ExampleOrganisations"/>). The
    /// caller owns the transaction. Afterwards the context tracks nothing, <paramref name="organisation"/> and <paramref name="coordinator"/> included.
    /// </summary>
    public static async Task AddContentAsync(IServiceProvider sp, Organisation organisation, AppUser coordinator, DateTime now, bool personal, CancellationToken ct)
    {
        var db = sp.GetRequiredService<CirculairDbContext>();
        var context = new DemoContext(organisation, coordinator, now, personal);
        foreach (var content in sp.GetServices<IDemoContent>().OrderBy(c => c.Order))
        {
            await content.AddAsync(db, context, ct);
            await db.SaveChangesAsync(ct);
            // Saved: stop tracking it (decision 0515). Otherwise every later save would compare every property of
            // everything seeded so far with its snapshot; that comparison was half of the demo's seeding time.
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>
/// What a feature's demo content builds on. <paramref name="Personal"/>: a person's own example organisation
/// (<see cref="ExampleOrganisations"/>), which must stay inside itself: no neighbouring organisations, nothing
/// published to the whole instance. Demo mode builds the full demo with those parts.
/// </summary>
public sealed record DemoContext(Organisation Organisation, AppUser Coordinator, DateTime Now, bool Personal = false);

/// <summary>
/// One feature's part of the demo organisation. Text is illustrative and marked as such. Each part starts on a context
/// that no longer tracks what earlier parts made (it is saved): it finds earlier content by querying
/// and refers to the organisation and the coordinator of <see cref="DemoContext"/> by id only.
/// </summary>
public interface IDemoContent
{
    /// <summary>Features that build on others (actions on goals) come later.</summary>
    int Order { get; }

    Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct);
}
