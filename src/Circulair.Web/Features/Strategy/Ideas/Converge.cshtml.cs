using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>
/// Converge before a dot vote (issue 13 item 7, decision 0246): a duplicate idea is merged into the idea it repeats,
/// an idea that should not be voted on is hidden. Both stay in the backlog with their votes and lineage; a merged idea's
/// votes count for the idea it was merged into. Neither is offered in a dot vote on the backlog any more, also not in
/// a dot vote that is planned but has not started (its item is taken out, and put back on undo). Every step can be
/// undone on this page. A Teamlid converges, as they add and edit ideas.
/// </summary>
// Every control on the page writes: a Lezer gets the 403 page rather than forms they cannot send (issue 13 item 14).
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class ConvergeModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    public IReadOnlyList<Row> Offered { get; private set; } = [];
    public IReadOnlyList<Row> Hidden { get; private set; } = [];
    public IReadOnlyList<Row> Merged { get; private set; } = [];

    /// <summary>The planned dot votes on the backlog that will offer the ideas shown as offered.</summary>
    public int PlannedVotes { get; private set; }

    /// <summary>The idea whose merge was refused, to show its message beside it.</summary>
    public int? RefusedIdeaId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public Task<IActionResult> OnPostHideAsync(int ideaId, CancellationToken ct) =>
        ChangeAsync(ideaId, (idea, _) => { idea.Hide(clock.GetUtcNow().UtcDateTime); return Task.FromResult<string?>("Strategy.Ideas.Converge.HiddenDone"); }, ct);

    public Task<IActionResult> OnPostShowAsync(int ideaId, CancellationToken ct) =>
        ChangeAsync(ideaId, (idea, _) => { idea.Show(); return Task.FromResult<string?>("Strategy.Ideas.Converge.ShownDone"); }, ct);

    public Task<IActionResult> OnPostUnmergeAsync(int ideaId, CancellationToken ct) =>
        ChangeAsync(ideaId, (idea, _) => { idea.Unmerge(); return Task.FromResult<string?>("Strategy.Ideas.Converge.UnmergedDone"); }, ct);

    public Task<IActionResult> OnPostMergeAsync(int ideaId, string? into, CancellationToken ct) =>
        ChangeAsync(ideaId, async (idea, field) =>
        {
            var keptId = int.TryParse(into, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0;
            var kept = keptId == 0 ? null : await Db.StrategyIdeas.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == keptId && i.TrajectoryId == TrajectoryId, ct);
            if (kept is null)
            {
                ModelState.AddModelError(field, t["Strategy.Ideas.Converge.ChooseKept"]);
                return null;
            }
            var mergedIntoThis = await Db.StrategyIdeas.InOrganisation(Org.Id).CountAsync(i => i.MergedIntoIdeaId == idea.Id, ct);
            idea.MergeInto(kept, mergedIntoThis);
            return "Strategy.Ideas.Converge.MergedDone";
        }, ct);

    /// <summary>Loads the idea, applies the step (a DomainException becomes the message at the idea), keeps planned votes in step.</summary>
    private async Task<IActionResult> ChangeAsync(int ideaId, Func<StrategyIdea, string, Task<string?>> step, CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var idea = await Db.StrategyIdeas.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == ideaId && i.TrajectoryId == TrajectoryId, ct);
        if (idea is null)
        {
            return NotFound();
        }
        var field = $"into-{idea.Id}";
        string? done;
        try
        {
            done = await step(idea, field);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(field, t[e.MessageKey, [.. e.Arguments]]);
            done = null;
        }
        if (done is null)
        {
            RefusedIdeaId = idea.Id;
            await LoadAsync(ct);
            return Page();
        }
        await OfferInPlannedVotesAsync(idea, ct);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = done;
        TempData["FlashArguments"] = new[] { idea.Title };
        return Redirect(Link("/ideas/converge") + $"#idea-{idea.Id}");
    }

    /// <summary>
    /// Dot votes on the backlog that are planned but have not run copied their items when they were planned: take the
    /// idea out of them when it is no longer offered, and put it back (at the end) when it is offered again.
    /// </summary>
    private async Task OfferInPlannedVotesAsync(StrategyIdea idea, CancellationToken ct)
    {
        var key = StrategyWorkshopServices.Key(idea.Id);
        var workshops = Db.Workshops; // an extension property cannot stand inside the expression tree
        var planned = await Db.WorkshopActivities.Include(a => a.Items)
            .Where(a => a.OrganisationId == Org.Id && a.OpenedAt == null && a.ItemSource == VotingItemKind.Idee
                && workshops.Any(w => w.Id == a.WorkshopId && w.OrganisationId == Org.Id && w.TrajectoryId == TrajectoryId && w.EndedAt == null))
            .ToListAsync(ct);
        foreach (var activity in planned)
        {
            var item = activity.Items.FirstOrDefault(i => i.Source == VotingItemKind.Idee && i.SourceKey == key);
            if (!idea.IsOfferedForVoting && item is not null)
            {
                activity.RemoveItem(item);
            }
            else if (idea.IsOfferedForVoting && item is null && activity.Items.Count < WorkshopActivity.MaxItems)
            {
                activity.AddItem(idea.Title.Length > WorkshopItem.TextMaxLength ? idea.Title[..WorkshopItem.TextMaxLength] : idea.Title, VotingItemKind.Idee, key);
            }
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Strategy is null && !await LoadStrategyAsync(ct))
        {
            return false;
        }
        var ideas = await Db.StrategyIdeas.InOrganisation(Org.Id).Where(i => i.TrajectoryId == TrajectoryId && i.PromotedActionId == null)
            .OrderByDescending(i => i.Votes).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Title, i.Votes, i.HiddenAt, i.MergedIntoIdeaId })
            .ToListAsync(ct);
        var titles = ideas.ToDictionary(i => i.Id, i => i.Title);
        var mergedVotes = ideas.Where(i => i.MergedIntoIdeaId is not null).GroupBy(i => i.MergedIntoIdeaId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Row RowOf(int id, string title, int votes, int? into) =>
            new(id, title, votes, mergedVotes.TryGetValue(id, out var m) ? [.. m.Select(x => x.Title)] : [], votes + (mergedVotes.TryGetValue(id, out var n) ? n.Sum(x => x.Votes) : 0),
                into is { } i && titles.TryGetValue(i, out var kept) ? (i, kept) : null);
        Offered = [.. ideas.Where(i => i.HiddenAt is null && i.MergedIntoIdeaId is null).Select(i => RowOf(i.Id, i.Title, i.Votes, null)).OrderByDescending(r => r.Total).ThenBy(r => r.Title, StringComparer.CurrentCulture)];
        Hidden = [.. ideas.Where(i => i.HiddenAt is not null && i.MergedIntoIdeaId is null).Select(i => RowOf(i.Id, i.Title, i.Votes, null))];
        Merged = [.. ideas.Where(i => i.MergedIntoIdeaId is not null).Select(i => RowOf(i.Id, i.Title, i.Votes, i.MergedIntoIdeaId))];
        var workshops = Db.Workshops;
        PlannedVotes = await Db.WorkshopActivities.CountAsync(a => a.OrganisationId == Org.Id && a.OpenedAt == null && a.ItemSource == VotingItemKind.Idee
            && workshops.Any(w => w.Id == a.WorkshopId && w.OrganisationId == Org.Id && w.TrajectoryId == TrajectoryId && w.EndedAt == null), ct);
        return true;
    }

    /// <param name="MergedTitles">The duplicates merged into this idea.</param>
    /// <param name="Total">Its votes with those of the duplicates merged into it.</param>
    /// <param name="Into">For a merged idea: the idea it was merged into.</param>
    public sealed record Row(int Id, string Title, int Votes, IReadOnlyList<string> MergedTitles, int Total, (int Id, string Title)? Into);
}
