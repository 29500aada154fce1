using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Stakeholders;

/// <summary>
/// An entry of the organisation's stakeholder register (Tool 1): a person or organisation that can influence
/// the circular strategy or is affected by it. Reused later by workshops, actions and pilots.
/// Power and interest are dated assessments (<see cref="Assessments"/>); <see cref="Power"/>,
/// <see cref="Interest"/> and <see cref="AssessedOn"/> hold the latest one, so lists and the grid need no join.
/// </summary>
public sealed class Stakeholder : IOrganisationScoped
{
    private readonly List<StakeholderAssessment> _assessments = [];

    private Stakeholder()
    {
        Name = "";
        NameKey = "";
    }

    public Stakeholder(int organisationId, StakeholderDetails details, DateTime createdAt)
    {
        OrganisationId = organisationId;
        CreatedAt = createdAt;
        Name = "";
        NameKey = "";
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name without case, accents and extra spaces; unique within the organisation.</summary>
    [NotAudited]
    public string NameKey { get; private set; }

    public StakeholderKind? Kind { get; private set; }
    public string? Department { get; private set; }
    /// <summary>One of the method's groups; null when the stakeholder has no group (an own group is <see cref="StakeholderGroup.Andere"/> with <see cref="CustomGroupId"/>).</summary>
    public StakeholderGroup? Group { get; private set; }
    public int? CustomGroupId { get; private set; }
    public CustomStakeholderGroup? CustomGroup { get; private set; }
    public StakeholderSide? Side { get; private set; }
    public StakeholderEngagement? Engagement { get; private set; }
    public StakeholderForum? Forum { get; private set; }
    public string? ForumDetail { get; private set; }

    [PersonalData]
    public string? ContactPerson { get; private set; }

    [PersonalData]
    public string? ContactEmail { get; private set; }

    public string? Notes { get; private set; }
    public string? Tags { get; private set; }

    /// <summary>Power of the latest assessment; null until the stakeholder has been rated.</summary>
    public StakeholderLevel? Power { get; private set; }

    /// <summary>Interest of the latest assessment; null until the stakeholder has been rated.</summary>
    public StakeholderLevel? Interest { get; private set; }

    /// <summary>Date of the latest assessment.</summary>
    public DateOnly? AssessedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<StakeholderAssessment> Assessments => _assessments;

    /// <summary>Tool 2's approach for the current rating (null while unrated).</summary>
    public StakeholderApproach? Approach => StakeholderGrid.ApproachFor(Power, Interest);

    public StakeholderDetails Details => new()
    {
        Name = Name,
        Kind = Kind,
        Department = Department,
        Group = Group,
        CustomGroupId = CustomGroupId,
        Side = Side,
        Engagement = Engagement,
        Forum = Forum,
        ForumDetail = ForumDetail,
        ContactPerson = ContactPerson,
        ContactEmail = ContactEmail,
        Notes = Notes,
        Tags = Tags,
    };

    /// <summary>Sets every described field at once (form, import). The caller has checked lengths and uniqueness.</summary>
    public void Describe(StakeholderDetails details)
    {
        var d = details.Normalised();
        if (d.Name.Length == 0)
        {
            throw new DomainException("Stakeholders.Validation.NameRequired");
        }
        Name = d.Name;
        NameKey = StakeholderText.NameKey(d.Name);
        Kind = d.Kind;
        Department = d.Department;
        Group = d.Group;
        CustomGroupId = d.CustomGroupId;
        if (CustomGroup is not null && CustomGroup.Id != d.CustomGroupId)
        {
            CustomGroup = null;
        }
        Side = d.Side;
        Engagement = d.Engagement;
        Forum = d.Forum;
        ForumDetail = d.ForumDetail;
        ContactPerson = d.ContactPerson;
        ContactEmail = d.ContactEmail;
        Notes = d.Notes;
        Tags = d.Tags;
    }

    /// <summary>
    /// Records a rating of power and interest that holds from <paramref name="date"/>. A rating dated on or after
    /// the latest one becomes the current one; an older one only fills in the history. Refuses future dates.
    /// </summary>
    public StakeholderAssessment Assess(DateOnly date, StakeholderLevel power, StakeholderLevel interest, string? note, DateOnly today, DateTime now)
    {
        if (date > today)
        {
            throw new DomainException("Stakeholders.Validation.DateInFuture");
        }
        var assessment = new StakeholderAssessment(this, date, power, interest, note, now);
        _assessments.Add(assessment);
        if (AssessedOn is null || date >= AssessedOn)
        {
            Power = power;
            Interest = interest;
            AssessedOn = date;
        }
        return assessment;
    }

    /// <summary>Clears the contact person and e-mail (on request, GDPR art. 17); the caller also erases them from the audit trail.</summary>
    public void ErasePersonalData()
    {
        ContactPerson = null;
        ContactEmail = null;
    }

    public bool HasPersonalData => ContactPerson is not null || ContactEmail is not null;
}
