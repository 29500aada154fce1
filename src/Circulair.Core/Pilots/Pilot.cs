using Circulair.Strategy;
using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>
/// A circular pilot project (the guide's chapter 6): one circular offer tested small, often with partners, in four
/// steps (<see cref="PilotStep"/>). It may start from one of the nine templates, carries out strategy actions, has
/// partners from the stakeholder register, records each step move with its date and the local government's roles per
/// period. A move either goes one step forward or back to an earlier step; anything else is refused.
/// </summary>
public sealed class Pilot : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;

    private readonly List<PilotStepMove> _moves = [];
    private readonly List<PilotRolePeriod> _rolePeriods = [];
    private readonly List<PilotPartner> _partners = [];
    private readonly List<PilotAction> _actions = [];

    private Pilot() { }

    public Pilot(int organisationId, PilotTemplate? template, PilotDetails details, DateOnly startedOn, DateTime now)
    {
        if (template is { } t && !Enum.IsDefined(t))
        {
            throw new DomainException("Errors.NotFound");
        }
        OrganisationId = organisationId;
        Template = template;
        CreatedAt = now;
        Step = PilotStep.BegrijpGebruikers;
        StepSince = startedOn;
        Describe(details);
        _moves.Add(new PilotStepMove(this, null, Step, startedOn, now));
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public PilotTemplate? Template { get; private set; }
    public string? Description { get; private set; }
    public string? TypicalPartners { get; private set; }
    public string? PersonaSketch { get; private set; }
    public string? ValueSketch { get; private set; }

    /// <summary>The team's own definition of progress with its validation criteria (Tool 14).</summary>
    public string? ProgressDefinition { get; private set; }

    public PilotStep Step { get; private set; }
    public DateOnly StepSince { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The shared-library item (its id) this pilot was copied from, kept as lineage; the item may since be withdrawn.</summary>
    public int? SourceLibraryItemId { get; private set; }

    /// <summary>Records that the pilot was cloned from a published item of the shared library.</summary>
    public void CopiedFromShared(int sharedLibraryItemId)
    {
        if (sharedLibraryItemId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceLibraryItemId = sharedLibraryItemId;
    }

    /// <summary>
    /// The key of the region pilot template (<see cref="Regions.RegionTemplate.Key"/>) this pilot was adopted from: the
    /// shared identity the region counts adoptions on (decision 0375). Text, not an id, so it survives an archive move.
    /// </summary>
    public string? RegionKey { get; private set; }

    /// <summary>Records that the pilot was adopted from a template its region pushed.</summary>
    public void AdoptedFromRegion(string regionKey)
    {
        if (string.IsNullOrWhiteSpace(regionKey) || regionKey.Length > Regions.RegionTemplate.KeyMaxLength)
        {
            throw new ArgumentException("A region key is required.", nameof(regionKey));
        }
        RegionKey = regionKey;
    }

    /// <summary>Circularity profile: the R-ladder strategy (R0–R9) the pilot works on.</summary>
    public string? RStrategyCode { get; private set; }

    /// <summary>Circularity profile: where in the value chain the pilot works.</summary>
    public Library.ValueChainStep? ValueChainStep { get; private set; }

    /// <summary>Places the pilot in the circularity profile (both optional).</summary>
    public void Classify(string? rStrategyCode, Library.ValueChainStep? step)
    {
        if (rStrategyCode is not null && Reference.RLadder.Find(rStrategyCode) is null || step is { } s && !Enum.IsDefined(s))
        {
            throw new DomainException("Errors.NotFound");
        }
        RStrategyCode = rStrategyCode;
        ValueChainStep = step;
    }

    public IReadOnlyList<PilotStepMove> Moves => _moves;
    public IReadOnlyList<PilotRolePeriod> RolePeriods => _rolePeriods;
    public IReadOnlyList<PilotPartner> Partners => _partners;
    public IReadOnlyList<PilotAction> Actions => _actions;

    public PilotDetails Details => new()
    {
        Name = Name, Description = Description, TypicalPartners = TypicalPartners, PersonaSketch = PersonaSketch,
        ValueSketch = ValueSketch, ProgressDefinition = ProgressDefinition,
    };

    public void Describe(PilotDetails details)
    {
        Name = StrategyText.Clean(details.Name, NameMaxLength) ?? throw new DomainException("Pilots.Error.NameRequired");
        Description = StrategyText.Clean(details.Description, TextMaxLength);
        TypicalPartners = StrategyText.Clean(details.TypicalPartners, TextMaxLength);
        PersonaSketch = StrategyText.Clean(details.PersonaSketch, TextMaxLength);
        ValueSketch = StrategyText.Clean(details.ValueSketch, TextMaxLength);
        ProgressDefinition = StrategyText.Clean(details.ProgressDefinition, TextMaxLength);
    }

    /// <summary>
    /// Whether a pilot in step <paramref name="from"/> may move to <paramref name="to"/>: one step forward (the steps
    /// build on each other), or back to any earlier step (a test that fails sends the team back to its users).
    /// </summary>
    public static bool CanMove(PilotStep from, PilotStep to) =>
        Enum.IsDefined(to) && ((int)to == (int)from + 1 || to < from);

    public IEnumerable<PilotStep> PossibleMoves => Enum.GetValues<PilotStep>().Where(s => CanMove(Step, s));

    /// <summary>Moves the pilot to another step on a date; refuses skipping a step, staying put, a date in the future or before the last move.</summary>
    public PilotStepMove MoveTo(PilotStep to, DateOnly on, DateOnly today, DateTime now)
    {
        if (!CanMove(Step, to))
        {
            throw new DomainException("Pilots.Error.IllegalStepMove");
        }
        if (on > today)
        {
            throw new DomainException("Pilots.Error.DateInFuture");
        }
        if (on < StepSince)
        {
            throw new DomainException("Pilots.Error.MoveBeforeLast");
        }
        var move = new PilotStepMove(this, Step, to, on, now);
        _moves.Add(move);
        Step = to;
        StepSince = on;
        return move;
    }

    public PilotRolePeriod AddRolePeriod(DateOnly from, DateOnly? until, PilotRoles roles, string? note)
    {
        var period = new PilotRolePeriod(this, from, until, roles, note);
        _rolePeriods.Add(period);
        return period;
    }

    /// <summary>Sets the partners (stakeholders of the same organisation; the caller checks they are).</summary>
    public void SetPartners(IEnumerable<int> stakeholderIds)
    {
        var wanted = stakeholderIds.ToHashSet();
        _partners.RemoveAll(p => !wanted.Contains(p.StakeholderId));
        foreach (var id in wanted.Where(id => _partners.All(p => p.StakeholderId != id)))
        {
            _partners.Add(new PilotPartner(this, id));
        }
    }

    /// <summary>Sets the strategy actions the pilot carries out (planned actions of the same organisation).</summary>
    public void SetActions(IEnumerable<int> plannedActionIds)
    {
        var wanted = plannedActionIds.ToHashSet();
        _actions.RemoveAll(a => !wanted.Contains(a.PlannedActionId));
        foreach (var id in wanted.Where(id => _actions.All(a => a.PlannedActionId != id)))
        {
            _actions.Add(new PilotAction(this, id));
        }
    }
}
