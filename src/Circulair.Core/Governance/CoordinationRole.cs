using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Governance;

/// <summary>Who holds the coordination role: one coordinator or a coordination team.</summary>
public enum CoordinationKind
{
    Coordinator = 1,
    Team = 2,
}

/// <summary>What the coordination form sets.</summary>
public sealed record CoordinationDetails
{
    public CoordinationKind Kind { get; init; } = CoordinationKind.Coordinator;
    public string People { get; init; } = "";
    public double? Fte { get; init; }
    public string? Tasks { get; init; }
}

/// <summary>
/// The coordination role (<i>regiefunctie</i>) of phase 3, one per organisation: who keeps the action portfolio
/// together (a coordinator or a team, named as people call them), the time they get for it in FTE and what they do.
/// </summary>
public sealed class CoordinationRole : IOrganisationScoped
{
    public const int PeopleMaxLength = 500;
    public const int TasksMaxLength = 4000;
    public const double MaxFte = 100;

    private CoordinationRole()
    {
        People = "";
    }

    public CoordinationRole(int organisationId, CoordinationDetails details, DateTime now)
    {
        OrganisationId = organisationId;
        People = "";
        Describe(details, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public CoordinationKind Kind { get; private set; }
    public string People { get; private set; }
    public double? Fte { get; private set; }
    public string? Tasks { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public CoordinationDetails Details => new() { Kind = Kind, People = People, Fte = Fte, Tasks = Tasks };

    public void Describe(CoordinationDetails details, DateTime now)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (details.Fte is { } f && (f < 0 || f > MaxFte || !double.IsFinite(f)))
        {
            throw new DomainException("Governance.Error.FteRange");
        }
        Kind = details.Kind;
        People = StrategyText.Clean(details.People, PeopleMaxLength) ?? throw new DomainException("Governance.Error.PeopleRequired");
        Fte = details.Fte;
        Tasks = StrategyText.Clean(details.Tasks, TasksMaxLength);
        UpdatedAt = now;
    }
}
