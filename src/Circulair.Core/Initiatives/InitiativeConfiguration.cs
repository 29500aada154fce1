using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Initiatives;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public const int CodeMaxLength = 40;

    public void Configure(EntityTypeBuilder<Initiative> b)
    {
        b.Property(i => i.Name).HasMaxLength(InitiativeDetails.NameMaxLength).IsRequired();
        b.Property(i => i.NameKey).HasMaxLength(InitiativeDetails.NameMaxLength).IsRequired();
        b.Property(i => i.Description).HasMaxLength(InitiativeDetails.DescriptionMaxLength);
        b.Property(i => i.Domain).HasMaxLength(CodeMaxLength).IsRequired();
        b.Property(i => i.SubdomainCode).HasMaxLength(CodeMaxLength);
        b.Property(i => i.OwnSubdomain).HasMaxLength(InitiativeDetails.OwnSubdomainMaxLength);
        b.Property(i => i.OwnSubdomainKey).HasMaxLength(InitiativeDetails.OwnSubdomainMaxLength);
        b.Property(i => i.OtherTargetGroup).HasMaxLength(InitiativeDetails.OtherTargetGroupMaxLength);
        b.Property(i => i.LeadName).HasMaxLength(InitiativeDetails.LeadNameMaxLength);
        b.Property(i => i.WebLink).HasMaxLength(InitiativeDetails.WebLinkMaxLength);
        b.HasIndex(i => new { i.OrganisationId, i.NameKey }).IsUnique();
        b.HasIndex(i => new { i.OrganisationId, i.Domain });
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // A removed stakeholder leaves its name behind as typed text (LeadName).
        b.HasOne(i => i.LeadStakeholder).WithMany().HasForeignKey(i => i.LeadStakeholderId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(i => i.Partners).WithOne(p => p.Initiative).HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.Details);
        b.Ignore(i => i.Lead);
    }
}

internal sealed class InitiativePartnerConfiguration : IEntityTypeConfiguration<InitiativePartner>
{
    public void Configure(EntityTypeBuilder<InitiativePartner> b)
    {
        b.HasKey(p => new { p.InitiativeId, p.StakeholderId });
        b.HasIndex(p => new { p.OrganisationId, p.StakeholderId });
        b.HasOne(p => p.Stakeholder).WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}
