using System.Security.Cryptography;
using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Demo;

/// <summary>
/// A person's own example organisation (issue 21 item 6, decision 0292): the demo content of every tool in a separate
/// organisation marked as a demo, with that person as its only member (Beheerder). It lets a first-time coordinator see
/// what a filled-in tool looks like without a tenant exception: nobody reads across organisations, and nothing of the
/// example lands in their real organisation. One per person; asking again opens the same one.
/// </summary>
public static class ExampleOrganisations
{
    /// <summary>The places an empty tool can send someone to in the example, by the key the empty state passes.</summary>
    private static readonly Dictionary<string, string> OrganisationPaths = new(StringComparer.Ordinal)
    {
        ["stakeholders"] = "/stakeholders",
        ["vision"] = "/vision",
        ["scan"] = "/scan",
        ["initiatives"] = "/initiatives",
        ["workshops"] = "/workshops",
        ["followup"] = "/followup",
    };

    private static readonly Dictionary<string, string> TrajectoryPaths = new(StringComparer.Ordinal)
    {
        ["ideas"] = "/ideas",
        ["actions"] = "/table",
    };

    /// <summary>Whether <paramref name="tool"/> is a place the example knows (anything else opens its dashboard).</summary>
    public static bool Knows(string? tool) => tool is not null && (OrganisationPaths.ContainsKey(tool) || TrajectoryPaths.ContainsKey(tool));

    /// <summary>The slug of the example organisation <paramref name="userId"/> already has, if any.</summary>
    public static Task<string?> FindSlugAsync(CirculairDbContext db, int userId, CancellationToken ct) =>
        db.Memberships
            .Where(m => m.UserId == userId && m.Role == OrganisationRole.Beheerder && m.Organisation.IsDemo)
            .OrderBy(m => m.OrganisationId)
            .Select(m => m.Organisation.Slug)
            .FirstOrDefaultAsync(ct);

    /// <summary>Creates the example organisation of <paramref name="user"/> with the demo content; returns its slug.</summary>
    public static async Task<string> CreateAsync(IServiceProvider sp, AppUser user, DateTime now, CancellationToken ct)
    {
        var db = sp.GetRequiredService<CirculairDbContext>();
        db.ActAs(new PersonActor(user.Id, user.DisplayName));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The slug says what it is and is unguessable enough not to collide; it is never shown as a secret.
        var slug = "voorbeeld-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var organisation = new Organisation(DemoSeeder.OrganisationName, slug, OrganisationType.Gemeente, now);
        organisation.MarkAsDemo();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        db.Memberships.Add(new Membership(organisation.Id, user.Id, OrganisationRole.Beheerder, now));
        await db.SaveChangesAsync(ct);
        await DemoSeeder.AddContentAsync(sp, organisation, user, now, personal: true, ct);
        await transaction.CommitAsync(ct);
        return slug;
    }

    /// <summary>Where <paramref name="tool"/> lives in the example organisation <paramref name="slug"/>.</summary>
    public static async Task<string> PathAsync(CirculairDbContext db, string slug, string? tool, CancellationToken ct)
    {
        var root = $"/o/{slug}";
        if (tool is not null && OrganisationPaths.TryGetValue(tool, out var path))
        {
            return root + path;
        }
        if (tool is not null && TrajectoryPaths.TryGetValue(tool, out var inTrajectory))
        {
            var organisationId = await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync(ct);
            var trajectoryId = await db.Trajectories.InOrganisation(organisationId)
                .OrderBy(x => x.Id)
                .Select(x => (int?)x.Id)
                .FirstOrDefaultAsync(ct);
            if (trajectoryId is { } id)
            {
                return $"{root}/trajectories/{id}{inTrajectory}";
            }
        }
        return root;
    }
}
