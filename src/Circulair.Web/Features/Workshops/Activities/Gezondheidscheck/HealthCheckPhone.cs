using Circulair.HealthCheck;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>The health check on the phone: the nine building blocks, each with its question and the score given (or typed, when refused).</summary>
public sealed class HealthCheckPhone(PhoneContext phone, IReadOnlyDictionary<HealthCheckBlock, int> scores) : PhoneState(phone)
{
    public IReadOnlyDictionary<HealthCheckBlock, int> Scores { get; } = scores;

    public int Done => Scores.Count(s => BlockScore.InRange(s.Value));
}
