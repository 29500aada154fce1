using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots;

/// <summary>What the improvement form sets.</summary>
public sealed record ImprovementDetails
{
    public ImprovementArea Area { get; init; }
    public string Title { get; init; } = "";
    public string? Owner { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public bool Done { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// An improvement project of step 4 ("Verbeter je werking"): in one of four areas, with an owner and its timing. A
/// due date before the start is refused.
/// </summary>
public sealed class PilotImprovement : IOrganisationScoped
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;

    private PilotImprovement() { }

    public PilotImprovement(Pilot pilot, ImprovementDetails details, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        CreatedAt = now;
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public ImprovementArea Area { get; private set; }
    public string Title { get; private set; } = "";
    public string? Owner { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public bool Done { get; private set; }
    public string? Note { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public ImprovementDetails Details => new()
    {
        Area = Area, Title = Title, Owner = Owner, StartsOn = StartsOn, DueOn = DueOn, Done = Done, Note = Note,
    };

    public void Describe(ImprovementDetails details)
    {
        if (!Enum.IsDefined(details.Area))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (details.StartsOn is { } from && details.DueOn is { } due && due < from)
        {
            throw new DomainException("Pilots.Error.EndBeforeStart");
        }
        Title = StrategyText.Clean(details.Title, TitleMaxLength) ?? throw new DomainException("Pilots.Error.TitleRequired");
        Area = details.Area;
        Owner = StrategyText.Clean(details.Owner, TitleMaxLength);
        StartsOn = details.StartsOn;
        DueOn = details.DueOn;
        Done = details.Done;
        Note = StrategyText.Clean(details.Note, TextMaxLength);
    }
}
