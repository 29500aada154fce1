using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Strategy;

/// <summary>The idea-generation techniques of the guide (ch. 5, phase 2), and the team's own.</summary>
public enum IdeaTechnique
{
    Brainwriting = 1,
    Analogiedenken = 2,
    HoeKunnenWe = 3,
    WorldCafe = 4,
    Eigen = 5,
}

/// <summary>
/// An idea of the strategy's backlog (diverge, then converge): how it came up (technique, and the idea it builds on
/// in brainwriting), the domain or goal it serves, its votes from dot voting, and — once chosen — the action it
/// became. Promoting keeps the link both ways: the idea names its action, the action shows its idea.
/// </summary>
public sealed class StrategyIdea : IOrganisationScoped
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 2000;
    public const int TechniqueNameMaxLength = 100;
    public const int ContributorMaxLength = 150;
    public const int MaxVotes = 100_000;

    private StrategyIdea()
    {
        Title = "";
    }

    public StrategyIdea(int organisationId, int trajectoryId, string? title, IdeaTechnique technique, DateTime now)
    {
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        Title = "";
        CreatedAt = now;
        Describe(title, null, technique, null, null, null, null);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public string Title { get; private set; }
    public string? Description { get; private set; }
    public IdeaTechnique Technique { get; private set; }

    /// <summary>The name of the team's own technique, when <see cref="Technique"/> is <see cref="IdeaTechnique.Eigen"/>.</summary>
    public string? TechniqueName { get; private set; }

    public int? StrategyDomainId { get; private set; }
    public int? StrategyGoalId { get; private set; }

    /// <summary>The idea this one builds on (brainwriting: each writes on from another's idea).</summary>
    public int? BuildsOnIdeaId { get; private set; }

    /// <summary>Who brought it in (a name or a workshop table); personal data.</summary>
    [PersonalData]
    public string? ContributedBy { get; private set; }

    private readonly List<IdeaVoteTally> _tallies = [];

    /// <summary>
    /// All votes: the sum of the workshop activities' tallies plus the votes the team counted outside the workshops
    /// (<see cref="VotesOutsideWorkshops"/>). Kept as a column so the backlog sorts on it.
    /// </summary>
    public int Votes { get; private set; }

    /// <summary>The dots each workshop activity gave the idea, one tally per activity (load them to change votes).</summary>
    public IReadOnlyList<IdeaVoteTally> Tallies => _tallies;

    /// <summary>The votes counted outside the workshops (e.g. on paper), on top of the activities' tallies.</summary>
    public int VotesOutsideWorkshops => Votes - _tallies.Sum(t => t.Votes);

    /// <summary>The live workshop the idea came from (its lineage), when it was collected there.</summary>
    public int? WorkshopId { get; private set; }

    /// <summary>The workshop's own idea or question this backlog idea was made from: one backlog idea per workshop idea.</summary>
    public int? WorkshopIdeaId { get; private set; }

    public bool FromWorkshop => WorkshopIdeaId is not null;

    public int? PromotedActionId { get; private set; }
    public PlannedAction? PromotedAction { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The knowledge-library case the idea was cloned from (its key), kept as lineage.</summary>
    public string? SourceCaseKey { get; private set; }

    /// <summary>Which copy of that case this is in the strategy: 1 for the first, 2 for a second copy, …</summary>
    public int? SourceCaseCopy { get; private set; }

    /// <summary>The shared-library item (its id) this idea was copied from, kept as lineage; the item may since be withdrawn.</summary>
    public int? SourceLibraryItemId { get; private set; }

    /// <summary>Records that the idea was cloned from a published item of the shared library.</summary>
    public void CopiedFromShared(int sharedLibraryItemId)
    {
        if (sharedLibraryItemId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceLibraryItemId = sharedLibraryItemId;
    }

    /// <summary>Records that the idea was cloned from a library case, as its <paramref name="copy"/>-th copy in the strategy.</summary>
    public void CloneOf(string caseKey, int copy)
    {
        if (string.IsNullOrWhiteSpace(caseKey) || caseKey.Length > CaseKeyMaxLength || copy < 1)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceCaseKey = caseKey;
        SourceCaseCopy = copy;
    }

    public const int CaseKeyMaxLength = 80;

    public bool IsPromoted => PromotedActionId is not null || PromotedAction is not null;

    /// <summary>
    /// Set when the team hid the idea before a vote (a duplicate, or off-topic): it stays in the backlog with its votes
    /// and lineage but is no longer offered in a dot vote. <see cref="Show"/> undoes it.
    /// </summary>
    public DateTime? HiddenAt { get; private set; }

    /// <summary>
    /// The idea this one was merged into (a duplicate): it keeps its own votes and lineage, which the kept idea shows
    /// and counts, and is no longer offered in a dot vote. <see cref="Unmerge"/> undoes it.
    /// </summary>
    public int? MergedIntoIdeaId { get; private set; }

    /// <summary>Offered in a dot vote on the backlog: not promoted, not hidden, not merged into another idea.</summary>
    public bool IsOfferedForVoting => !IsPromoted && HiddenAt is null && MergedIntoIdeaId is null;

    /// <summary>Hides the idea from dot votes (it stays in the backlog).</summary>
    public void Hide(DateTime now)
    {
        if (IsPromoted)
        {
            throw new DomainException("Strategy.Error.IdeaConvergePromoted");
        }
        HiddenAt ??= now;
    }

    /// <summary>Offers a hidden idea in dot votes again.</summary>
    public void Show() => HiddenAt = null;

    /// <summary>
    /// Merges this idea (a duplicate) into <paramref name="kept"/>: both stay, with their own votes and lineage; the
    /// kept idea shows this one and counts its votes. No chains: an idea that others were merged into
    /// (<paramref name="mergedIntoThis"/> &gt; 0) cannot itself be merged, nor can it merge into an idea that is merged.
    /// </summary>
    public void MergeInto(StrategyIdea kept, int mergedIntoThis)
    {
        if (kept == this || kept.Id == Id || kept.TrajectoryId != TrajectoryId)
        {
            throw new DomainException("Strategy.Error.IdeaMergeSelf");
        }
        if (IsPromoted || kept.IsPromoted)
        {
            throw new DomainException("Strategy.Error.IdeaConvergePromoted");
        }
        if (kept.MergedIntoIdeaId is not null || mergedIntoThis > 0)
        {
            throw new DomainException("Strategy.Error.IdeaMergeChain");
        }
        MergedIntoIdeaId = kept.Id;
    }

    /// <summary>Takes a merged idea out of the idea it was merged into: it is offered in dot votes again.</summary>
    public void Unmerge() => MergedIntoIdeaId = null;

    /// <summary>
    /// An idea or "Hoe kunnen we…" question collected in a live workshop, taken into the backlog when its activity
    /// closed. A text longer than a title keeps its first words as the title and the whole text as description.
    /// </summary>
    public static StrategyIdea CollectedInWorkshop(int organisationId, int trajectoryId, int workshopId, int workshopIdeaId, string text, IdeaTechnique technique, string? techniqueName, string? author, DateTime createdAt)
    {
        var clean = StrategyText.Clean(text, int.MaxValue) ?? throw new DomainException("Strategy.Error.IdeaTitleRequired");
        var title = clean.Length <= TitleMaxLength ? clean : clean[..(TitleMaxLength - 1)].TrimEnd() + "…";
        var idea = new StrategyIdea(organisationId, trajectoryId, title, technique, createdAt) { WorkshopId = workshopId, WorkshopIdeaId = workshopIdeaId };
        var description = clean.Length <= TitleMaxLength ? null : clean.Length > DescriptionMaxLength ? clean[..DescriptionMaxLength] : clean;
        idea.Describe(title, description, technique, techniqueName, null, null, null, author);
        return idea;
    }

    /// <summary>Links the idea to the idea it builds on (brainwriting lineage), kept when the parent is in the same strategy.</summary>
    public void BuildOn(StrategyIdea? parent)
    {
        if (parent is not null && (parent.TrajectoryId != TrajectoryId || parent == this))
        {
            throw new DomainException("Strategy.Error.IdeaBuildsOnItself");
        }
        BuildsOnIdeaId = parent?.Id;
    }

    /// <summary>
    /// Sets what the idea says and serves. A goal implies its domain: pass the goal's domain as
    /// <paramref name="domainId"/> (the caller loads both within the strategy).
    /// </summary>
    public void Describe(string? title, string? description, IdeaTechnique technique, string? techniqueName, int? domainId, int? goalId, int? buildsOnIdeaId, string? contributedBy = null)
    {
        if (!Enum.IsDefined(technique))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (buildsOnIdeaId is { } parent && parent == Id && Id != 0)
        {
            throw new DomainException("Strategy.Error.IdeaBuildsOnItself");
        }
        Title = StrategyText.Clean(title, TitleMaxLength) ?? throw new DomainException("Strategy.Error.IdeaTitleRequired");
        Description = StrategyText.Clean(description, DescriptionMaxLength);
        Technique = technique;
        TechniqueName = technique == IdeaTechnique.Eigen ? StrategyText.Clean(techniqueName, TechniqueNameMaxLength) : null;
        StrategyDomainId = domainId;
        StrategyGoalId = goalId;
        BuildsOnIdeaId = buildsOnIdeaId;
        ContributedBy = StrategyText.Clean(contributedBy, ContributorMaxLength) ?? ContributedBy;
    }

    /// <summary>
    /// Sets the votes counted outside the workshops; the activities' tallies stay and come on top. The tallies must be
    /// loaded.
    /// </summary>
    public void SetVotes(int votesOutsideWorkshops)
    {
        if (votesOutsideWorkshops is < 0 or > MaxVotes)
        {
            throw new DomainException("Strategy.Error.VotesOutOfRange");
        }
        SetTotal(votesOutsideWorkshops + _tallies.Sum(t => t.Votes));
    }

    /// <summary>
    /// Records the dots one workshop activity gave the idea. Closing the same activity again replaces that activity's
    /// tally only; other activities' votes and the team's own count stay. The tallies must be loaded.
    /// </summary>
    public void CountWorkshopVotes(int workshopActivityId, int votes, DateTime countedAt)
    {
        if (votes is < 0 or > MaxVotes)
        {
            throw new DomainException("Strategy.Error.VotesOutOfRange");
        }
        var outside = VotesOutsideWorkshops;
        var tally = _tallies.FirstOrDefault(t => t.WorkshopActivityId == workshopActivityId);
        if (tally is null)
        {
            if (votes == 0)
            {
                return;
            }
            _tallies.Add(new IdeaVoteTally(this, workshopActivityId, votes, countedAt));
        }
        else
        {
            tally.Recount(votes, countedAt);
        }
        SetTotal(outside + _tallies.Sum(t => t.Votes));
    }

    private void SetTotal(int votes)
    {
        if (votes is < 0 or > MaxVotes)
        {
            throw new DomainException("Strategy.Error.VotesOutOfRange");
        }
        Votes = votes;
    }

    /// <summary>Marks the idea as having become <paramref name="action"/>. An idea becomes one action only.</summary>
    public void Promote(PlannedAction action)
    {
        if (IsPromoted)
        {
            throw new DomainException("Strategy.Error.IdeaAlreadyPromoted");
        }
        if (action.TrajectoryId != TrajectoryId)
        {
            throw new DomainException("Errors.NotFound");
        }
        PromotedAction = action;
        PromotedActionId = action.Id == 0 ? null : action.Id;
    }

    /// <summary>The action it became was removed: the idea is back in the backlog.</summary>
    public void Unpromote()
    {
        PromotedAction = null;
        PromotedActionId = null;
    }
}
