using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>A strategy action (<see cref="Strategy.PlannedAction"/>) that a pilot carries out.</summary>
public sealed class PilotAction : IOrganisationScoped
{
    private PilotAction() { }

    internal PilotAction(Pilot pilot, int plannedActionId)
    {
        Pilot = pilot;
        OrganisationId = pilot.OrganisationId;
        PlannedActionId = plannedActionId;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Pilot? Pilot { get; private set; }
    public int PlannedActionId { get; private set; }
}
