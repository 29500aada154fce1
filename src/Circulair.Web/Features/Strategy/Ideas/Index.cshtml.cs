using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Workshops;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>
/// The strategy's idea backlog (diverge, then converge): every idea with its technique, what it serves, the idea it
/// builds on, its votes and — once promoted — its action; most votes first. The form below adds an idea.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty]
    public IdeaInput Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IdeaChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var serves = Choices.Validate(Input, ModelState, t, null);
        if (serves is not { } s)
        {
            return Page();
        }
        var idea = new StrategyIdea(Org.Id, TrajectoryId, Input.Title, Input.Technique!.Value, clock.GetUtcNow().UtcDateTime);
        idea.Describe(Input.Title, Input.Description, Input.Technique!.Value, Input.TechniqueName, s.Domain, s.Goal, Input.BuildsOn, Input.ContributedBy);
        idea.SetVotes(Input.Votes ?? 0);
        Db.StrategyIdeas.Add(idea);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Idea.Added";
        return Redirect(Link("/ideas") + $"#idea-{idea.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        Choices = await IdeaChoices.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        ViewData["ServesItems"] = Choices.ServesItems(t);
        ViewData["BuildsOnItems"] = Choices.BuildsOnItems(t, null);
        var ideas = await Db.StrategyIdeas.InOrganisation(Org.Id).Where(i => i.TrajectoryId == TrajectoryId)
            .OrderByDescending(i => i.Votes).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.Title, i.Description, i.Technique, i.TechniqueName, i.StrategyDomainId, i.StrategyGoalId, i.BuildsOnIdeaId, i.Votes,
                i.ContributedBy, i.WorkshopId, i.SourceCaseKey, i.SourceCaseCopy, Action = i.PromotedAction == null ? null : new { i.PromotedAction.Id, i.PromotedAction.Number, i.PromotedAction.Title },
                i.HiddenAt, i.MergedIntoIdeaId,
            })
            .ToListAsync(ct);
        // Duplicates merged into an idea are shown with it (their votes count for it), not as rows of their own.
        var merged = ideas.Where(i => i.MergedIntoIdeaId is not null && ideas.Any(k => k.Id == i.MergedIntoIdeaId)).GroupBy(i => i.MergedIntoIdeaId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var titles = ideas.ToDictionary(i => i.Id, i => i.Title);
        var workshopIds = ideas.Where(i => i.WorkshopId is not null).Select(i => i.WorkshopId!.Value).Distinct().ToList();
        var workshops = workshopIds.Count == 0 ? [] : await Db.Workshops.Where(w => w.OrganisationId == Org.Id && workshopIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, ct);
        var tallies = await TallyView.LoadAsync(Db, Org.Id, TrajectoryId, null, ct);
        Rows = [.. ideas.Where(i => i.MergedIntoIdeaId is null || !merged.ContainsKey(i.MergedIntoIdeaId.Value)).Select(i => new Row(i.Id, i.Title, i.Description, i.Technique, i.TechniqueName,
            i.StrategyGoalId is { } g ? Choices.Goals.FirstOrDefault(x => x.Id == g)?.Statement : i.StrategyDomainId is { } d ? Choices.Domains.FirstOrDefault(x => x.Id == d)?.Domain.Label.ToString() : null,
            i.BuildsOnIdeaId is { } b && titles.TryGetValue(b, out var parent) ? parent : null, i.Votes, i.ContributedBy,
            i.Action is null ? null : (i.Action.Id, i.Action.Number, i.Action.Title),
            Origin(i.WorkshopId), [.. tallies[i.Id]])
        {
            SourceCase = (i.SourceCaseKey, i.SourceCaseCopy),
            Hidden = i.HiddenAt is not null,
            MergedTitles = merged.TryGetValue(i.Id, out var m) ? [.. m.Select(x => x.Title)] : [],
            MergedVotes = merged.TryGetValue(i.Id, out var v) ? v.Sum(x => x.Votes) : 0,
        }).OrderByDescending(r => r.Votes + r.MergedVotes)];
        Input.Technique ??= IdeaTechnique.Brainwriting;
        return true;

        (int Id, string Title)? Origin(int? workshopId) =>
            workshopId is { } id && workshops.TryGetValue(id, out var title) ? (id, title) : null;
    }

    public sealed record Row(int Id, string Title, string? Description, IdeaTechnique Technique, string? TechniqueName, string? Serves, string? BuildsOn, int Votes, string? ContributedBy, (int Id, string Number, string Title)? Action, (int Id, string Title)? Workshop, IReadOnlyList<TallyView> Tallies)
    {
        /// <summary>Votes counted outside the workshops, on top of the tallies.</summary>
        public int VotesOutsideWorkshops => Votes - Tallies.Sum(t => t.Votes);

        /// <summary>The library case the idea was cloned from, and which copy it is (knowledge library lineage).</summary>
        public (string? Key, int? Copy) SourceCase { get; init; }

        /// <summary>Hidden from dot votes (decision 0246).</summary>
        public bool Hidden { get; init; }

        /// <summary>The duplicates merged into this idea, and their votes, which count for it.</summary>
        public IReadOnlyList<string> MergedTitles { get; init; } = [];

        public int MergedVotes { get; init; }
    }
}
