using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// Phase 2 at the live workshop's plug points (<see cref="IVotingItemSource"/> and the sinks of PlugPoints.cs):
/// the strategy's shortlisted domains, ideas and actions can be voted on or rated, and what a workshop decides
/// reaches the strategy when its activity closes. Keys: a domain by its code, an idea and an action by id.
/// See docs/decisions/0211-workshop-results-in-the-strategy.md.
/// </summary>
public static class StrategyWorkshopServices
{
    /// <summary>Call before <c>AddCirculairWorkshops</c>: its keep-in-workshop defaults are only added where nothing is registered.</summary>
    public static IServiceCollection AddStrategyWorkshopLinks(this IServiceCollection services)
    {
        services.AddScoped<IVotingItemSource, ShortlistDomainSource>();
        services.AddScoped<IVotingItemSource, BacklogIdeaSource>();
        services.AddScoped<IVotingItemSource, StrategyActionSource>();
        services.AddScoped<IDomainSupportSink, DomainSupportFromVotes>();
        services.AddScoped<IIdeaRankingSink, IdeaRankingFromVotes>();
        services.AddScoped<IIdeaSink, WorkshopIdeasToBacklog>();
        services.AddScoped<IImpactEffortSink, WorkshopRatingsToMatrix>();
        return services;
    }

    internal static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    internal static int? IdOf(string? key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>The trajectory of each workshop named in the results, within the organisation (another's workshop is not found).</summary>
    internal static async Task<Dictionary<int, int>> TrajectoriesAsync(CirculairDbContext db, int organisationId, IEnumerable<int> workshopIds, CancellationToken ct)
    {
        var ids = workshopIds.Distinct().ToList();
        return await db.Workshops.Where(w => w.OrganisationId == organisationId && ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.TrajectoryId, ct);
    }
}

/// <summary>The scan's promising domains, except those the strategy let drop; the key is the domain's code.</summary>
public sealed class ShortlistDomainSource(CirculairDbContext db) : IVotingItemSource
{
    public VotingItemKind Kind => VotingItemKind.Domein;

    public async Task<IReadOnlyList<VotingItem>> ListAsync(int organisationId, int trajectoryId, CancellationToken ct)
    {
        var promising = await db.ScanDomainAssessments.InOrganisation(organisationId).Where(a => a.IsPromising).Select(a => a.DomainCode).ToListAsync(ct);
        var dropped = await db.StrategyDomains.InOrganisation(organisationId)
            .Where(d => d.TrajectoryId == trajectoryId && d.Decision == DomainDecision.LatenVallen).Select(d => d.DomainCode).ToListAsync(ct);
        return [.. promising.Except(dropped)
            .Select(ActionDomains.Find).OfType<ActionDomain>()
            .OrderBy(d => d.Number)
            .Select(d => new VotingItem(d.Code, d.Label.ToString()))];
    }
}

/// <summary>
/// The strategy's ideas backlog, not yet promoted, most votes first (an idea's votes with those of the duplicates merged
/// into it); hidden ideas and merged duplicates are not offered. The key is the idea's id.
/// </summary>
public sealed class BacklogIdeaSource(CirculairDbContext db) : IVotingItemSource
{
    public VotingItemKind Kind => VotingItemKind.Idee;

    public async Task<IReadOnlyList<VotingItem>> ListAsync(int organisationId, int trajectoryId, CancellationToken ct)
    {
        var ideas = await db.StrategyIdeas.InOrganisation(organisationId)
            .Where(i => i.TrajectoryId == trajectoryId && i.PromotedActionId == null)
            .Select(i => new { i.Id, i.Title, i.Votes, i.HiddenAt, i.MergedIntoIdeaId })
            .ToListAsync(ct);
        var merged = ideas.Where(i => i.MergedIntoIdeaId is not null).GroupBy(i => i.MergedIntoIdeaId!.Value).ToDictionary(g => g.Key, g => g.Sum(i => i.Votes));
        return [.. ideas.Where(i => i.HiddenAt is null && i.MergedIntoIdeaId is null)
            .OrderByDescending(i => i.Votes + merged.GetValueOrDefault(i.Id)).ThenBy(i => i.Id).Take(WorkshopActivity.MaxItems)
            .Select(i => new VotingItem(StrategyWorkshopServices.Key(i.Id), i.Title))];
    }
}

/// <summary>The strategy's actions that are not stopped, in number order ("A03 Title"); the key is the action's id.</summary>
public sealed class StrategyActionSource(CirculairDbContext db) : IVotingItemSource
{
    public VotingItemKind Kind => VotingItemKind.Actie;

    public async Task<IReadOnlyList<VotingItem>> ListAsync(int organisationId, int trajectoryId, CancellationToken ct)
    {
        var actions = await db.PlannedActions.InOrganisation(organisationId)
            .Where(a => a.TrajectoryId == trajectoryId && a.Status != ActionStatus.Stopgezet)
            .Select(a => new { a.Id, a.Number, a.Title })
            .ToListAsync(ct);
        return [.. actions.OrderBy(a => a.Number, ActionNumbering.Natural).Take(WorkshopActivity.MaxItems)
            .Select(a => new VotingItem(StrategyWorkshopServices.Key(a.Id), $"{a.Number} {a.Title}"))];
    }
}

/// <summary>
/// Dots on domains are evidence of their support (<i>draagvlak</i>), never the support itself: each closed vote records,
/// per domain, how many of its participants gave the domain a dot and the support that share suggests
/// (<see cref="DomainSupportRules.FromVotes"/>). A Coördinator takes it over on the domain page, or not. Closing the
/// same activity again replaces its evidence. A shortlisted domain the strategy has not yet taken up is added,
/// undecided and without support, so the evidence has a page.
/// </summary>
public sealed class DomainSupportFromVotes(CirculairDbContext db, TimeProvider clock) : IDomainSupportSink
{
    public async Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ItemSupport> support, CancellationToken ct)
    {
        var trajectories = await StrategyWorkshopServices.TrajectoriesAsync(db, organisationId, support.Select(s => s.WorkshopId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var delivered = 0;
        foreach (var item in support.Where(s => s.Participants > 0 && s.SourceKey is not null && ActionDomains.Find(s.SourceKey) is not null))
        {
            if (!trajectories.TryGetValue(item.WorkshopId, out var trajectoryId))
            {
                continue;
            }
            var domain = db.StrategyDomains.Local.FirstOrDefault(d => d.TrajectoryId == trajectoryId && d.DomainCode == item.SourceKey)
                ?? await db.StrategyDomains.InOrganisation(organisationId).FirstOrDefaultAsync(d => d.TrajectoryId == trajectoryId && d.DomainCode == item.SourceKey, ct);
            DomainSupportEvidence? evidence = null;
            if (domain is null)
            {
                domain = new StrategyDomain(organisationId, trajectoryId, item.SourceKey!);
                db.StrategyDomains.Add(domain);
            }
            else
            {
                evidence = await db.DomainSupportEvidence.InOrganisation(organisationId)
                    .FirstOrDefaultAsync(e => e.StrategyDomainId == domain.Id && e.WorkshopActivityId == item.ActivityId, ct);
            }
            if (evidence is null)
            {
                db.DomainSupportEvidence.Add(new DomainSupportEvidence(domain, item.ActivityId, item.Voters, item.Participants, item.Dots, now));
            }
            else
            {
                evidence.Count(item.Voters, item.Participants, item.Dots, now);
            }
            delivered++;
        }
        await db.SaveChangesAsync(ct);
        return delivered > 0 ? FeedOutcome.Delivered : FeedOutcome.KeptInWorkshop;
    }
}

/// <summary>
/// Dots on backlog ideas (and on "Hoe kunnen we…" questions that are in the backlog) are counted per activity: each
/// closed vote keeps its own tally on the idea, and the idea's votes are the sum. Closing an activity again
/// replaces that activity's tally only, so nothing is counted twice and no vote overwrites another.
/// </summary>
public sealed class IdeaRankingFromVotes(CirculairDbContext db, TimeProvider clock) : IIdeaRankingSink
{
    public async Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ItemSupport> ranking, CancellationToken ct)
    {
        var trajectories = await StrategyWorkshopServices.TrajectoriesAsync(db, organisationId, ranking.Select(r => r.WorkshopId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var delivered = 0;
        foreach (var item in ranking)
        {
            if (!trajectories.TryGetValue(item.WorkshopId, out var trajectoryId) || StrategyWorkshopServices.IdOf(item.SourceKey) is not { } id)
            {
                continue;
            }
            var ideas = db.StrategyIdeas.InOrganisation(organisationId).Where(i => i.TrajectoryId == trajectoryId).Include(i => i.Tallies);
            var idea = item.Kind == VotingItemKind.Vraag
                ? await ideas.FirstOrDefaultAsync(i => i.WorkshopIdeaId == id, ct)
                : await ideas.FirstOrDefaultAsync(i => i.Id == id, ct);
            if (idea is null)
            {
                continue;
            }
            idea.CountWorkshopVotes(item.ActivityId, item.Dots, now);
            delivered++;
        }
        await db.SaveChangesAsync(ct);
        // Questions not yet in the backlog reach it, with their dots, through the idea sink of the same close.
        return delivered > 0 || ranking.All(r => r.Kind == VotingItemKind.Vraag) ? FeedOutcome.Delivered : FeedOutcome.KeptInWorkshop;
    }
}

/// <summary>
/// Brainwriting ideas and "Hoe kunnen we…" questions enter the strategy's ideas backlog with their lineage: the
/// workshop and its idea they came from, the technique of the activity, who wrote them, the backlog idea they
/// build on, and (questions) the dots they got in their activity, as that activity's tally. Each workshop idea
/// becomes one backlog idea; a second close updates that tally only, so the team's edits and other votes stay.
/// </summary>
public sealed class WorkshopIdeasToBacklog(CirculairDbContext db, TimeProvider clock) : IIdeaSink
{
    public async Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<WorkshopIdeaRecord> ideas, CancellationToken ct)
    {
        var trajectories = await StrategyWorkshopServices.TrajectoriesAsync(db, organisationId, ideas.Select(i => i.WorkshopId), ct);
        var activityIds = ideas.Select(i => i.ActivityId).Distinct().ToList();
        var activities = await db.WorkshopActivities.Where(a => activityIds.Contains(a.Id)).Select(a => new { a.Id, a.Kind, a.Title }).ToDictionaryAsync(a => a.Id, ct);
        var workshopIdeaIds = ideas.Select(i => i.IdeaId).ToList();
        var existing = await db.StrategyIdeas.InOrganisation(organisationId)
            .Where(i => i.WorkshopIdeaId != null && workshopIdeaIds.Contains(i.WorkshopIdeaId.Value))
            .Include(i => i.Tallies)
            .ToDictionaryAsync(i => i.WorkshopIdeaId!.Value, ct);
        var made = new List<(WorkshopIdeaRecord Record, StrategyIdea Idea)>();
        var copies = new Dictionary<(int TrajectoryId, string CaseKey), int>();
        foreach (var record in ideas.OrderBy(i => i.IdeaId))
        {
            if (!trajectories.TryGetValue(record.WorkshopId, out var trajectoryId) || string.IsNullOrWhiteSpace(record.Text))
            {
                continue;
            }
            if (!existing.TryGetValue(record.IdeaId, out var idea))
            {
                var activity = activities.GetValueOrDefault(record.ActivityId);
                var (technique, name) = activity?.Kind switch
                {
                    ActivityKind.Brainwriting => (IdeaTechnique.Brainwriting, null),
                    ActivityKind.HoeKunnenWe => (IdeaTechnique.HoeKunnenWe, null),
                    ActivityKind.WorldCafe => (IdeaTechnique.WorldCafe, null),
                    ActivityKind.Analogiedenken => (IdeaTechnique.Analogiedenken, null),
                    not null => (IdeaTechnique.Eigen, activity.Title),
                    null => (record.Kind == IdeaKind.Vraag ? IdeaTechnique.HoeKunnenWe : IdeaTechnique.Brainwriting, (string?)null),
                };
                idea = StrategyIdea.CollectedInWorkshop(organisationId, trajectoryId, record.WorkshopId, record.IdeaId, record.Text, technique, name, record.Author, record.CreatedAt);
                if (record.SourceCaseKey is { } caseKey)
                {
                    // Inspired by a library case (analogiedenken): the case's key is the idea's lineage, counted like a clone.
                    var counted = (trajectoryId, caseKey);
                    if (!copies.TryGetValue(counted, out var earlier))
                    {
                        earlier = await db.StrategyIdeas.InOrganisation(organisationId).CountAsync(i => i.TrajectoryId == trajectoryId && i.SourceCaseKey == caseKey, ct)
                            + await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.TrajectoryId == trajectoryId && a.SourceCaseKey == caseKey, ct);
                    }
                    copies[counted] = earlier + 1;
                    idea.CloneOf(caseKey, earlier + 1);
                }
                db.StrategyIdeas.Add(idea);
                existing[record.IdeaId] = idea;
            }
            if (record.Kind == IdeaKind.Vraag)
            {
                idea.CountWorkshopVotes(record.ActivityId, record.Dots, clock.GetUtcNow().UtcDateTime);
            }
            made.Add((record, idea));
        }
        if (made.Count == 0)
        {
            return FeedOutcome.KeptInWorkshop;
        }
        await db.SaveChangesAsync(ct);

        // Lineage needs the ids of the new rows: link each idea to the backlog idea made from what it builds on.
        var parentIds = made.Where(m => m.Record.BuildsOnIdeaId is not null && m.Idea.BuildsOnIdeaId is null).Select(m => m.Record.BuildsOnIdeaId!.Value).Distinct().ToList();
        if (parentIds.Count > 0)
        {
            var parents = await db.StrategyIdeas.InOrganisation(organisationId)
                .Where(i => i.WorkshopIdeaId != null && parentIds.Contains(i.WorkshopIdeaId.Value))
                .ToDictionaryAsync(i => i.WorkshopIdeaId!.Value, ct);
            foreach (var (record, idea) in made)
            {
                if (record.BuildsOnIdeaId is { } parentId && idea.BuildsOnIdeaId is null && parents.TryGetValue(parentId, out var parent) && parent.TrajectoryId == idea.TrajectoryId)
                {
                    idea.BuildOn(parent);
                }
            }
            await db.SaveChangesAsync(ct);
        }
        return FeedOutcome.Delivered;
    }
}

/// <summary>
/// Impact/effort scores of workshop participants reach Tool 6 per rater: each participant is one rater of the action
/// (key "workshop:ws{workshop}-p{participant}", as for AMORE), so the matrix averages them with the members' scores
/// and shows the spread. Rating again in a later close replaces that participant's scores.
/// </summary>
public sealed class WorkshopRatingsToMatrix(CirculairDbContext db) : IImpactEffortSink
{
    public async Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ImpactEffortRating> ratings, CancellationToken ct)
    {
        var trajectories = await StrategyWorkshopServices.TrajectoriesAsync(db, organisationId, ratings.Select(r => r.WorkshopId), ct);
        var ids = ratings.Select(r => StrategyWorkshopServices.IdOf(r.SourceKey)).OfType<int>().Distinct().ToList();
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => ids.Contains(a.Id)).Include(a => a.Ratings).ToDictionaryAsync(a => a.Id, ct);
        var delivered = 0;
        foreach (var rating in ratings)
        {
            if (StrategyWorkshopServices.IdOf(rating.SourceKey) is not { } id || !actions.TryGetValue(id, out var action)
                || !trajectories.TryGetValue(rating.WorkshopId, out var trajectoryId) || action.TrajectoryId != trajectoryId
                || !ImpactEffortMatrix.InRange(rating.Impact) || !ImpactEffortMatrix.InRange(rating.Effort))
            {
                continue;
            }
            var rater = RaterKey.Workshop(string.Create(CultureInfo.InvariantCulture, $"ws{rating.WorkshopId}-p{rating.ParticipantId}"));
            action.Rate(rater, rating.Rater, rating.Impact, rating.Effort, rating.At);
            delivered++;
        }
        await db.SaveChangesAsync(ct);
        return delivered > 0 ? FeedOutcome.Delivered : FeedOutcome.KeptInWorkshop;
    }
}
