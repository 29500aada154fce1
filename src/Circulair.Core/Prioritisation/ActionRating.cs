using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Vision;

namespace Circulair.Prioritisation;

/// <summary>
/// One rater's impact and effort scores for one action (Tool 6). One rating per rater per action: a second one
/// replaces the first (<see cref="PlannedAction.Rate"/>). Raters are members now and workshop participants later,
/// known by the same <see cref="RaterKey"/> as the AMORE ratings.
/// </summary>
public sealed class ActionRating : IOrganisationScoped
{
    public const int NameMaxLength = 150;

    private ActionRating()
    {
        RaterKey = "";
        RaterName = "";
    }

    internal ActionRating(PlannedAction action, RaterKey rater, string raterName, int impact, int effort, DateTime now)
    {
        OrganisationId = action.OrganisationId;
        Action = action;
        RaterKey = rater.ToString();
        Kind = rater.Kind;
        RaterName = raterName;
        Impact = impact;
        Effort = effort;
        RatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public PlannedAction Action { get; private set; } = null!;

    /// <summary>"lid:12", "workshop:…": unique per action.</summary>
    public string RaterKey { get; private set; }

    public RaterKind Kind { get; private set; }

    [PersonalData]
    public string RaterName { get; private set; }

    public int Impact { get; private set; }
    public int Effort { get; private set; }
    public DateTime RatedAt { get; private set; }

    /// <summary>Set when a later rating by the same rater replaced the first.</summary>
    public DateTime? ReplacedAt { get; private set; }

    internal void Replace(string raterName, int impact, int effort, DateTime now)
    {
        RaterName = raterName;
        Impact = impact;
        Effort = effort;
        ReplacedAt = now;
    }
}
