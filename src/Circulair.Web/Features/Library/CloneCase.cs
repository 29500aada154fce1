using Circulair.Library;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// Turns a library case into an idea or a draft action of one strategy, keeping the case's key and which copy it is;
/// shared by the clone page and the demo. The caller has checked the strategy is the organisation's and, for an
/// action, that the number is free; it saves.
/// </summary>
public sealed class CloneCase(CirculairDbContext db, Text t)
{
    public async Task<int> CopiesAsync(int organisationId, int trajectoryId, string caseKey, CancellationToken ct) =>
        await db.StrategyIdeas.InOrganisation(organisationId).CountAsync(i => i.TrajectoryId == trajectoryId && i.SourceCaseKey == caseKey, ct)
        + await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.TrajectoryId == trajectoryId && a.SourceCaseKey == caseKey, ct);

    public async Task<StrategyIdea> ToIdeaAsync(int organisationId, int trajectoryId, LibraryCase source, string title, DateTime now, CancellationToken ct)
    {
        var copy = await CopiesAsync(organisationId, trajectoryId, source.Key, ct) + 1;
        var domainId = await db.StrategyDomains.InOrganisation(organisationId)
            .Where(d => d.TrajectoryId == trajectoryId && d.DomainCode == source.DomainCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        var idea = new StrategyIdea(organisationId, trajectoryId, title, IdeaTechnique.Analogiedenken, now);
        idea.Describe(title, Truncate(Describe(source), StrategyIdea.DescriptionMaxLength), IdeaTechnique.Analogiedenken, null, domainId, null, null);
        idea.CloneOf(source.Key, copy);
        db.StrategyIdeas.Add(idea);
        return idea;
    }

    public async Task<PlannedAction> ToActionAsync(int organisationId, int trajectoryId, LibraryCase source, ActionDetails details, DateTime now, CancellationToken ct)
    {
        var copy = await CopiesAsync(organisationId, trajectoryId, source.Key, ct) + 1;
        var action = new PlannedAction(organisationId, trajectoryId, details, now);
        // Tool 7, pre-filled: what the case did as the description, and getting in touch with its makers as the first step.
        action.DescribeSheet(new ActionSheet
        {
            Description = Truncate(Describe(source), PlannedAction.SheetTextMaxLength),
            FirstSteps = Truncate(FirstSteps(source), PlannedAction.SheetTextMaxLength),
        }, now);
        action.Classify(source.RStrategyCode, source.ValueChain, source.SubdomainCode, now);
        action.CloneOf(source.Key, copy);
        action.PlaceIn(null, await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId && a.ActionLineId == null).ToListAsync(ct));
        db.PlannedActions.Add(action);
        return action;
    }

    private string Describe(LibraryCase c) =>
        t["Library.Clone.Description", c.Summary.ToString(), c.Title.ToString(), c.Place, string.Join(", ", c.Organisations)];

    private string FirstSteps(LibraryCase c) =>
        c.Url is { } url
            ? t["Library.Clone.FirstStepsWithLink", string.Join(", ", c.Organisations), url.ToString()]
            : t["Library.Clone.FirstSteps", string.Join(", ", c.Organisations)];

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
