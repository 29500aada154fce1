using Circulair.Persistence;

namespace Circulair.Strategy;

public enum RiskLevel
{
    Laag = 1,
    Middel = 2,
    Hoog = 3,
}

public sealed record PartnerEntry(int StakeholderId, string? Role);

public sealed record MilestoneEntry(DateOnly? Date, string Description, bool Done);

public sealed record StepEntry(string Step, DateOnly? Deadline, string? Resources);

public sealed record RiskEntry(string Description, RiskLevel? Likelihood, RiskLevel? Impact, string? Mitigation);

/// <summary>Resources for one calendar year: people (FTE) and money (euros).</summary>
public sealed record BudgetEntry(int Year, double? Fte, decimal? Euros);

/// <summary>
/// Tool 7, the action sheet (<i>actiefiche</i>), as one value: description, desired results, milestones, the parties
/// involved with their roles, the resources per year, the timeline steps, the preconditions (technical, legal,
/// spatial, organisational), the risks with how to manage them, and the first meaningful steps.
/// </summary>
public sealed record ActionSheet
{
    public string? Description { get; init; }
    public string? DesiredResults { get; init; }
    public string? PreconditionsTechnical { get; init; }
    public string? PreconditionsLegal { get; init; }
    public string? PreconditionsSpatial { get; init; }
    public string? PreconditionsOrganisational { get; init; }
    public string? FirstSteps { get; init; }

    // Executing a priority action (the guide, ch. 5, phase 2): the business case and financial plan, where the money
    // comes from, how it is communicated and how it is monitored. The trekker and the project plan are the action's
    // owner and the timeline steps.
    public string? BusinessCase { get; init; }
    public string? Funding { get; init; }
    public string? Communication { get; init; }
    public string? Monitoring { get; init; }

    public IReadOnlyList<PartnerEntry> Partners { get; init; } = [];
    public IReadOnlyList<MilestoneEntry> Milestones { get; init; } = [];
    public IReadOnlyList<StepEntry> Steps { get; init; } = [];
    public IReadOnlyList<RiskEntry> Risks { get; init; } = [];
    public IReadOnlyList<BudgetEntry> Budget { get; init; } = [];

    /// <summary>Whether anything has been filled in.</summary>
    public bool IsStarted => Description is not null || DesiredResults is not null || FirstSteps is not null || Milestones.Count > 0
        || Steps.Count > 0 || Risks.Count > 0 || Budget.Count > 0 || PreconditionsTechnical is not null || PreconditionsLegal is not null
        || PreconditionsSpatial is not null || PreconditionsOrganisational is not null
        || BusinessCase is not null || Funding is not null || Communication is not null || Monitoring is not null;
}

/// <summary>The sum of an action's resources: euros over all years and the average FTE per year that lists FTE.</summary>
public sealed record BudgetSummary(decimal? TotalEuros, double? AverageFte, int? FirstYear, int? LastYear)
{
    public static readonly BudgetSummary None = new(null, null, null, null);

    public static BudgetSummary Of(IEnumerable<BudgetEntry> years)
    {
        var list = years.ToList();
        if (list.Count == 0)
        {
            return None;
        }
        var euros = list.Where(y => y.Euros is not null).Select(y => y.Euros!.Value).ToList();
        var fte = list.Where(y => y.Fte is not null).Select(y => y.Fte!.Value).ToList();
        return new BudgetSummary(euros.Count == 0 ? null : euros.Sum(), fte.Count == 0 ? null : fte.Average(), list.Min(y => y.Year), list.Max(y => y.Year));
    }
}

/// <summary>A row of a sheet list, kept in order.</summary>
internal interface ISheetRow
{
    int SortKey { get; }
}

/// <summary>A stakeholder involved in an action and the role it plays (partner, financier, advisor…).</summary>
public sealed class ActionPartner : IOrganisationScoped, ISheetRow
{
    public const int RoleMaxLength = 200;

    private ActionPartner() { }

    internal ActionPartner(PlannedAction action, int position)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
        Position = position;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;
    public int StakeholderId { get; private set; }
    public int Position { get; private set; }
    public string? Role { get; private set; }

    int ISheetRow.SortKey => Position;

    internal void Set(PartnerEntry entry, int position)
    {
        if (entry.StakeholderId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        StakeholderId = entry.StakeholderId;
        Role = StrategyText.Clean(entry.Role, RoleMaxLength);
        Position = position;
    }
}

public sealed class ActionMilestone : IOrganisationScoped, ISheetRow
{
    public const int DescriptionMaxLength = 500;

    private ActionMilestone()
    {
        Description = "";
    }

    internal ActionMilestone(PlannedAction action, int position)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
        Position = position;
        Description = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;
    public int Position { get; private set; }
    public DateOnly? Date { get; private set; }
    public string Description { get; private set; }
    public bool Done { get; private set; }

    /// <summary>The day the milestone was reached, when it was ticked off in a progress update (decision 0250).</summary>
    public DateOnly? DoneOn { get; private set; }

    int ISheetRow.SortKey => Position;

    internal void Set(MilestoneEntry entry, int position)
    {
        Description = StrategyText.Clean(entry.Description, DescriptionMaxLength) ?? throw new DomainException("Strategy.Error.MilestoneNeedsDescription");
        Date = entry.Date;
        Done = entry.Done;
        if (!Done)
        {
            DoneOn = null;
        }
        Position = position;
    }

    /// <summary>Ticks the milestone off as reached on <paramref name="on"/>, which may not lie after <paramref name="today"/>.</summary>
    public void TickOff(DateOnly on, DateOnly today)
    {
        if (on > today)
        {
            throw new DomainException("FollowUp.Error.DateInFuture");
        }
        Done = true;
        DoneOn = on;
    }
}

public sealed class ActionStep : IOrganisationScoped, ISheetRow
{
    public const int StepMaxLength = 500;
    public const int ResourcesMaxLength = 500;

    private ActionStep()
    {
        Step = "";
    }

    internal ActionStep(PlannedAction action, int position)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
        Position = position;
        Step = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;
    public int Position { get; private set; }
    public string Step { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string? Resources { get; private set; }

    int ISheetRow.SortKey => Position;

    internal void Set(StepEntry entry, int position)
    {
        Step = StrategyText.Clean(entry.Step, StepMaxLength) ?? throw new DomainException("Strategy.Error.StepNeedsText");
        Deadline = entry.Deadline;
        Resources = StrategyText.Clean(entry.Resources, ResourcesMaxLength);
        Position = position;
    }
}

public sealed class ActionRisk : IOrganisationScoped, ISheetRow
{
    public const int TextMaxLength = 1000;

    private ActionRisk()
    {
        Description = "";
    }

    internal ActionRisk(PlannedAction action, int position)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
        Position = position;
        Description = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;
    public int Position { get; private set; }
    public string Description { get; private set; }
    public RiskLevel? Likelihood { get; private set; }
    public RiskLevel? Impact { get; private set; }
    public string? Mitigation { get; private set; }

    int ISheetRow.SortKey => Position;

    internal void Set(RiskEntry entry, int position)
    {
        if (entry.Likelihood is { } l && !Enum.IsDefined(l) || entry.Impact is { } i && !Enum.IsDefined(i))
        {
            throw new DomainException("Errors.NotFound");
        }
        Description = StrategyText.Clean(entry.Description, TextMaxLength) ?? throw new DomainException("Strategy.Error.RiskNeedsDescription");
        Likelihood = entry.Likelihood;
        Impact = entry.Impact;
        Mitigation = StrategyText.Clean(entry.Mitigation, TextMaxLength);
        Position = position;
    }
}

/// <summary>The resources an action needs in one year: FTE (a measured quantity, double) and euros (money, decimal).</summary>
public sealed class ActionBudgetYear : IOrganisationScoped, ISheetRow
{
    /// <summary>A ceiling that catches typos (a missing comma) rather than a policy.</summary>
    public const double MaxFte = 1000;

    public const decimal MaxEuros = 1_000_000_000m;

    private ActionBudgetYear() { }

    internal ActionBudgetYear(PlannedAction action)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;
    public int Year { get; private set; }
    public double? Fte { get; private set; }
    public decimal? Euros { get; private set; }

    int ISheetRow.SortKey => Year;

    internal void Set(BudgetEntry entry)
    {
        if (entry.Year is < 2000 or > 2100)
        {
            throw new DomainException("Strategy.Error.YearOutOfRange", 2000, 2100);
        }
        if (entry.Fte is < 0 or > MaxFte || entry.Fte is { } f && !double.IsFinite(f) || entry.Euros is < 0 or > MaxEuros)
        {
            throw new DomainException("Strategy.Error.ResourceOutOfRange");
        }
        Year = entry.Year;
        Fte = entry.Fte;
        Euros = entry.Euros;
    }
}
