using Circulair.Persistence;

namespace Circulair.Monitoring;

/// <summary>The value an indicator should reach in one year; an indicator may have several (a path with milestones).</summary>
public sealed class IndicatorTarget : IOrganisationScoped
{
    private IndicatorTarget() { }

    internal IndicatorTarget(int organisationId, int year, double value)
    {
        OrganisationId = organisationId;
        Year = year;
        Value = value;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int IndicatorId { get; private set; }
    public int Year { get; private set; }
    public double Value { get; internal set; }
}
