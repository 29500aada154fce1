using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Vision;

namespace Circulair.HealthCheck;

/// <summary>One rater's scores for the nine building blocks in one round (one <see cref="HealthCheckScore"/> per block).</summary>
public sealed class HealthCheckRating : IOrganisationScoped
{
    public const int NameMaxLength = 150;

    private readonly List<HealthCheckScore> _scores = [];

    private HealthCheckRating()
    {
        RaterKey = "";
        RaterName = "";
    }

    internal HealthCheckRating(HealthCheckRound round, RaterKey rater, string raterName, IReadOnlyList<BlockScore> scores, DateTime now)
    {
        OrganisationId = round.OrganisationId;
        Round = round;
        RaterKey = rater.ToString();
        Kind = rater.Kind;
        RaterName = raterName;
        RatedAt = now;
        foreach (var s in scores)
        {
            _scores.Add(new HealthCheckScore(this, s));
        }
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int HealthCheckRoundId { get; private set; }
    public HealthCheckRound Round { get; private set; } = null!;

    /// <summary>"lid:12" or "extern:5": unique per round.</summary>
    public string RaterKey { get; private set; }

    public RaterKind Kind { get; private set; }

    [PersonalData]
    public string RaterName { get; private set; }

    public DateTime RatedAt { get; private set; }

    /// <summary>Set when a later rating by the same rater replaced the first.</summary>
    public DateTime? ReplacedAt { get; private set; }

    public IReadOnlyList<HealthCheckScore> Scores => _scores;

    public IReadOnlyList<BlockScore> ScoreList() => [.. _scores.OrderBy(s => s.Block).Select(s => new BlockScore(s.Block, s.Score, s.Note))];

    internal void Replace(string raterName, IReadOnlyList<BlockScore> scores, DateTime now)
    {
        RaterName = raterName;
        ReplacedAt = now;
        foreach (var s in scores)
        {
            var existing = _scores.FirstOrDefault(x => x.Block == s.Block);
            if (existing is null)
            {
                _scores.Add(new HealthCheckScore(this, s));
            }
            else
            {
                existing.Set(s);
            }
        }
    }
}
