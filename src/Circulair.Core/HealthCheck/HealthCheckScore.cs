using Circulair.Persistence;

namespace Circulair.HealthCheck;

/// <summary>The score and note for one building block within one rating.</summary>
public sealed class HealthCheckScore : IOrganisationScoped
{
    private HealthCheckScore()
    {
    }

    internal HealthCheckScore(HealthCheckRating rating, BlockScore score)
    {
        OrganisationId = rating.OrganisationId;
        Rating = rating;
        Set(score);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int HealthCheckRatingId { get; private set; }
    public HealthCheckRating Rating { get; private set; } = null!;
    public HealthCheckBlock Block { get; private set; }
    public int Score { get; private set; }
    public string? Note { get; private set; }

    internal void Set(BlockScore score)
    {
        Block = score.Block;
        Score = score.Score;
        Note = score.Note;
    }
}
