using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Budget;

/// <summary>What the funding form sets.</summary>
public sealed record FundingDetails
{
    public string Programme { get; init; } = "";
    public string? Call { get; init; }
    public DateOnly? Deadline { get; init; }
    public decimal? Requested { get; init; }
    public decimal? Granted { get; init; }
    public FundingStatus Status { get; init; } = FundingStatus.InVoorbereiding;
    public string? Note { get; init; }

    /// <summary>The key of the funding catalogue's call the application started from (its lineage, like a cloned case's key); null when typed in.</summary>
    public string? SourceCallKey { get; init; }
}

/// <summary>
/// An application for outside funding of one action (a subsidy programme and its call, e.g. a Vlaanderen Circulair
/// call or EFRO): the deadline, the amount requested and, once granted, the amount granted.
/// </summary>
public sealed class FundingApplication : IOrganisationScoped
{
    public const int ProgrammeMaxLength = 200;
    public const int CallMaxLength = 200;
    public const int NoteMaxLength = 2000;
    public const int SourceCallKeyMaxLength = 80;

    private FundingApplication()
    {
        Programme = "";
    }

    public FundingApplication(PlannedAction action, FundingDetails details, DateTime now)
    {
        OrganisationId = action.OrganisationId;
        PlannedActionId = action.Id;
        Programme = "";
        CreatedAt = now;
        // Only set on creation: the call an application started from stays its lineage when the form changes later.
        SourceCallKey = details.SourceCallKey is { Length: > 0 and <= SourceCallKeyMaxLength } key ? key : null;
        Describe(details, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public string Programme { get; private set; }
    public string? Call { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public decimal? Requested { get; private set; }
    public decimal? Granted { get; private set; }
    public FundingStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string? SourceCallKey { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public FundingDetails Details => new()
    {
        Programme = Programme, Call = Call, Deadline = Deadline, Requested = Requested, Granted = Granted, Status = Status, Note = Note, SourceCallKey = SourceCallKey,
    };

    /// <summary>An amount granted belongs to a granted application; any other status has none.</summary>
    public static bool GrantFits(FundingStatus status, decimal? granted) => granted is null || status == FundingStatus.Toegekend;

    public void Describe(FundingDetails details, DateTime now)
    {
        if (!Enum.IsDefined(details.Status))
        {
            throw new DomainException("Errors.NotFound");
        }
        BudgetRules.EnsureAmount(details.Requested);
        BudgetRules.EnsureAmount(details.Granted);
        if (!GrantFits(details.Status, details.Granted))
        {
            throw new DomainException("Budget.Error.GrantedNotGranted");
        }
        Programme = StrategyText.Clean(details.Programme, ProgrammeMaxLength) ?? throw new DomainException("Budget.Error.ProgrammeRequired");
        Call = StrategyText.Clean(details.Call, CallMaxLength);
        Deadline = details.Deadline;
        Requested = details.Requested;
        Granted = details.Granted;
        Status = details.Status;
        Note = StrategyText.Clean(details.Note, NoteMaxLength);
        UpdatedAt = now;
    }
}
