using System.Security.Cryptography;

namespace Circulair.Stakeholders.Import;

/// <summary>
/// A checked import waiting for "Bevestigen": the rows as read from the uploaded file (JSON), keyed by a random
/// id and usable only by the person who uploaded it, in that organisation, for <see cref="Lifetime"/>.
/// Keeping the rows on the server means the confirmation carries only the id, not the file again.
/// Not <see cref="Persistence.IOrganisationScoped"/> on purpose: it is working state, not domain data, so the
/// audit trail does not record it; every query still filters on <see cref="OrganisationId"/> and <see cref="UserId"/>.
/// </summary>
public sealed class StakeholderImportDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private StakeholderImportDraft()
    {
        Id = "";
        FileName = "";
        Payload = "";
    }

    public StakeholderImportDraft(int organisationId, int userId, string fileName, string payload, DateTime now)
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

    /// <summary>The sheet as JSON (<see cref="SheetContent"/>).</summary>
    public string Payload { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;
}

/// <summary>The cells of a sheet as read from a file, without any format: what the checks and the draft work on.</summary>
public sealed record SheetContent(IReadOnlyList<string?> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>One row of a sheet. <paramref name="Number"/> is the row number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells);
