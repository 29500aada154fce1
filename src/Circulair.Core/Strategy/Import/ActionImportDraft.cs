using System.Security.Cryptography;

namespace Circulair.Strategy.Import;

/// <summary>
/// A checked action-table import waiting for "Bevestigen": the sheet's cells (JSON), usable only by the person who
/// uploaded it, in that organisation and strategy, for <see cref="Lifetime"/>. Working state, not domain data, so
/// not audited (the same shape as the stakeholder import's draft); every query filters on organisation and user.
/// </summary>
public sealed class ActionImportDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ActionImportDraft()
    {
        Id = "";
        FileName = "";
        Payload = "";
    }

    public ActionImportDraft(int organisationId, int trajectoryId, int userId, string fileName, string payload, DateTime now)
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        UserId = userId;
        FileName = fileName.Length > 260 ? fileName[..260] : fileName;
        Payload = payload;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public string Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int UserId { get; private set; }
    public string FileName { get; private set; }
    public string Payload { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;
}
