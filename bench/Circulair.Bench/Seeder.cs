using System.Diagnostics;
using System.Globalization;
using Circulair.Accounts;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Reference;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// Fills an empty database with many organisations (named after real Flemish municipalities, with their facts),
/// accounts with several memberships each, and per organisation two trajectories of 5–10 sessions; with
/// --stakeholders N the measured organisation also gets a register of N stakeholders (see <see cref="Register"/>). It uses the
/// app's own model and migrations but not its services: one password hash is computed once and shared by every
/// account (hashing 2,000 passwords would take minutes), and the audit interceptor is left out (the pages
/// measured do not read the trail). Deterministic: the same options give the same data.
/// Writes the log-in of the measured member to --out as shell variables. With --strategy-actions N the measured
/// organisation also gets a strategy of N actions (<see cref="StrategyBenchmark"/>, the app's own seed for Phase 2),
/// and the addresses of its action table, matrix and export are written too. With --indicators N it gets N indicators
/// with ten years of measurements each (its monitoring page), with --test-cards N a pilot with N test cards (its board).
/// </summary>
public static class Seeder
{
    public const string BenchEmail = "bench@circulair.invalid";
    public const string BenchPassword = "bench wachtwoord lang genoeg";

    public static async Task<int> RunAsync(Options options)
    {
        var provider = Enum.Parse<DatabaseProvider>(options.Required("provider"), ignoreCase: true);
        var connection = options.Required("connection");
        var organisationCount = options.Get("organisations", 200);
        var userCount = options.Get("users", 2000);
        var membershipsPerUser = options.Get("memberships-per-user", 3);
        var stakeholderCount = options.Get("stakeholders", 0);
        var output = options.Get("out", "");
        var strategyActions = options.Get("strategy-actions", 0);
        var publish = options.Get("publish", 0) == 1;
        var updatesPerAction = options.Get("updates", 0);
        var indicatorCount = options.Get("indicators", 0);
        var testCards = options.Get("test-cards", 0);
        var clock = Stopwatch.StartNew();

        var builder = new DbContextOptionsBuilder<CirculairDbContext>();
        DatabaseSetup.Configure(builder, provider, connection);
        await using var db = new CirculairDbContext(builder.Options);
        await db.Database.MigrateAsync();
        if (await db.Users.AnyAsync() || await db.Organisations.AnyAsync())
        {
            throw new ArgumentException("The database already holds data; seed an empty one.");
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(20261127);
        var now = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

        await using var transaction = await db.Database.BeginTransactionAsync();

        var municipalities = MunicipalityRegistry.Instance.All.OrderBy(m => m.NisCode, StringComparer.Ordinal).ToList();
        var organisations = new List<Organisation>(organisationCount);
        for (var i = 0; i < organisationCount; i++)
        {
            var m = municipalities[i % municipalities.Count];
            var name = i < municipalities.Count ? $"Gemeente {m.Name}" : $"Gemeente {m.Name} {i / municipalities.Count + 1}";
            var organisation = new Organisation(name, Slug.From(name), OrganisationType.Gemeente, now);
            organisation.PickMunicipality(m);
            organisations.Add(organisation);
        }
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();

        var hash = new PasswordHasher<AppUser>().HashPassword(null!, BenchPassword);
        var users = new List<AppUser>(userCount + 1);
        for (var i = 0; i <= userCount; i++)
        {
            var email = i == 0 ? BenchEmail : $"lid{i:D5}@bench.invalid";
            users.Add(new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                LockoutEnabled = true,
                DisplayName = i == 0 ? "Bench Coördinator" : $"Lid {i:D5}",
                IsPlatformAdministrator = i == 0,
                LastOrganisationId = organisations[0].Id,
                CreatedAt = now,
            });
        }
        db.Users.AddRange(users);
        await db.SaveChangesAsync();

        // The measured member: Coördinator of the first organisation, Teamlid or Lezer of a few others.
        var memberships = new List<Membership> { new(organisations[0].Id, users[0].Id, OrganisationRole.Coordinator, now) };
        for (var k = 1; k <= 4 && k < organisations.Count; k++)
        {
            memberships.Add(new Membership(organisations[k * organisations.Count / 5].Id, users[0].Id, k % 2 == 0 ? OrganisationRole.Lezer : OrganisationRole.Teamlid, now));
        }
        OrganisationRole[] roles = [OrganisationRole.Lezer, OrganisationRole.Teamlid, OrganisationRole.Teamlid, OrganisationRole.Coordinator, OrganisationRole.Beheerder];
        foreach (var user in users.Skip(1))
        {
            foreach (var organisation in organisations.OrderBy(_ => random.Next()).Take(Math.Min(membershipsPerUser, organisations.Count)))
            {
                memberships.Add(new Membership(organisation.Id, user.Id, roles[random.Next(roles.Length)], now));
            }
        }
        db.Memberships.AddRange(memberships);
        await db.SaveChangesAsync();

        var trajectories = new List<StrategyTrajectory>();
        foreach (var organisation in organisations)
        {
            trajectories.Add(Trajectory(organisation, "Circulair 2030", 2025, 2030, new DateOnly(2025, 1, 13), random));
            trajectories.Add(Trajectory(organisation, "Actualisatie materialenplan", 2027, 2032, new DateOnly(2026, 9, 1), random));
        }
        db.Trajectories.AddRange(trajectories);
        await db.SaveChangesAsync();

        var register = "";
        if (stakeholderCount > 0)
        {
            var (groups, stakeholders, ratings) = await RegisterAsync(db, organisations[0], stakeholderCount, now, random);
            register = $", a register of {stakeholders} stakeholders ({ratings} ratings, {groups} own groups) in {organisations[0].Name.Replace("'", "", StringComparison.Ordinal)}";
        }
        await transaction.CommitAsync();

        var sessions = trajectories.Sum(t => t.Sessions.Count);
        var seeded = $"{organisations.Count} organisations, {users.Count} accounts, {memberships.Count} memberships, {trajectories.Count} trajectories, {sessions} sessions{register}";
        var lines = new List<string>();
        if (strategyActions > 0)
        {
            var services = new ServiceCollection()
                .AddSingleton(TimeProvider.System)
                .AddDbContext<CirculairDbContext>(o => DatabaseSetup.Configure(o, provider, connection))
                .BuildServiceProvider();
            var strategy = await StrategyBenchmark.SeedAsync(services, organisations[0].Id, strategyActions);
            seeded += $", a strategy of {strategy.Actions} actions in {organisations[0].Name.Replace("'", "", StringComparison.Ordinal)}";
            lines.AddRange(
            [
                $"BENCH_STRATEGY_TABLE='{strategy.TablePath}'",
                $"BENCH_STRATEGY_MATRIX='{strategy.MatrixPath}'",
                $"BENCH_STRATEGY_EXPORT='{strategy.ExportPath}'",
                string.Create(CultureInfo.InvariantCulture, $"BENCH_STRATEGY_ACTIONS='{strategy.Actions}'"),
                $"BENCH_PORTFOLIO='/o/{strategy.OrganisationSlug}/trajectories/{strategy.TrajectoryId}/followup'",
            ]);
            if (updatesPerAction > 0)
            {
                var given = await UpdatesAsync(db, strategy, updatesPerAction, now);
                seeded += string.Create(CultureInfo.InvariantCulture, $", {given:N0} progress updates ({updatesPerAction} on each action)");
            }
        }
        if (indicatorCount > 0)
        {
            // Issue 15's monitoring organisation: indicators with ten years of measurements each.
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await BenchContent.AddIndicatorsAsync(db, organisations[0].Id, indicatorCount, now);
            var measurements = await BenchContent.AddMeasurementsAsync(db, organisations[0].Id, users[0].Id, users[0].DisplayName, now);
            seeded += string.Create(CultureInfo.InvariantCulture, $", {indicatorCount} indicators with {measurements:N0} measurements");
            lines.Add($"BENCH_MONITORING='/o/{organisations[0].Slug}/monitoring'");
        }
        if (testCards > 0)
        {
            // Issue 17's pilot: one pilot with its test cards over the progress board's four columns.
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            var pilot = new Circulair.Pilots.Pilot(organisations[0].Id, Circulair.Pilots.PilotTemplate.Materialenbank,
                new Circulair.Pilots.PilotDetails { Name = "Materialenbank (bench)" }, DateOnly.FromDateTime(now), now);
            db.Set<Circulair.Pilots.Pilot>().Add(pilot);
            await db.SaveChangesAsync();
            var cards = await BenchContent.AddTestCardsAsync(db, pilot, testCards, now);
            seeded += string.Create(CultureInfo.InvariantCulture, $", a pilot with {cards} test cards");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"BENCH_BOARD='/o/{organisations[0].Slug}/pilots/{pilot.Id}/tests'"));
        }
        if (publish)
        {
            // The public progress site of the measured organisation, every section on (decision 0310).
            var site = new Circulair.Publishing.PublicSite(organisations[0].Id, now);
            site.Choose(true, Circulair.Publishing.PublicSections.All, now);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.Add(site);
            await db.SaveChangesAsync();
            seeded += ", its public progress site on";
            lines.Add($"BENCH_PUBLIC='/p/{organisations[0].Slug}'");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {seeded} in {clock.Elapsed.TotalSeconds:F1} s."));
        if (output.Length > 0)
        {
            await File.WriteAllLinesAsync(output,
            [
                $"BENCH_EMAIL='{BenchEmail}'",
                $"BENCH_PASSWORD='{BenchPassword}'",
                $"BENCH_SLUG='{organisations[0].Slug}'",
                $"BENCH_ORG_NAME='{organisations[0].Name.Replace("'", "", StringComparison.Ordinal)}'",
                $"BENCH_SEEDED='{seeded}'",
                .. lines,
            ]);
        }
        return 0;
    }

    private static readonly string[] Makers =
    [
        "Bakkerij", "Bouwbedrijf", "Kringwinkel", "Repair Café", "Buurtcomité", "Jeugdhuis", "Basisschool", "Sportclub",
        "Architectenbureau", "Schrijnwerkerij", "Textielatelier", "Deelplatform", "Woonzorgcentrum", "Landbouwbedrijf", "Brouwerij",
    ];

    private static readonly string[] Tags = ["advies", "bouw", "jongeren", "voeding", "textiel", "zorg", "onderwijs", "kernteam", "klimaat", "sociale economie"];

    /// <summary>
    /// A register as a large city might keep it: names made of a maker and a municipality (unique), every group,
    /// internal and external, engagement, forum, contact and notes on some, one to three tags on half of them; 85 %
    /// rated, of those 40 % rated twice and 10 % three times (the grid's history), and three groups of its own.
    /// </summary>
    /// <summary>
    /// The follow-up of the strategy (issue 14's portfolio): <paramref name="perAction"/> progress updates on each action, a
    /// month or so apart and rising, the last one twenty days before the seed's date; the organisation's follow-up settings
    /// are the defaults.
    /// </summary>
    private static async Task<int> UpdatesAsync(CirculairDbContext db, StrategySeed strategy, int perAction, DateTime now)
    {
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var settings = await db.FollowUpSettings.SingleOrDefaultAsync(s => s.OrganisationId == strategy.OrganisationId);
        if (settings is null)
        {
            settings = FollowUpSettings.Defaults(strategy.OrganisationId);
            db.FollowUpSettings.Add(settings);
            await db.SaveChangesAsync();
        }
        var user = await db.Users.SingleAsync(u => u.Email == BenchEmail);
        var actions = await db.PlannedActions.Where(a => a.TrajectoryId == strategy.TrajectoryId).OrderBy(a => a.Id).ToListAsync();
        var today = DateOnly.FromDateTime(now);
        var given = 0;
        foreach (var action in actions)
        {
            int? previous = null;
            for (var u = 0; u < perAction; u++)
            {
                var daysAgo = 20 + (perAction - 1 - u) * 30;
                var percent = Math.Min(90, 10 + u * 80 / Math.Max(1, perAction - 1));
                db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport { Date = today.AddDays(-daysAgo), Status = ActionStatus.Lopend, Percent = percent, Text = u == 0 ? "Gestart." : "Verder gewerkt." },
                    settings, previous, user.Id, user.DisplayName, now.AddDays(-daysAgo)));
                previous = percent;
                given++;
            }
            if (given % 2000 < perAction)
            {
                await db.SaveChangesAsync();
            }
        }
        await db.SaveChangesAsync();
        return given;
    }

    private static async Task<(int Groups, int Stakeholders, int Ratings)> RegisterAsync(CirculairDbContext db, Organisation organisation, int count, DateTime now, Random random)
    {
        var groups = new[] { "Adviesraden", "Handelaarsverenigingen", "Scholengemeenschap" }.Select(n => new CustomStakeholderGroup(organisation.Id, n)).ToList();
        db.CustomStakeholderGroups.AddRange(groups);
        await db.SaveChangesAsync();
        var places = MunicipalityRegistry.Instance.All.Select(m => m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var standard = Enum.GetValues<StakeholderGroup>();
        var levels = Enum.GetValues<StakeholderLevel>();
        var today = DateOnly.FromDateTime(now);
        var stakeholders = new List<Stakeholder>(count);
        var ratings = 0;
        for (var i = 0; i < count; i++)
        {
            var maker = Makers[i % Makers.Length];
            var place = places[i / Makers.Length % places.Count];
            var name = i < Makers.Length * places.Count ? $"{maker} {place}" : $"{maker} {place} {i / (Makers.Length * places.Count) + 1}";
            var custom = random.Next(20) == 0 ? groups[random.Next(groups.Count)] : null;
            var details = new StakeholderDetails
            {
                Name = name,
                Kind = random.Next(4) == 0 ? StakeholderKind.Persoon : StakeholderKind.Organisatie,
                Department = random.Next(3) == 0 ? "Dienst " + Tags[random.Next(Tags.Length)] : null,
                Group = custom is null ? standard[random.Next(standard.Length)] : StakeholderGroup.Andere,
                CustomGroupId = custom?.Id,
                Side = random.Next(5) == 0 ? StakeholderSide.Intern : StakeholderSide.Extern,
                Engagement = random.Next(4) == 0 ? null : (StakeholderEngagement)random.Next(1, 4),
                Forum = random.Next(3) == 0 ? (StakeholderForum)random.Next(1, 4) : null,
                ContactPerson = random.Next(3) == 0 ? $"Contact {i:D4}" : null,
                ContactEmail = random.Next(3) == 0 ? $"contact{i:D4}@bench.invalid" : null,
                Notes = random.Next(4) == 0 ? "Aangebracht op de klimaattafel; wil meedenken over hergebruik." : null,
                Tags = random.Next(2) == 0 ? StakeholderText.NormaliseTags(string.Join(", ", Tags.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))) : null,
            };
            var stakeholder = new Stakeholder(organisation.Id, details.Normalised(), now.AddDays(-400));
            if (random.Next(100) < 85)
            {
                var times = random.Next(10) switch { 0 => 3, < 5 => 2, _ => 1 };
                var date = new DateOnly(2025, 1, 15).AddDays(random.Next(60));
                for (var k = 0; k < times; k++)
                {
                    stakeholder.Assess(date, levels[random.Next(levels.Length)], levels[random.Next(levels.Length)], null, today, now);
                    ratings++;
                    date = date.AddDays(90 + random.Next(120));
                }
            }
            stakeholders.Add(stakeholder);
        }
        db.Stakeholders.AddRange(stakeholders);
        await db.SaveChangesAsync();
        return (groups.Count, stakeholders.Count, ratings);
    }

    private static StrategyTrajectory Trajectory(Organisation organisation, string title, int from, int to, DateOnly start, Random random)
    {
        var trajectory = new StrategyTrajectory(organisation.Id, title, from, to, start, start.AddMonths(4 + random.Next(3)));
        trajectory.ChangeStatus(start.Year < 2026 ? TrajectoryStatus.Lopend : TrajectoryStatus.InVoorbereiding);
        trajectory.AddDefaultSessions();
        for (var extra = random.Next(6); extra > 0; extra--)
        {
            trajectory.AddSession(SessionKind.Andere, Phase.Fase2);
        }
        var date = start;
        foreach (var session in trajectory.Sessions)
        {
            date = date.AddDays(14 + random.Next(21));
            var held = date < new DateOnly(2026, 11, 1);
            session.Describe(session.Kind, session.Phase, null, date, "Raadzaal", "Stand van zaken en volgende stappen bespreken.",
                "Kernteam en genodigden", held ? "Verslag van de sessie: besproken punten en afspraken." : null, held ? "De volgende stap wordt voorbereid." : null);
        }
        return trajectory;
    }
}
