using Circulair.Monitoring;

namespace Circulair.Web.Features.Monitoring;

/// <summary>One indicator as the lists show it: its place on the chain and its status by <see cref="IndicatorStatusRule"/>.</summary>
public sealed record IndicatorRow(
    int Id,
    string? StandardCode,
    IndicatorLevel Level,
    string Name,
    string Unit,
    IndicatorDirection Direction,
    string? Owner,
    IndicatorAssessment Assessment,
    int MeasurementCount,
    TargetValue? FinalTarget)
{
    public IndicatorStatus Status => Assessment.Status;
}
