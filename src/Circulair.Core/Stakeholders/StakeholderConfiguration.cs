using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Stakeholders;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> b)
    {
        b.Property(s => s.Name).HasMaxLength(StakeholderDetails.NameMaxLength).IsRequired();
        b.Property(s => s.NameKey).HasMaxLength(StakeholderDetails.NameMaxLength).IsRequired();
        b.Property(s => s.Department).HasMaxLength(StakeholderDetails.DepartmentMaxLength);
        b.Property(s => s.ForumDetail).HasMaxLength(StakeholderDetails.ForumDetailMaxLength);
        b.Property(s => s.ContactPerson).HasMaxLength(StakeholderDetails.ContactPersonMaxLength);
        b.Property(s => s.ContactEmail).HasMaxLength(StakeholderDetails.EmailMaxLength);
        b.Property(s => s.Notes).HasMaxLength(StakeholderDetails.NotesMaxLength);
        b.Property(s => s.Tags).HasMaxLength(StakeholderDetails.TagsMaxLength);
        b.HasIndex(s => new { s.OrganisationId, s.NameKey }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.CustomGroup).WithMany().HasForeignKey(s => s.CustomGroupId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(s => s.Assessments).WithOne(a => a.Stakeholder).HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Assessments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.Approach);
        b.Ignore(s => s.Details);
        b.Ignore(s => s.HasPersonalData);
    }
}

internal sealed class StakeholderAssessmentConfiguration : IEntityTypeConfiguration<StakeholderAssessment>
{
    public void Configure(EntityTypeBuilder<StakeholderAssessment> b)
    {
        b.Property(a => a.Note).HasMaxLength(StakeholderAssessment.NoteMaxLength);
        b.HasIndex(a => new { a.OrganisationId, a.StakeholderId, a.Date });
        b.Ignore(a => a.Approach);
    }
}

internal sealed class CustomStakeholderGroupConfiguration : IEntityTypeConfiguration<CustomStakeholderGroup>
{
    public void Configure(EntityTypeBuilder<CustomStakeholderGroup> b)
    {
        b.Property(g => g.Name).HasMaxLength(CustomStakeholderGroup.NameMaxLength).IsRequired();
        b.Property(g => g.NameKey).HasMaxLength(CustomStakeholderGroup.NameMaxLength).IsRequired();
        b.HasIndex(g => new { g.OrganisationId, g.NameKey }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
