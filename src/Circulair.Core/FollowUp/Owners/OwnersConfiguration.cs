using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.FollowUp.Owners;

/// <summary>The owner tables, reached as db.OwnerContacts etc. without widening the DbContext class itself.</summary>
public static class OwnerSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<OwnerContact> OwnerContacts => db.Set<OwnerContact>();
        public DbSet<OwnerLink> OwnerLinks => db.Set<OwnerLink>();
        public DbSet<OwnerMailing> OwnerMailings => db.Set<OwnerMailing>();
    }
}

internal sealed class OwnerContactConfiguration : IEntityTypeConfiguration<OwnerContact>
{
    public void Configure(EntityTypeBuilder<OwnerContact> b)
    {
        b.ToTable("OwnerContacts");
        b.Property(c => c.Name).HasMaxLength(OwnerContact.NameMaxLength).IsRequired();
        b.Property(c => c.Email).HasMaxLength(OwnerContact.EmailMaxLength).IsRequired();
        b.Property(c => c.EmailKey).HasMaxLength(OwnerContact.EmailMaxLength).IsRequired();
        b.Property(c => c.Language).HasMaxLength(10).IsRequired().HasDefaultValue(Accounts.Languages.Dutch);
        b.HasIndex(c => new { c.PlannedActionId, c.EmailKey }).IsUnique();
        b.HasIndex(c => new { c.OrganisationId, c.EmailKey });
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(c => c.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OwnerLinkConfiguration : IEntityTypeConfiguration<OwnerLink>
{
    public void Configure(EntityTypeBuilder<OwnerLink> b)
    {
        b.ToTable("OwnerLinks");
        b.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(l => l.OwnerName).HasMaxLength(OwnerContact.NameMaxLength).IsRequired();
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.OrganisationId);
        b.HasIndex(l => l.OwnerContactId);
        b.HasIndex(l => l.PlannedActionId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // The link outlives its action and owner, so that a late click is told what happened (decision 0250).
        b.HasOne<OwnerContact>().WithMany().HasForeignKey(l => l.OwnerContactId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(l => l.PlannedActionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OwnerMailingConfiguration : IEntityTypeConfiguration<OwnerMailing>
{
    public void Configure(EntityTypeBuilder<OwnerMailing> b)
    {
        b.ToTable("OwnerMailings");
        b.Property(m => m.EmailKey).HasMaxLength(OwnerContact.EmailMaxLength).IsRequired();
        b.Property(m => m.Email).HasMaxLength(OwnerContact.EmailMaxLength).IsRequired();
        b.Property(m => m.Name).HasMaxLength(OwnerContact.NameMaxLength).IsRequired();
        b.Property(m => m.LastError).HasMaxLength(OwnerMailing.ErrorMaxLength);
        // One mail per owner, round and kind: the key that keeps a reminder from going out twice (decision 0251).
        b.HasIndex(m => new { m.OrganisationId, m.RoundStart, m.Kind, m.EmailKey }).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
