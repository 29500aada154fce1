using Circulair.Persistence;
using Circulair.Vision;

namespace Circulair.HealthCheck;

/// <summary>
/// One round of the transition health check (guide ch. 5.3, Figure 11) for an organisation: a moment at which
/// members and invited outsiders score the nine building blocks. Rounds are repeated over time (say once a year)
/// and compared. Open until a coordinator closes it; a closed round refuses ratings. <see cref="Rate"/> is the one
/// entry point for members and external raters. The check belongs to the organisation, not to one trajectory:
/// see docs/decisions/0265-health-check-per-organisation.md.
/// </summary>
public sealed class HealthCheckRound : Participation.IRatingRound
{
    public const int TitleMaxLength = 150;

    private readonly List<HealthCheckRating> _ratings = [];

    private HealthCheckRound()
    {
        Title = "";
    }

    public HealthCheckRound(int organisationId, string title, string? openedByName, DateTime now)
    {
        OrganisationId = organisationId;
        Title = CleanTitle(title);
        OpenedByName = openedByName;
        OpenedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Title { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public string? OpenedByName { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public IReadOnlyList<HealthCheckRating> Ratings => _ratings;

    /// <summary>
    /// Records a rating of all nine blocks. A rater who already rated this round replaces their rating (the outcome
    /// says so). Refuses a closed round, a missing block and a score outside 1–5.
    /// </summary>
    public RateOutcome Rate(RaterKey rater, string raterName, IEnumerable<BlockScore> scores, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        var complete = BlockScore.Complete(scores);
        var key = rater.ToString();
        if (key.Length > RaterKey.MaxLength)
        {
            throw new DomainException("Errors.NotFound");
        }
        var name = string.IsNullOrWhiteSpace(raterName) ? "?" : raterName.Trim();
        name = name.Length > HealthCheckRating.NameMaxLength ? name[..HealthCheckRating.NameMaxLength] : name;
        var existing = RatingBy(rater);
        if (existing is not null)
        {
            existing.Replace(name, complete, now);
            return RateOutcome.Replaced;
        }
        _ratings.Add(new HealthCheckRating(this, rater, name, complete, now));
        return RateOutcome.Added;
    }

    public HealthCheckRating? RatingBy(RaterKey rater) => _ratings.FirstOrDefault(r => r.RaterKey == rater.ToString());

    public void Rename(string title) => Title = CleanTitle(title);

    public void Close(DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        ClosedAt = now;
    }

    public void Reopen()
    {
        if (IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundAlreadyOpen");
        }
        ClosedAt = null;
    }

    public HealthCheckResults Results() =>
        HealthCheckResults.From(_ratings.Select(r => new HealthCheckResults.Entry(r.RaterName, r.Kind, r.ScoreList())));

    private static string CleanTitle(string? title)
    {
        var clean = title?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            throw new DomainException("HealthCheck.Error.TitleRequired");
        }
        return clean.Length > TitleMaxLength ? throw new DomainException("HealthCheck.Error.TitleTooLong", TitleMaxLength) : clean;
    }
}
