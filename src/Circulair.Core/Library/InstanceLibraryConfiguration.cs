using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Library;

/// <summary>The instance's own library rows, reached as db.InstanceCases and db.InstanceFundingCalls.</summary>
public static class LibrarySets
{
    extension(CirculairDbContext db)
    {
        public DbSet<InstanceCase> InstanceCases => db.Set<InstanceCase>();
        public DbSet<InstanceFundingCall> InstanceFundingCalls => db.Set<InstanceFundingCall>();
    }
}

internal sealed class InstanceCaseConfiguration : IEntityTypeConfiguration<InstanceCase>
{
    public void Configure(EntityTypeBuilder<InstanceCase> b)
    {
        b.ToTable("InstanceCases");
        b.Property(c => c.Key).HasMaxLength(80).IsRequired();
        b.HasIndex(c => c.Key).IsUnique();
        b.Property(c => c.TitleNl).HasMaxLength(CaseLibrary.TitleMaxLength).IsRequired();
        b.Property(c => c.TitleEn).HasMaxLength(CaseLibrary.TitleMaxLength).IsRequired();
        b.Property(c => c.Place).HasMaxLength(CaseLibrary.PlaceMaxLength).IsRequired();
        b.Property(c => c.Organisations).HasMaxLength(CaseLibrary.OrganisationsMaxLength).IsRequired();
        b.Property(c => c.DomainCode).HasMaxLength(40).IsRequired();
        b.Property(c => c.SubdomainCode).HasMaxLength(60);
        b.Property(c => c.RStrategyCode).HasMaxLength(4).IsRequired();
        b.Property(c => c.ValueChain).HasMaxLength(20).IsRequired();
        b.Property(c => c.Role).HasMaxLength(20).IsRequired();
        b.Property(c => c.Chapter).HasMaxLength(InstanceCase.ChapterMaxLength);
        b.Property(c => c.Url).HasMaxLength(LinkCheck.MaxLength);
        b.Property(c => c.SummaryNl).HasMaxLength(CaseLibrary.SummaryMaxLength).IsRequired();
        b.Property(c => c.SummaryEn).HasMaxLength(CaseLibrary.SummaryMaxLength).IsRequired();
        b.Property(c => c.UpdatedBy).HasMaxLength(InstanceCase.ByMaxLength);
    }
}

internal sealed class InstanceFundingCallConfiguration : IEntityTypeConfiguration<InstanceFundingCall>
{
    public void Configure(EntityTypeBuilder<InstanceFundingCall> b)
    {
        b.ToTable("InstanceFundingCalls");
        b.Property(c => c.Key).HasMaxLength(80).IsRequired();
        b.HasIndex(c => c.Key).IsUnique();
        b.Property(c => c.NameNl).HasMaxLength(FundingCatalogue.NameMaxLength).IsRequired();
        b.Property(c => c.NameEn).HasMaxLength(FundingCatalogue.NameMaxLength).IsRequired();
        b.Property(c => c.Funder).HasMaxLength(FundingCatalogue.FunderMaxLength).IsRequired();
        b.Property(c => c.Domains).HasMaxLength(FundingCatalogue.ListMaxLength).IsRequired();
        b.Property(c => c.Themes).HasMaxLength(FundingCatalogue.ListMaxLength).IsRequired();
        b.Property(c => c.WhoMayApplyNl).HasMaxLength(FundingCatalogue.WhoMaxLength).IsRequired();
        b.Property(c => c.WhoMayApplyEn).HasMaxLength(FundingCatalogue.WhoMaxLength).IsRequired();
        b.Property(c => c.AmountNl).HasMaxLength(FundingCatalogue.AmountMaxLength).IsRequired();
        b.Property(c => c.AmountEn).HasMaxLength(FundingCatalogue.AmountMaxLength).IsRequired();
        b.Property(c => c.Url).HasMaxLength(LinkCheck.MaxLength);
        b.Property(c => c.SummaryNl).HasMaxLength(FundingCatalogue.SummaryMaxLength).IsRequired();
        b.Property(c => c.SummaryEn).HasMaxLength(FundingCatalogue.SummaryMaxLength).IsRequired();
        b.Property(c => c.UpdatedBy).HasMaxLength(InstanceCase.ByMaxLength);
    }
}
