using Circulair.Accounts;
using Circulair.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.TestKit;

/// <summary>A person with an account, as a test knows them.</summary>
public sealed record TestUser(int Id, string Email, string Password, string Name);

/// <summary>An organisation made for one test.</summary>
public sealed record TestOrganisation(int Id, string Slug, string Name)
{
    public string Url(string path = "") => $"/o/{Slug}{path}";
}

/// <summary>
/// Arranges data straight through the app's services (no HTTP), with unique names so tests never collide.
/// <code>var (org, admin) = await factory.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);</code>
/// </summary>
public static class Scenario
{
    public const string Password = "correct horse battery";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static Task<TestUser> NewUserAsync(this CirculairFactory factory, string? name = null, bool platformAdministrator = false, string language = Languages.Dutch) =>
        factory.WithDbAsync(async (db, sp) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var email = Unique("user") + "@example.test";
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name ?? Unique("Persoon"),
                IsPlatformAdministrator = platformAdministrator,
                Language = language,
                CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            return new TestUser(user.Id, email, Password, user.DisplayName);
        });

    public static Task<TestOrganisation> NewOrganisationAsync(this CirculairFactory factory, string? name = null, OrganisationType type = OrganisationType.Gemeente) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var n = name ?? Unique("Gemeente");
            var organisation = new Organisation(n, Slug.From(Unique(n)), type, factory.Clock.GetUtcNow().UtcDateTime);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return new TestOrganisation(organisation.Id, organisation.Slug, organisation.Name);
        });

    public static Task AddMemberAsync(this CirculairFactory factory, TestOrganisation organisation, TestUser user, OrganisationRole role) =>
        factory.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership(organisation.Id, user.Id, role, factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        });

    public static async Task<(TestOrganisation Organisation, TestUser User)> NewOrganisationWithMemberAsync(this CirculairFactory factory, OrganisationRole role = OrganisationRole.Beheerder)
    {
        var organisation = await factory.NewOrganisationAsync();
        var user = await factory.NewUserAsync();
        await factory.AddMemberAsync(organisation, user, role);
        return (organisation, user);
    }

    /// <summary>How many audit entries the organisation has: a refused write must leave it unchanged.</summary>
    public static Task<int> AuditCountAsync(this CirculairFactory factory, TestOrganisation organisation) =>
        factory.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.OrganisationId == organisation.Id));

    /// <summary>A new organisation and a client logged in as its one member, with that role.</summary>
    public static async Task<(TestOrganisation Org, AppClient Client)> SignedInAsync(this CirculairFactory factory, OrganisationRole role = OrganisationRole.Teamlid)
    {
        var (organisation, user) = await factory.NewOrganisationWithMemberAsync(role);
        return (organisation, await factory.LoggedInClientAsync(user));
    }

    /// <summary>A client that has logged in through the real log-in form.</summary>
    public static async Task<AppClient> LoggedInClientAsync(this CirculairFactory factory, TestUser user)
    {
        var client = factory.NewClient();
        var login = await client.OpenAsync("/login");
        var result = await client.SubmitAsync(login, new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        if (result.Status != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log-in of {user.Email} failed: {(int)result.Status} {string.Join(" | ", result.ErrorSummary)}");
        }
        return client;
    }
}
