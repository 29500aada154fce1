using Circulair.FollowUp;
using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Publishing;
using Circulair.Reference;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.PublicSite;

public sealed record PublicVision(string? Statement, string? Why, string? Results, string? AlreadyHappening);

public sealed record PublicGoal(
    int Id, string Domain, string Statement, string? Indicator, double? BaselineValue, int? BaselineYear, double? TargetValue, string? Unit,
    DateOnly? Deadline, double? Percent, IReadOnlyList<PublicLine> Lines);

public sealed record PublicLine(int Id, int GoalId, string Title, double? Percent);

public sealed record PublicAction(
    int Id, string Number, string Title, int? GoalId, int? LineId, string Status, string StatusLabel, int? Percent, DateOnly? Start, DateOnly? End, string? Owner);

public sealed record PublicYearValue(int Year, double Value);

public sealed record PublicIndicator(
    int Id, string Name, string Unit, string Level, string Direction, string Status, string StatusLabel, double? BaselineValue, int? BaselineYear,
    IReadOnlyList<PublicYearValue> Targets, IReadOnlyList<PublicYearValue> Measurements);

public sealed record PublicBlock(string Block, string Label, int Count, double? Mean, double? Spread, int? Lowest, int? Highest);

public sealed record PublicHealthCheck(string Title, DateOnly ClosedOn, int Raters, IReadOnlyList<PublicBlock> Blocks)
{
    /// <summary>For the radar chart; the notes are left out (they carry the raters' names).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public HealthCheckResults Results { get; init; } = HealthCheckResults.Empty;
}

/// <summary>
/// Everything the public progress site of one organisation shows (decision 0310), in one plain value: the page, the
/// JSON and the CSV files are all made from it, so they can never disagree, and the privacy test has one thing to
/// search. Only the sections the organisation marked public are filled; a section that is public but empty is an
/// empty list or null, and the page says so.
/// <para>No person appears: who pulls an action is the organisation itself (a member), a stakeholder organisation by
/// its name, or a person's department; nothing written by or about a person (update texts, notes, contacts, raters,
/// the free-text owner of a goal or an indicator) is read.</para>
/// </summary>
public sealed record PublicSiteContent(
    int Schema, string Organisation, string Slug, PublicSections Sections, PublicVision? Vision, double? StrategyPercent,
    IReadOnlyList<PublicGoal> Goals, IReadOnlyList<PublicAction> Actions, IReadOnlyList<PublicIndicator> Indicators, PublicHealthCheck? HealthCheck)
{
    public const int CurrentSchema = 1;

    public bool Shows(PublicSections section) => (Sections & section) == section;

    /// <summary>The organisation behind a public slug with its site settings, or null when it does not publish.</summary>
    public static async Task<(Organisation Organisation, Circulair.Publishing.PublicSite Site)?> PublishedAsync(CirculairDbContext db, string slug, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null)
        {
            return null;
        }
        var site = await db.PublicSites.InOrganisation(organisation.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        return site is { Published: true } ? (organisation, site) : null;
    }

    public static async Task<PublicSiteContent> LoadAsync(CirculairDbContext db, Organisation organisation, Circulair.Publishing.PublicSite site, Text t, DateOnly today, CancellationToken ct)
    {
        var sections = site.Sections;
        bool Shows(PublicSections s) => (sections & s) == s;
        var trajectoryId = await CurrentTrajectory.IdAsync(db, organisation.Id, ct);

        PublicVision? vision = null;
        if (trajectoryId is { } tv && Shows(PublicSections.Vision))
        {
            var canvas = await db.Set<VisionCanvas>().InOrganisation(organisation.Id).Where(c => c.TrajectoryId == tv)
                .Select(c => new { c.Statement, c.Why, c.Results, c.AlreadyHappening }).FirstOrDefaultAsync(ct);
            if (canvas is not null)
            {
                var blocks = Shows(PublicSections.VisionBlocks);
                vision = new PublicVision(canvas.Statement, blocks ? canvas.Why : null, blocks ? canvas.Results : null, blocks ? canvas.AlreadyHappening : null);
            }
        }

        double? strategyPercent = null;
        var goals = new List<PublicGoal>();
        var actions = new List<PublicAction>();
        if (trajectoryId is { } ts && (Shows(PublicSections.Goals) || Shows(PublicSections.Actions)))
        {
            var data = await FollowUpData.LoadAsync(db, organisation.Id, ts, today, ct);
            var owners = await OwnersAsync(db, organisation, data.Actions, Shows(PublicSections.ActionOwners), ct);
            var dates = Shows(PublicSections.ActionDates)
                ? await db.PlannedActions.InOrganisation(organisation.Id).Where(a => a.TrajectoryId == ts)
                    .Select(a => new { a.Id, a.StartDate, a.EndDate }).ToDictionaryAsync(a => a.Id, ct)
                : null;
            if (Shows(PublicSections.Actions))
            {
                strategyPercent = data.Strategy.Percent;
                foreach (var a in data.Actions)
                {
                    var d = dates?.GetValueOrDefault(a.Id);
                    actions.Add(new PublicAction(a.Id, a.Number, a.Title, a.GoalId, a.LineId, a.Status.ToString(), FollowUpData.StatusLabel(t, data.Settings, a.Status),
                        a.Percent, d?.StartDate, d?.EndDate, owners.GetValueOrDefault(a.Id)));
                }
            }
            if (Shows(PublicSections.Goals))
            {
                foreach (var domain in data.Tree.Domains)
                {
                    foreach (var g in data.Tree.GoalsOf(domain.Id))
                    {
                        var lines = data.Tree.LinesOf(g.Id)
                            .Select(l => new PublicLine(l.Id, g.Id, l.Title, Shows(PublicSections.Actions) ? data.RollUpOf(data.OfLine(l.Id)).Percent : null))
                            .ToList();
                        goals.Add(new PublicGoal(g.Id, ActionDomains.Find(domain.Code)?.Label.ToString() ?? domain.Code, g.Statement, g.Details.Indicator,
                            g.Details.BaselineValue, g.Details.BaselineYear, g.Details.TargetValue, g.Details.Unit, g.Details.Deadline,
                            Shows(PublicSections.Actions) ? data.RollUpOf(data.OfGoal(g.Id)).Percent : null, lines));
                    }
                }
            }
        }

        var indicators = Shows(PublicSections.Indicators) ? await IndicatorsAsync(db, organisation.Id, t, today.Year, ct) : [];
        var health = Shows(PublicSections.HealthCheck) ? await HealthCheckAsync(db, organisation.Id, t, ct) : null;
        return new PublicSiteContent(CurrentSchema, organisation.Name, organisation.Slug, sections, vision, strategyPercent, goals, actions, indicators, health);
    }

    /// <summary>
    /// Who pulls each action, as the public may see it: a member stands for the organisation itself, a stakeholder
    /// organisation is named, a person (or a stakeholder of unknown kind) is shown by department only, or not at all.
    /// </summary>
    private static async Task<Dictionary<int, string>> OwnersAsync(CirculairDbContext db, Organisation organisation, IReadOnlyList<ActionFollowUp> actions, bool show, CancellationToken ct) =>
        show ? await ResponsibleBodiesAsync(db, organisation, actions, ct) : [];

    /// <summary>The body responsible for each action that has a trekker (see <see cref="OwnersAsync"/>); also the reports' "responsible body".</summary>
    public static async Task<Dictionary<int, string>> ResponsibleBodiesAsync(CirculairDbContext db, Organisation organisation, IReadOnlyList<ActionFollowUp> actions, CancellationToken ct)
    {
        var result = new Dictionary<int, string>();
        var stakeholderIds = actions.Where(a => a.Owner is { Kind: OwnerKind.Stakeholder }).Select(a => a.Owner!.Value.Id).Distinct().ToList();
        var stakeholders = await db.Stakeholders.InOrganisation(organisation.Id).Where(s => stakeholderIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Kind, s.Name, s.Department }).ToDictionaryAsync(s => s.Id, ct);
        foreach (var a in actions)
        {
            string? shown = a.Owner switch
            {
                { Kind: OwnerKind.Lid } => organisation.Name,
                { Kind: OwnerKind.Stakeholder } o when stakeholders.TryGetValue(o.Id, out var s) => s.Kind == StakeholderKind.Organisatie ? s.Name : s.Department,
                _ => null,
            };
            if (shown is not null)
            {
                result[a.Id] = shown;
            }
        }
        return result;
    }

    private static async Task<IReadOnlyList<PublicIndicator>> IndicatorsAsync(CirculairDbContext db, int organisationId, Text t, int currentYear, CancellationToken ct)
    {
        var rows = await db.Indicators.InOrganisation(organisationId)
            .Select(i => new { i.Id, i.Level, i.Name, i.Unit, i.Direction, i.BaselineValue, i.BaselineYear })
            .ToListAsync(ct);
        var targets = (await db.IndicatorTargets.InOrganisation(organisationId).Select(x => new { x.IndicatorId, x.Year, x.Value }).ToListAsync(ct))
            .ToLookup(x => x.IndicatorId, x => new TargetValue(x.Year, x.Value));
        var measured = (await db.Measurements.InOrganisation(organisationId).Select(x => new { x.IndicatorId, x.Year, x.Value }).ToListAsync(ct))
            .ToLookup(x => x.IndicatorId, x => new TargetValue(x.Year, x.Value));
        return [.. rows
            .OrderBy(i => i.Level).ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(i =>
            {
                var path = IndicatorPath.From(i.BaselineValue, i.BaselineYear, targets[i.Id]);
                var status = IndicatorStatusRule.Judge(i.Direction, path, measured[i.Id], currentYear).Status;
                return new PublicIndicator(i.Id, i.Name, i.Unit, i.Level.ToString(), i.Direction.ToString(), status.ToString(), t.Enum(status),
                    i.BaselineValue, i.BaselineYear,
                    [.. targets[i.Id].OrderBy(x => x.Year).Select(x => new PublicYearValue(x.Year, x.Value))],
                    [.. measured[i.Id].OrderBy(x => x.Year).Select(x => new PublicYearValue(x.Year, x.Value))]);
            })];
    }

    /// <summary>The latest closed round: an open round is still collecting scores.</summary>
    private static async Task<PublicHealthCheck?> HealthCheckAsync(CirculairDbContext db, int organisationId, Text t, CancellationToken ct)
    {
        var round = await db.HealthCheckRounds.InOrganisation(organisationId).Where(r => r.ClosedAt != null)
            .OrderByDescending(r => r.ClosedAt).ThenByDescending(r => r.Id)
            .Include(r => r.Ratings).ThenInclude(x => x.Scores)
            .AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return null;
        }
        var full = round.Results();
        var results = full with { Blocks = [.. full.Blocks.Select(b => b with { Notes = [] })] };
        return new PublicHealthCheck(round.Title, DateOnly.FromDateTime(LocalTime.Of(round.ClosedAt!.Value)), results.Raters,
            [.. results.Blocks.Select(b => new PublicBlock(b.Block.ToString(), t[$"HealthCheck.Block.{b.Block}"], b.Count, b.ShownMean, b.ShownSpread, b.Lowest, b.Highest))])
        {
            Results = results,
        };
    }
}
