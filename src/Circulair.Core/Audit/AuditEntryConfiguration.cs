using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.EntityType).HasMaxLength(80).IsRequired();
        b.Property(e => e.EntityId).HasMaxLength(80).IsRequired();
        b.Property(e => e.Field).HasMaxLength(80).IsRequired();
        b.Property(e => e.UserName).HasMaxLength(200);
        b.Property(e => e.OldValue).HasMaxLength(AuditEntry.ValueMaxLength);
        b.Property(e => e.NewValue).HasMaxLength(AuditEntry.ValueMaxLength);
        b.HasIndex(e => new { e.OrganisationId, e.EntityType, e.EntityId });
        b.HasIndex(e => e.UserId);
    }
}
