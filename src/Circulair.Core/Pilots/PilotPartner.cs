using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>A partner of a pilot: a stakeholder from the organisation's register.</summary>
public sealed class PilotPartner : IOrganisationScoped
{
    private PilotPartner() { }

    internal PilotPartner(Pilot pilot, int stakeholderId)
    {
        Pilot = pilot;
        OrganisationId = pilot.OrganisationId;
        StakeholderId = stakeholderId;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Pilot? Pilot { get; private set; }
    public int StakeholderId { get; private set; }
}
