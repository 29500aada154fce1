using Circulair.Persistence;
using Circulair.Stakeholders;

namespace Circulair.Initiatives;

/// <summary>A stakeholder of the register that takes part in an initiative (Tool 5's "partners").</summary>
public sealed class InitiativePartner : IOrganisationScoped
{
    private InitiativePartner() { }

    internal InitiativePartner(Initiative initiative, int stakeholderId)
    {
        OrganisationId = initiative.OrganisationId;
        Initiative = initiative;
        StakeholderId = stakeholderId;
    }

    public int OrganisationId { get; private set; }
    public int InitiativeId { get; private set; }
    public Initiative Initiative { get; private set; } = null!;
    public int StakeholderId { get; private set; }
    public Stakeholder Stakeholder { get; private set; } = null!;
}
