using Circulair.Persistence;

namespace Circulair.Monitoring;

/// <summary>An indicator measures a goal of the strategy (many indicators per goal, many goals per indicator).</summary>
public sealed class IndicatorGoalLink : IOrganisationScoped
{
    private IndicatorGoalLink() { }

    public IndicatorGoalLink(int organisationId, int indicatorId, int strategyGoalId)
    {
        OrganisationId = organisationId;
        IndicatorId = indicatorId;
        StrategyGoalId = strategyGoalId;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int IndicatorId { get; private set; }
    public int StrategyGoalId { get; private set; }
}
