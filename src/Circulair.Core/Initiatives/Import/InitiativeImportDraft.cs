using System.Security.Cryptography;

namespace Circulair.Initiatives.Import;

/// <summary>
/// A checked import of the inventory waiting for "Bevestigen": the rows as read from the uploaded file (JSON,
/// a <see cref="Stakeholders.Import.SheetContent"/>), keyed by a random id and usable only by the person who
/// uploaded it, in that organisation, for <see cref="Lifetime"/>. Working state, not domain data: not
/// <see cref="Persistence.IOrganisationScoped"/>, so not audited; every query filters on organisation and user.
/// Kept apart from the register's drafts so that starting one import never discards the other.
/// </summary>
public sealed class InitiativeImportDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private InitiativeImportDraft()
    {
        Id = "";
        FileName = "";
        Payload = "";
    }

    public InitiativeImportDraft(int organisationId, int userId, string fileName, string payload, DateTime now)
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        OrganisationId = organisationId;
        UserId = userId;
        FileName = fileName.Length > 260 ? fileName[..260] : fileName;
        Payload = payload;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public string Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int UserId { get; private set; }
    public string FileName { get; private set; }
    public string Payload { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;
}
