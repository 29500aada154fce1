using System.Security.Cryptography;
using Circulair.Organisations;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Persistence;

/// <summary>Which import a <see cref="SheetImportDraft"/> waits for; a person can have one of each at a time.</summary>
public enum SheetImportKind
{
    Stakeholders,
    Initiatives,
    Actions,
    Meerjarenplan,
    Measurements,
    LibraryCases,
    FundingCalls,
    Communication,
}

/// <summary>
/// A checked spreadsheet import waiting for "Bevestigen": the sheet's cells as read from the uploaded file (JSON),
/// under a random id, for <see cref="Lifetime"/>. Only the person who uploaded it can use it, in that organisation,
/// and for an action table only in that strategy. Keeping the cells on the server means the confirmation carries
/// only the id, not the file again. This is working state, not domain data. It is not
/// <see cref="IOrganisationScoped"/> on purpose, so the audit trail does not record it and no cached page may
/// read it. Every query still filters on organisation, user and kind.
/// </summary>
public sealed class SheetImportDraft
{
    public const int FileNameMaxLength = 260;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private SheetImportDraft()
    {
        Id = "";
        FileName = "";
        Payload = "";
    }

    public SheetImportDraft(SheetImportKind kind, int? organisationId, int? trajectoryId, int userId, string fileName, string payload, DateTime now)
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        Kind = kind;
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        UserId = userId;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        Payload = payload;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public string Id { get; private set; }
    public SheetImportKind Kind { get; private set; }
    /// <summary>The organisation the import writes into; null for the instance administrator's imports of instance data (the library, decision 0285).</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The strategy an action-table import belongs to; null for the registers.</summary>
    public int? TrajectoryId { get; private set; }

    public int UserId { get; private set; }
    public string FileName { get; private set; }

    /// <summary>The sheet as JSON.</summary>
    public string Payload { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;
}

internal sealed class SheetImportDraftConfiguration : IEntityTypeConfiguration<SheetImportDraft>
{
    public void Configure(EntityTypeBuilder<SheetImportDraft> b)
    {
        b.ToTable("SheetImportDrafts");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(64);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.FileName).HasMaxLength(SheetImportDraft.FileNameMaxLength).IsRequired();
        b.Property(d => d.Payload).IsRequired();
        b.HasIndex(d => new { d.OrganisationId, d.UserId, d.Kind });
        b.HasIndex(d => d.ExpiresAt);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(d => d.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
