using Circulair.Persistence;

namespace Circulair.Monitoring;

/// <summary>An indicator measures an action of the strategy: where the golden thread goes on from action to indicator.</summary>
public sealed class IndicatorActionLink : IOrganisationScoped
{
    private IndicatorActionLink() { }

    public IndicatorActionLink(int organisationId, int indicatorId, int plannedActionId)
    {
        OrganisationId = organisationId;
        IndicatorId = indicatorId;
        PlannedActionId = plannedActionId;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int IndicatorId { get; private set; }
    public int PlannedActionId { get; private set; }
}
