using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Vision;

namespace Circulair.Strategy;

public enum ActionStatus
{
    Idee = 1,
    Gepland = 2,
    Lopend = 3,
    Afgerond = 4,
    OnHold = 5,
    Stopgezet = 6,
}

/// <summary>The guide's two kinds of action in a good mix.</summary>
public enum ActionSize
{
    GrootProject = 1,
    KleineVerbetering = 2,
}

public enum ActionPriority
{
    Hoog = 1,
    Middel = 2,
    Laag = 3,
}

/// <summary>Who pulls an action (<i>trekker</i>): a member of the organisation or a stakeholder of the register.</summary>
public enum OwnerKind
{
    Lid = 1,
    Stakeholder = 2,
}

/// <summary>A trekker as one value: a member by user id or a stakeholder by id.</summary>
public readonly record struct ActionOwner(OwnerKind Kind, int Id)
{
    public static ActionOwner Member(int userId) => new(OwnerKind.Lid, userId);

    public static ActionOwner OfStakeholder(int stakeholderId) => new(OwnerKind.Stakeholder, stakeholderId);

    /// <summary>"lid:12" or "stakeholder:7", as forms and the import carry it.</summary>
    public override string ToString() => $"{(Kind == OwnerKind.Lid ? "lid" : "stakeholder")}:{Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static ActionOwner? Parse(string? text)
    {
        var parts = (text ?? "").Split(':', 2);
        if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }
        return parts[0] switch
        {
            "lid" => Member(id),
            "stakeholder" => OfStakeholder(id),
            _ => null,
        };
    }
}

/// <summary>The fields of an action outside its sheet, as the action form and the import set them.</summary>
public sealed record ActionDetails
{
    public string? Number { get; init; }
    public string? Title { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Idee;
    public ActionSize? Size { get; init; }
    public ActionPriority? Priority { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public ActionOwner? Owner { get; init; }

    /// <summary>The neighbouring local governments the action is done with, e.g. "Voorbeeldegem, Proefdonk".</summary>
    public string? Neighbours { get; init; }

    public string? Indicator { get; init; }
}

/// <summary>
/// An action (<i>actie/project</i>): a concrete effort below an action line (phase 2, step 3), its Tool 7 sheet
/// (description, results, milestones, parties, resources, timeline, preconditions, risks, first steps) and its
/// Tool 6 ratings. An action may exist without a line (e.g. just promoted from an idea): the golden thread shows
/// it as an orphan until it gets one. Its number is unique within the strategy.
/// </summary>
public sealed class PlannedAction : IOrganisationScoped
{
    public const int TitleMaxLength = 200;
    public const int NeighboursMaxLength = 500;
    public const int IndicatorMaxLength = 300;
    public const int SheetTextMaxLength = 4000;
    public const int PreconditionMaxLength = 2000;

    private readonly List<ActionPartner> _partners = [];
    private readonly List<ActionMilestone> _milestones = [];
    private readonly List<ActionStep> _steps = [];
    private readonly List<ActionRisk> _risks = [];
    private readonly List<ActionBudgetYear> _budget = [];
    private readonly List<ActionRating> _ratings = [];

    private PlannedAction()
    {
        Number = "";
        NumberKey = "";
        Title = "";
    }

    public PlannedAction(int organisationId, int trajectoryId, ActionDetails details, DateTime now)
    {
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        Number = "";
        NumberKey = "";
        Title = "";
        CreatedAt = now;
        Describe(details, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }

    public int? ActionLineId { get; private set; }
    public ActionLine? Line { get; private set; }

    /// <summary>Place among the actions of its line (or among the actions without a line), 1 = first.</summary>
    public int Position { get; internal set; }

    public string Number { get; private set; }

    /// <summary>The number without case or surrounding space: unique within the strategy.</summary>
    [NotAudited]
    public string NumberKey { get; private set; }

    public string Title { get; private set; }
    public ActionStatus Status { get; private set; }
    public ActionSize? Size { get; private set; }
    public ActionPriority? Priority { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public int? OwnerUserId { get; private set; }
    public int? OwnerStakeholderId { get; private set; }
    public string? Neighbours { get; private set; }
    public string? Indicator { get; private set; }

    // Tool 7, the action sheet.
    public string? Description { get; private set; }
    public string? DesiredResults { get; private set; }
    public string? PreconditionsTechnical { get; private set; }
    public string? PreconditionsLegal { get; private set; }
    public string? PreconditionsSpatial { get; private set; }
    public string? PreconditionsOrganisational { get; private set; }
    public string? FirstSteps { get; private set; }

    // What executing the action as a priority needs besides a trekker and a plan (see ExecutionChecklist).
    public string? BusinessCase { get; private set; }
    public string? Funding { get; private set; }
    public string? Communication { get; private set; }
    public string? Monitoring { get; private set; }

    // Tool 6: kept in step with the ratings by Rate, so lists, the matrix and the table need no join.
    public int RatingCount { get; private set; }
    public double? ImpactMean { get; private set; }
    public double? EffortMean { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The knowledge-library case the action was cloned from (its key), kept as lineage.</summary>
    public string? SourceCaseKey { get; private set; }

    /// <summary>Which copy of that case this is in the strategy: 1 for the first, 2 for a second copy, …</summary>
    public int? SourceCaseCopy { get; private set; }

    /// <summary>Circularity profile: the R-ladder strategy (R0–R9) the action works on.</summary>
    public string? RStrategyCode { get; private set; }

    /// <summary>Circularity profile: where in the value chain the action works.</summary>
    public Library.ValueChainStep? ValueChainStep { get; private set; }

    /// <summary>The sub-domain of Figure 3 the action works in (a code of <see cref="Reference.ActionDomains"/>), used to match funding calls.</summary>
    public string? SubdomainCode { get; private set; }

    /// <summary>The shared-library item (its id) this action was copied from, kept as lineage; the item may since be withdrawn.</summary>
    public int? SourceLibraryItemId { get; private set; }

    /// <summary>Records that the action was cloned from a published item of the shared library.</summary>
    public void CopiedFromShared(int sharedLibraryItemId)
    {
        if (sharedLibraryItemId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceLibraryItemId = sharedLibraryItemId;
    }

    /// <summary>
    /// The key of the region action template (<see cref="Regions.RegionTemplate.Key"/>) this action was adopted from:
    /// the shared identity the region counts adoptions on (decision 0375). Text, not an id, so it survives an archive move.
    /// </summary>
    public string? RegionKey { get; private set; }

    /// <summary>Records that the action was adopted from a template its region pushed.</summary>
    public void AdoptedFromRegion(string regionKey)
    {
        if (string.IsNullOrWhiteSpace(regionKey) || regionKey.Length > Regions.RegionTemplate.KeyMaxLength)
        {
            throw new ArgumentException("A region key is required.", nameof(regionKey));
        }
        RegionKey = regionKey;
    }

    /// <summary>Records that the action was cloned from a library case, as its <paramref name="copy"/>-th copy in the strategy.</summary>
    public void CloneOf(string caseKey, int copy)
    {
        if (string.IsNullOrWhiteSpace(caseKey) || caseKey.Length > StrategyIdea.CaseKeyMaxLength || copy < 1)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceCaseKey = caseKey;
        SourceCaseCopy = copy;
    }

    /// <summary>Places the action in the circularity profile: R-ladder strategy, value-chain step and sub-domain (each optional).</summary>
    public void Classify(string? rStrategyCode, Library.ValueChainStep? step, string? subdomainCode, DateTime now)
    {
        if (rStrategyCode is not null && Reference.RLadder.Find(rStrategyCode) is null
            || step is { } s && !Enum.IsDefined(s)
            || subdomainCode is not null && !Reference.ActionDomains.All.Any(d => d.Subdomains.Any(x => x.Code == subdomainCode)))
        {
            throw new DomainException("Errors.NotFound");
        }
        RStrategyCode = rStrategyCode;
        ValueChainStep = step;
        SubdomainCode = subdomainCode;
        UpdatedAt = now;
    }

    public IReadOnlyList<ActionPartner> Partners => _partners;
    public IReadOnlyList<ActionMilestone> Milestones => _milestones;
    public IReadOnlyList<ActionStep> Steps => _steps;
    public IReadOnlyList<ActionRisk> Risks => _risks;
    public IReadOnlyList<ActionBudgetYear> Budget => _budget;
    public IReadOnlyList<ActionRating> Ratings => _ratings;

    public ActionOwner? Owner => OwnerUserId is { } u ? ActionOwner.Member(u) : OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : null;

    public Quadrant? Quadrant => ImpactEffortMatrix.Classify(ImpactMean, EffortMean);

    /// <summary>Whether the action is done together with neighbouring local governments.</summary>
    public bool WithNeighbours => Neighbours is not null;

    public ActionDetails Details => new()
    {
        Number = Number, Title = Title, Status = Status, Size = Size, Priority = Priority, Start = StartDate, End = EndDate,
        Owner = Owner, Neighbours = Neighbours, Indicator = Indicator,
    };

    /// <summary>Sets every field of the action form. The caller has checked that the number is free in the strategy.</summary>
    public void Describe(ActionDetails details, DateTime now)
    {
        var number = ActionNumbering.Clean(details.Number);
        if (number is null)
        {
            throw new DomainException("Strategy.Error.NumberRequired");
        }
        if (!ActionNumbering.IsWellFormed(number))
        {
            throw new DomainException("Strategy.Error.NumberFormat", ActionNumbering.MaxLength);
        }
        var title = StrategyText.Clean(details.Title, TitleMaxLength) ?? throw new DomainException("Strategy.Error.ActionTitleRequired");
        if (!Enum.IsDefined(details.Status) || details.Size is { } z && !Enum.IsDefined(z) || details.Priority is { } p && !Enum.IsDefined(p))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (details.Start is { } start && details.End is { } end && end < start)
        {
            throw new DomainException("Errors.EndBeforeStart");
        }
        Number = number;
        NumberKey = ActionNumbering.Key(number);
        Title = title;
        Status = details.Status;
        Size = details.Size;
        Priority = details.Priority;
        StartDate = details.Start;
        EndDate = details.End;
        OwnerUserId = details.Owner is { Kind: OwnerKind.Lid } m ? m.Id : null;
        OwnerStakeholderId = details.Owner is { Kind: OwnerKind.Stakeholder } s ? s.Id : null;
        Neighbours = StrategyText.Clean(details.Neighbours, NeighboursMaxLength);
        Indicator = StrategyText.Clean(details.Indicator, IndicatorMaxLength);
        UpdatedAt = now;
    }

    public void ChangeStatus(ActionStatus status, DateTime now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Errors.NotFound");
        }
        Status = status;
        UpdatedAt = now;
    }

    /// <summary>
    /// Puts the action under <paramref name="target"/> (or under no line), last among <paramref name="targetSiblings"/>,
    /// and closes the gap it leaves among <paramref name="sourceSiblings"/>. A line in a dropped domain is refused:
    /// the team decided not to work on that domain. The target line must be loaded with its goal and domain.
    /// </summary>
    public void MoveTo(ActionLine? target, IReadOnlyList<PlannedAction> sourceSiblings, IReadOnlyList<PlannedAction> targetSiblings)
    {
        var same = target is null ? ActionLineId is null && Line is null : target == Line || target.Id != 0 && target.Id == ActionLineId;
        if (same && Position > 0)
        {
            return;
        }
        TreeOrder.Renumber(sourceSiblings.Where(a => a != this).OrderBy(a => a.Position));
        PlaceIn(target, targetSiblings);
    }

    /// <summary>Puts a new action (or one taken out of its place) last under <paramref name="target"/>, or among the actions without a line.</summary>
    public void PlaceIn(ActionLine? target, IReadOnlyList<PlannedAction> targetSiblings)
    {
        if (target is not null)
        {
            EnsureNotDropped(target);
            if (target.TrajectoryId != TrajectoryId)
            {
                throw new DomainException("Errors.NotFound");
            }
        }
        Line = target;
        ActionLineId = target?.Id;
        Position = targetSiblings.Where(a => a != this).Select(a => a.Position).DefaultIfEmpty(0).Max() + 1;
    }

    /// <summary>Refuses a line whose goal hangs below a dropped domain, naming the domain and the team's reason.</summary>
    public static void EnsureNotDropped(ActionLine target)
    {
        var domain = target.Goal?.Domain ?? throw new InvalidOperationException("Load the target line with its goal and domain.");
        if (domain.IsDropped)
        {
            throw new DomainException("Strategy.Error.DomainDropped", domain.Domain.Label, domain.Reason ?? "");
        }
    }

    /// <summary>Sets every field of the Tool 7 sheet. Rows are kept in the given order; blank rows are the caller's to drop.</summary>
    public void DescribeSheet(ActionSheet sheet, DateTime now)
    {
        Description = StrategyText.Clean(sheet.Description, SheetTextMaxLength);
        DesiredResults = StrategyText.Clean(sheet.DesiredResults, SheetTextMaxLength);
        PreconditionsTechnical = StrategyText.Clean(sheet.PreconditionsTechnical, PreconditionMaxLength);
        PreconditionsLegal = StrategyText.Clean(sheet.PreconditionsLegal, PreconditionMaxLength);
        PreconditionsSpatial = StrategyText.Clean(sheet.PreconditionsSpatial, PreconditionMaxLength);
        PreconditionsOrganisational = StrategyText.Clean(sheet.PreconditionsOrganisational, PreconditionMaxLength);
        FirstSteps = StrategyText.Clean(sheet.FirstSteps, SheetTextMaxLength);
        BusinessCase = StrategyText.Clean(sheet.BusinessCase, PreconditionMaxLength);
        Funding = StrategyText.Clean(sheet.Funding, PreconditionMaxLength);
        Communication = StrategyText.Clean(sheet.Communication, PreconditionMaxLength);
        Monitoring = StrategyText.Clean(sheet.Monitoring, PreconditionMaxLength);

        if (sheet.Partners.GroupBy(p => p.StakeholderId).Any(g => g.Count() > 1))
        {
            throw new DomainException("Strategy.Error.PartnerTwice");
        }
        if (sheet.Budget.GroupBy(b => b.Year).Any(g => g.Count() > 1))
        {
            throw new DomainException("Strategy.Error.BudgetYearTwice");
        }
        Sync(_partners, sheet.Partners, (e, i) => new ActionPartner(this, i), (row, e, i) => row.Set(e, i));
        Sync(_milestones, sheet.Milestones, (e, i) => new ActionMilestone(this, i), (row, e, i) => row.Set(e, i));
        Sync(_steps, sheet.Steps, (e, i) => new ActionStep(this, i), (row, e, i) => row.Set(e, i));
        Sync(_risks, sheet.Risks, (e, i) => new ActionRisk(this, i), (row, e, i) => row.Set(e, i));
        Sync(_budget, [.. sheet.Budget.OrderBy(b => b.Year)], (e, i) => new ActionBudgetYear(this), (row, e, _) => row.Set(e));
        UpdatedAt = now;
    }

    public ActionSheet Sheet => new()
    {
        Description = Description,
        DesiredResults = DesiredResults,
        PreconditionsTechnical = PreconditionsTechnical,
        PreconditionsLegal = PreconditionsLegal,
        PreconditionsSpatial = PreconditionsSpatial,
        PreconditionsOrganisational = PreconditionsOrganisational,
        FirstSteps = FirstSteps,
        BusinessCase = BusinessCase,
        Funding = Funding,
        Communication = Communication,
        Monitoring = Monitoring,
        Partners = [.. _partners.OrderBy(p => p.Position).Select(p => new PartnerEntry(p.StakeholderId, p.Role))],
        Milestones = [.. _milestones.OrderBy(m => m.Position).Select(m => new MilestoneEntry(m.Date, m.Description, m.Done))],
        Steps = [.. _steps.OrderBy(s => s.Position).Select(s => new StepEntry(s.Step, s.Deadline, s.Resources))],
        Risks = [.. _risks.OrderBy(r => r.Position).Select(r => new RiskEntry(r.Description, r.Likelihood, r.Impact, r.Mitigation))],
        Budget = [.. _budget.OrderBy(b => b.Year).Select(b => new BudgetEntry(b.Year, b.Fte, b.Euros))],
    };

    /// <summary>
    /// Records one rater's Tool 6 scores (1–5 each). A rater who rated this action before replaces their rating
    /// (the outcome says so). Keeps the means in step; load the action with its ratings first.
    /// The one entry point for members on the matrix and for workshop participants.
    /// </summary>
    public RateOutcome Rate(RaterKey rater, string? raterName, int impact, int effort, DateTime now)
    {
        if (!ImpactEffortMatrix.InRange(impact) || !ImpactEffortMatrix.InRange(effort))
        {
            throw new DomainException("Prioritisation.Error.ScoreOutOfRange", ImpactEffortMatrix.MinScore, ImpactEffortMatrix.MaxScore);
        }
        var key = rater.ToString();
        if (key.Length > RaterKey.MaxLength)
        {
            throw new DomainException("Errors.NotFound");
        }
        var name = StrategyText.Clean(raterName, ActionRating.NameMaxLength) ?? "?";
        var existing = _ratings.FirstOrDefault(r => r.RaterKey == key);
        RateOutcome outcome;
        if (existing is not null)
        {
            existing.Replace(name, impact, effort, now);
            outcome = RateOutcome.Replaced;
        }
        else
        {
            _ratings.Add(new ActionRating(this, rater, name, impact, effort, now));
            outcome = RateOutcome.Added;
        }
        RatingCount = _ratings.Count;
        ImpactMean = _ratings.Average(r => r.Impact);
        EffortMean = _ratings.Average(r => r.Effort);
        return outcome;
    }

    /// <summary>What executing this action still needs (<see cref="ExecutionChecklist"/>); load the steps first.</summary>
    public IReadOnlyList<ExecutionCheck> Execution => ExecutionChecklist.Check(Owner is not null, Sheet, Indicator);

    public ActionRating? RatingBy(RaterKey rater) => _ratings.FirstOrDefault(r => r.RaterKey == rater.ToString());

    public ScoreSummary? ImpactSummary => ScoreSummary.Of(_ratings.Select(r => r.Impact));

    public ScoreSummary? EffortSummary => ScoreSummary.Of(_ratings.Select(r => r.Effort));

    /// <summary>Updates rows in place by position, adds what is new and removes what is left over, so the history shows real changes.</summary>
    private static void Sync<TRow, TEntry>(List<TRow> rows, IReadOnlyList<TEntry> entries, Func<TEntry, int, TRow> create, Action<TRow, TEntry, int> set)
        where TRow : class, ISheetRow
    {
        var ordered = rows.OrderBy(r => r.SortKey).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var row = i < ordered.Count ? ordered[i] : null;
            if (row is null)
            {
                row = create(entries[i], i + 1);
                rows.Add(row);
            }
            set(row, entries[i], i + 1);
        }
        foreach (var surplus in ordered.Skip(entries.Count))
        {
            rows.Remove(surplus);
        }
    }

}
