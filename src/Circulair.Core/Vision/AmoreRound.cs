using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Vision;

/// <summary>The five AMORE criteria of Tool 4 (guide ch. 5.1.2) for a vision that need not be SMART yet.</summary>
public enum AmoreCriterion
{
    Ambitieus = 1,
    Motiverend = 2,
    Onderscheidend = 3,
    Relevant = 4,
    Echt = 5,
}

/// <summary>One rater's five scores, each 1 (not at all) to 5 (fully).</summary>
public readonly record struct AmoreScores(int Ambitieus, int Motiverend, int Onderscheidend, int Relevant, int Echt)
{
    public const int Min = 1;
    public const int Max = 5;

    public int this[AmoreCriterion criterion] => criterion switch
    {
        AmoreCriterion.Ambitieus => Ambitieus,
        AmoreCriterion.Motiverend => Motiverend,
        AmoreCriterion.Onderscheidend => Onderscheidend,
        AmoreCriterion.Relevant => Relevant,
        AmoreCriterion.Echt => Echt,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    public static bool InRange(int score) => score is >= Min and <= Max;

    public void EnsureValid()
    {
        foreach (var c in Enum.GetValues<AmoreCriterion>())
        {
            if (!InRange(this[c]))
            {
                throw new DomainException("Vision.Error.AmoreScoreOutOfRange", Min, Max);
            }
        }
    }
}

public enum RaterKind
{
    /// <summary>A signed-in member of the organisation.</summary>
    Lid = 1,

    /// <summary>An external stakeholder invited by a personal link (<see cref="AmoreInvitation"/>).</summary>
    Extern = 2,

    /// <summary>A participant of a live workshop (fed in by the workshop feature).</summary>
    Workshop = 3,
}

/// <summary>
/// Who rated, as one comparable value: one rating per rater per round, a second one replaces the first. A member
/// is known by user id, an external rater by their invitation, a workshop participant by the workshop's own id.
/// </summary>
public readonly record struct RaterKey(RaterKind Kind, string Id)
{
    public const int MaxLength = 80;

    public static RaterKey Member(int userId) => new(RaterKind.Lid, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static RaterKey External(int invitationId) => new(RaterKind.Extern, invitationId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A workshop participant: <paramref name="participantId"/> is stable within the workshop (e.g. "ws12-p3").</summary>
    public static RaterKey Workshop(string participantId) => new(RaterKind.Workshop, participantId);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}

public enum RateOutcome
{
    Added,

    /// <summary>The rater had rated this round before; the new rating replaced the old one.</summary>
    Replaced,
}

/// <summary>
/// A rating round of Tool 4 on one <see cref="VisionVersion"/>. Open until a coordinator closes it; a closed round
/// refuses ratings. <see cref="Rate"/> is the one entry point for members, external raters and workshops.
/// </summary>
public sealed class AmoreRound : Participation.IRatingRound
{
    public const int TitleMaxLength = 150;

    private readonly List<AmoreRating> _ratings = [];

    private AmoreRound()
    {
        Title = "";
    }

    public AmoreRound(VisionVersion version, string title, string? openedByName, DateTime now)
    {
        OrganisationId = version.OrganisationId;
        TrajectoryId = version.TrajectoryId;
        VisionVersionId = version.Id;
        VisionVersion = version;
        Title = VisionCanvas.Clean(title, TitleMaxLength) ?? throw new DomainException("Vision.Error.AmoreTitleRequired");
        OpenedByName = openedByName;
        OpenedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int VisionVersionId { get; private set; }
    public VisionVersion VisionVersion { get; private set; } = null!;
    public string Title { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public string? OpenedByName { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public IReadOnlyList<AmoreRating> Ratings => _ratings;

    /// <summary>
    /// Records a rating. A rater who already rated this round replaces their rating (the outcome says so, so the
    /// page can tell them). Refuses scores outside 1–5 and ratings on a closed round.
    /// </summary>
    public RateOutcome Rate(RaterKey rater, string raterName, AmoreScores scores, string? comment, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundClosed");
        }
        scores.EnsureValid();
        var key = rater.ToString();
        if (key.Length > RaterKey.MaxLength)
        {
            throw new DomainException("Errors.NotFound");
        }
        var text = VisionCanvas.Clean(comment, AmoreRating.CommentMaxLength);
        var name = VisionCanvas.Clean(raterName, AmoreRating.NameMaxLength) ?? "?";
        var existing = _ratings.FirstOrDefault(r => r.RaterKey == key);
        if (existing is not null)
        {
            existing.Replace(name, scores, text, now);
            return RateOutcome.Replaced;
        }
        _ratings.Add(new AmoreRating(this, rater, name, scores, text, now));
        return RateOutcome.Added;
    }

    public AmoreRating? RatingBy(RaterKey rater) => _ratings.FirstOrDefault(r => r.RaterKey == rater.ToString());

    public void Close(DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundClosed");
        }
        ClosedAt = now;
    }

    public void Reopen()
    {
        if (IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundAlreadyOpen");
        }
        ClosedAt = null;
    }

    public AmoreResults Results() => AmoreResults.From(_ratings.Select(r => new AmoreResults.Entry(r.Scores, r.Comment, r.RaterName, r.Kind)));
}

/// <summary>One rater's scores in one round.</summary>
public sealed class AmoreRating : IOrganisationScoped
{
    public const int CommentMaxLength = 2000;
    public const int NameMaxLength = 150;

    private AmoreRating()
    {
        RaterKey = "";
        RaterName = "";
    }

    internal AmoreRating(AmoreRound round, RaterKey rater, string raterName, AmoreScores scores, string? comment, DateTime now)
    {
        OrganisationId = round.OrganisationId;
        Round = round;
        RaterKey = rater.ToString();
        Kind = rater.Kind;
        RaterName = raterName;
        Ambitieus = scores.Ambitieus;
        Motiverend = scores.Motiverend;
        Onderscheidend = scores.Onderscheidend;
        Relevant = scores.Relevant;
        Echt = scores.Echt;
        Comment = comment;
        RatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AmoreRoundId { get; private set; }
    public AmoreRound Round { get; private set; } = null!;

    /// <summary>"lid:12", "extern:5" or "workshop:…": unique per round.</summary>
    public string RaterKey { get; private set; }

    public RaterKind Kind { get; private set; }

    [PersonalData]
    public string RaterName { get; private set; }

    public int Ambitieus { get; private set; }
    public int Motiverend { get; private set; }
    public int Onderscheidend { get; private set; }
    public int Relevant { get; private set; }
    public int Echt { get; private set; }
    public string? Comment { get; private set; }
    public DateTime RatedAt { get; private set; }

    /// <summary>Set when a later rating by the same rater replaced the first.</summary>
    public DateTime? ReplacedAt { get; private set; }

    public AmoreScores Scores => new(Ambitieus, Motiverend, Onderscheidend, Relevant, Echt);

    internal void Replace(string raterName, AmoreScores scores, string? comment, DateTime now)
    {
        RaterName = raterName;
        Ambitieus = scores.Ambitieus;
        Motiverend = scores.Motiverend;
        Onderscheidend = scores.Onderscheidend;
        Relevant = scores.Relevant;
        Echt = scores.Echt;
        Comment = comment;
        ReplacedAt = now;
    }
}
