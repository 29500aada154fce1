using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Persistence;
using Circulair.Workshops;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>An idea's fields: what it is, how it came up (technique, the idea it builds on, who), what it serves, its votes.</summary>
public sealed class IdeaInput
{
    [Display(Name = "Field.StrategyIdea.Title")]
    [StringLength(StrategyIdea.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Field.StrategyIdea.Description")]
    [StringLength(StrategyIdea.DescriptionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Field.StrategyIdea.Technique")]
    public IdeaTechnique? Technique { get; set; }

    [Display(Name = "Field.StrategyIdea.TechniqueName")]
    [StringLength(StrategyIdea.TechniqueNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? TechniqueName { get; set; }

    /// <summary>"d:12" for a domain, "g:7" for a goal, empty for neither.</summary>
    [Display(Name = "Strategy.Idea.Serves")]
    public string? Serves { get; set; }

    [Display(Name = "Field.StrategyIdea.BuildsOnIdeaId")]
    public int? BuildsOn { get; set; }

    [Display(Name = "Field.StrategyIdea.ContributedBy")]
    [StringLength(StrategyIdea.ContributorMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ContributedBy { get; set; }

    [Display(Name = "Field.StrategyIdea.Votes")]
    [Range(0, StrategyIdea.MaxVotes, ErrorMessage = "Strategy.Validation.VotesRange")]
    public int? Votes { get; set; }

    public static IdeaInput From(StrategyIdea i) => new()
    {
        Title = i.Title, Description = i.Description, Technique = i.Technique, TechniqueName = i.TechniqueName,
        Serves = i.StrategyGoalId is { } g ? $"g:{g}" : i.StrategyDomainId is { } d ? $"d:{d}" : null,
        BuildsOn = i.BuildsOnIdeaId, ContributedBy = i.ContributedBy, Votes = i.VotesOutsideWorkshops,
    };
}

/// <summary>The dots one workshop activity gave an idea, named by its workshop and activity.</summary>
public sealed record TallyView(int IdeaId, int Votes, int WorkshopId, string Workshop, string Activity)
{
    /// <summary>Every idea's tallies in one strategy, per idea, in the order the activities were made.</summary>
    public static async Task<ILookup<int, TallyView>> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, int? ideaId, CancellationToken ct)
    {
        var rows = await db.IdeaVoteTallies.InOrganisation(organisationId)
            .Where(t => t.Idea.TrajectoryId == trajectoryId && (ideaId == null || t.StrategyIdeaId == ideaId))
            .Join(db.WorkshopActivities, t => t.WorkshopActivityId, a => a.Id, (t, a) => new { t.StrategyIdeaId, t.Votes, t.WorkshopActivityId, a.WorkshopId, Activity = a.Title })
            .Join(db.Workshops, x => x.WorkshopId, w => w.Id, (x, w) => new { x.StrategyIdeaId, x.Votes, x.WorkshopActivityId, x.WorkshopId, Workshop = w.Title, x.Activity })
            .OrderBy(x => x.WorkshopActivityId)
            .ToListAsync(ct);
        return rows.ToLookup(r => r.StrategyIdeaId, r => new TallyView(r.StrategyIdeaId, r.Votes, r.WorkshopId, r.Workshop, r.Activity));
    }
}

/// <summary>What an idea can serve and build on in one strategy, with the checks that need them.</summary>
public sealed class IdeaChoices
{
    private IdeaChoices(IReadOnlyList<DomainNode> domains, IReadOnlyList<GoalNode> goals, IReadOnlyList<(int Id, string Title)> ideas)
    {
        Domains = domains;
        Goals = goals;
        Ideas = ideas;
    }

    public IReadOnlyList<DomainNode> Domains { get; }
    public IReadOnlyList<GoalNode> Goals { get; }
    public IReadOnlyList<(int Id, string Title)> Ideas { get; }

    public static async Task<IdeaChoices> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var tree = await StrategyTree.LoadDomainsAndGoalsAsync(db, organisationId, trajectoryId, ct);
        var ideas = await db.StrategyIdeas.InOrganisation(organisationId).Where(i => i.TrajectoryId == trajectoryId).OrderBy(i => i.Title)
            .Select(i => new { i.Id, i.Title }).ToListAsync(ct);
        return new IdeaChoices(tree.Domains, [.. tree.Domains.SelectMany(d => tree.GoalsOf(d.Id))], [.. ideas.Select(i => (i.Id, i.Title))]);
    }

    public List<SelectListItem> ServesItems(Text t)
    {
        var items = new List<SelectListItem> { new(t["Strategy.Idea.ServesNothing"], "") };
        var domains = new SelectListGroup { Name = t["Strategy.Idea.Domains"] };
        var goals = new SelectListGroup { Name = t["Strategy.Idea.Goals"] };
        items.AddRange(Domains.Select(d => new SelectListItem(d.Domain.Label.ToString(), $"d:{d.Id.ToString(CultureInfo.InvariantCulture)}") { Group = domains }));
        items.AddRange(Goals.Select(g => new SelectListItem(g.Statement, $"g:{g.Id.ToString(CultureInfo.InvariantCulture)}") { Group = goals }));
        return items;
    }

    public List<SelectListItem> BuildsOnItems(Text t, int? except) =>
        [new(t["Strategy.Idea.BuildsOnNothing"], ""), .. Ideas.Where(i => i.Id != except).Select(i => new SelectListItem(i.Title, i.Id.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>Checks the input against the strategy; returns (domain, goal) ids when valid.</summary>
    public (int? Domain, int? Goal)? Validate(IdeaInput input, ModelStateDictionary state, Text t, int? self)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            state.AddModelError("Input.Title", t["Strategy.Validation.IdeaTitleRequired"]);
        }
        if (input.Technique is not { } technique || !Enum.IsDefined(technique))
        {
            state.AddModelError("Input.Technique", t["Strategy.Validation.TechniqueRequired"]);
        }
        else if (technique == IdeaTechnique.Eigen && string.IsNullOrWhiteSpace(input.TechniqueName))
        {
            state.AddModelError("Input.TechniqueName", t["Strategy.Validation.TechniqueNameRequired"]);
        }
        (int? Domain, int? Goal) serves = (null, null);
        if (!string.IsNullOrEmpty(input.Serves))
        {
            var parts = input.Serves.Split(':');
            var ok = false;
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                if (parts[0] == "d" && Domains.Any(d => d.Id == id))
                {
                    serves = (id, null);
                    ok = true;
                }
                else if (parts[0] == "g" && Goals.FirstOrDefault(g => g.Id == id) is { } goal)
                {
                    serves = (goal.DomainId, goal.Id);
                    ok = true;
                }
            }
            if (!ok)
            {
                state.AddModelError("Input.Serves", t["Strategy.Validation.Choose"]);
            }
        }
        if (input.BuildsOn is { } parent && (parent == self || Ideas.All(i => i.Id != parent)))
        {
            state.AddModelError("Input.BuildsOn", t["Strategy.Validation.Choose"]);
        }
        return state.IsValid ? serves : null;
    }
}
