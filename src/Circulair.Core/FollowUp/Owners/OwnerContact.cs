using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.FollowUp.Owners;

/// <summary>What an owner is to the action: the one who pulls it (<i>trekker</i>) or a partner of its sheet.</summary>
public enum OwnerRole
{
    Trekker = 1,
    Partner = 2,
}

/// <summary>
/// Someone without an account who reports on one action (phase 3, follow-up; decision 0250): its trekker or a
/// partner, with a name and an e-mail address. The same address on several actions is one owner for the cycle's
/// mails (one message listing all their actions). Links to the update form are issued per contact.
/// </summary>
public sealed class OwnerContact : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    private OwnerContact()
    {
        Name = "";
        Email = "";
        EmailKey = "";
        Language = Accounts.Languages.Dutch;
    }

    public OwnerContact(PlannedAction action, OwnerRole role, string? name, string? email, int? stakeholderId, DateTime now)
    {
        if (!Enum.IsDefined(role))
        {
            throw new DomainException("Errors.NotFound");
        }
        OrganisationId = action.OrganisationId;
        PlannedActionId = action.Id;
        Role = role;
        StakeholderId = stakeholderId;
        CreatedAt = now;
        Name = "";
        Email = "";
        EmailKey = "";
        Language = Accounts.Languages.Dutch;
        Change(name, email);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public OwnerRole Role { get; private set; }

    /// <summary>The stakeholder of the register this owner speaks for (the trekker or a partner), if any.</summary>
    public int? StakeholderId { get; private set; }

    [Audit.PersonalData]
    public string Name { get; private set; }

    [Audit.PersonalData]
    public string Email { get; private set; }

    /// <summary>The address in lower case: one owner across actions, one mail per cycle.</summary>
    [Audit.NotAudited]
    public string EmailKey { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The language of the owner's mails (<see cref="Accounts.Languages"/>): Dutch unless set otherwise.</summary>
    public string Language { get; private set; }

    /// <summary>Chooses the language of the owner's mails; an unsupported language is refused.</summary>
    public void SpeaksIn(string? language)
    {
        if (!Accounts.Languages.IsSupported(language))
        {
            throw new DomainException("Owners.Error.LanguageUnknown");
        }
        Language = language!;
    }

    public void Change(string? name, string? email)
    {
        var cleanName = StrategyText.Clean(name, NameMaxLength) ?? throw new DomainException("Owners.Error.NameRequired");
        var cleanEmail = email?.Trim();
        if (string.IsNullOrEmpty(cleanEmail) || cleanEmail.Length > EmailMaxLength || !cleanEmail.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("Owners.Error.EmailInvalid");
        }
        Name = cleanName;
        Email = cleanEmail;
        EmailKey = KeyOf(cleanEmail);
    }

    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();
}
