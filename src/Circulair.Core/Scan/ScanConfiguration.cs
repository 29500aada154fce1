using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Scan;

/// <summary>The scan's tables, reached as <c>db.ScanDatasets</c> etc. without widening the DbContext class itself.</summary>
public static class ScanSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<ScanDataset> ScanDatasets => db.Set<ScanDataset>();
        public DbSet<ScanDatasetYear> ScanDatasetYears => db.Set<ScanDatasetYear>();
        public DbSet<ScanDatasetCategory> ScanDatasetCategories => db.Set<ScanDatasetCategory>();
        public DbSet<ScanObservation> ScanObservations => db.Set<ScanObservation>();
        public DbSet<ScanImport> ScanImports => db.Set<ScanImport>();
        public DbSet<ScanSourceMapping> ScanSourceMappings => db.Set<ScanSourceMapping>();
        public DbSet<ScanCategoryMapping> ScanCategoryMappings => db.Set<ScanCategoryMapping>();
        public DbSet<ScanDomainMapping> ScanDomainMappings => db.Set<ScanDomainMapping>();
        public DbSet<ScanProfile> ScanProfiles => db.Set<ScanProfile>();
        public DbSet<ScanPopulation> ScanPopulations => db.Set<ScanPopulation>();
        public DbSet<ScanDomainAssessment> ScanDomainAssessments => db.Set<ScanDomainAssessment>();
    }
}

internal sealed class ScanDatasetConfiguration : IEntityTypeConfiguration<ScanDataset>
{
    public void Configure(EntityTypeBuilder<ScanDataset> b)
    {
        b.ToTable("ScanDatasets");
        b.Property(d => d.Name).HasMaxLength(ScanDataset.NameMaxLength).IsRequired();
        b.Property(d => d.SourceName).HasMaxLength(ScanDataset.SourceNameMaxLength).IsRequired();
        b.Property(d => d.SourceUrl).HasMaxLength(ScanDataset.SourceUrlMaxLength);
        b.Property(d => d.Licence).HasMaxLength(ScanDataset.LicenceMaxLength);
        b.Property(d => d.Notes).HasMaxLength(ScanDataset.NotesMaxLength);
        b.HasIndex(d => d.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanDatasetYearConfiguration : IEntityTypeConfiguration<ScanDatasetYear>
{
    public void Configure(EntityTypeBuilder<ScanDatasetYear> b)
    {
        b.ToTable("ScanDatasetYears");
        b.HasIndex(y => new { y.ScanDatasetId, y.Year }).IsUnique();
        b.HasIndex(y => y.OrganisationId);
        b.Ignore(y => y.Areas);
        b.HasOne<ScanDataset>().WithMany().HasForeignKey(y => y.ScanDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanDatasetCategoryConfiguration : IEntityTypeConfiguration<ScanDatasetCategory>
{
    public void Configure(EntityTypeBuilder<ScanDatasetCategory> b)
    {
        b.ToTable("ScanDatasetCategories");
        b.HasKey(c => new { c.ScanDatasetId, c.Code });
        b.Property(c => c.Code).HasMaxLength(ScanDatasetCategory.CodeMaxLength);
        b.Property(c => c.Label).HasMaxLength(ScanDatasetCategory.LabelMaxLength);
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<ScanDataset>().WithMany().HasForeignKey(c => c.ScanDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanObservationConfiguration : IEntityTypeConfiguration<ScanObservation>
{
    public void Configure(EntityTypeBuilder<ScanObservation> b)
    {
        b.ToTable("ScanObservations");
        // The natural key is the index every analysis query seeks on: dataset, area, year, category.
        b.HasKey(o => new { o.ScanDatasetId, o.AreaCode, o.Year, o.CategoryCode });
        // On SQLite the figures are that key's b-tree itself (WITHOUT ROWID, decision 0162): half the file, one b-tree to
        // write per figure, and a page reads a figure without a second lookup. Part of the migrations (decision 0230).
        b.IsSqliteWithoutRowId();
        b.Property(o => o.AreaCode).HasMaxLength(5);
        b.Property(o => o.CategoryCode).HasMaxLength(ScanDatasetCategory.CodeMaxLength);
        b.Property(o => o.Unit).HasMaxLength(ScanObservation.UnitMaxLength).IsRequired();
        // No foreign key to ScanDatasets, on purpose (decision 0164): checking it once per figure was more than half
        // of PostgreSQL's time for a million-row COPY. Figures are written only by the bulk writer, for a dataset the
        // import holds in the same transaction, and deleted with their dataset, in one transaction, by the dataset page's delete.
    }
}

internal sealed class ScanImportConfiguration : IEntityTypeConfiguration<ScanImport>
{
    public void Configure(EntityTypeBuilder<ScanImport> b)
    {
        b.ToTable("ScanImports");
        b.Property(i => i.FileName).HasMaxLength(ScanImport.FileNameMaxLength).IsRequired();
        b.Property(i => i.StoredName).HasMaxLength(64).IsRequired();
        b.Property(i => i.EncodingName).HasMaxLength(20);
        b.Property(i => i.Delimiter).HasMaxLength(2);
        b.Property(i => i.DecimalSeparator).HasMaxLength(2);
        b.Property(i => i.ThousandsSeparator).HasMaxLength(2);
        b.Property(i => i.SheetName).HasMaxLength(100);
        b.Property(i => i.MappingJson).HasMaxLength(8000);
        b.Property(i => i.YearsText).HasMaxLength(1000);
        b.Property(i => i.FailureKey).HasMaxLength(100);
        b.Property(i => i.FailureArguments).HasMaxLength(1000);
        b.Property(i => i.LeaseHolder).HasMaxLength(100);
        b.HasIndex(i => new { i.OrganisationId, i.ScanDatasetId });
        b.HasIndex(i => i.Status);
        b.Ignore(i => i.Mapping);
        b.Ignore(i => i.NumberFormat);
        b.Ignore(i => i.Years);
        b.Ignore(i => i.IsPending);
        b.Ignore(i => i.IsRunning);
        b.HasOne<ScanDataset>().WithMany().HasForeignKey(i => i.ScanDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanSourceMappingConfiguration : IEntityTypeConfiguration<ScanSourceMapping>
{
    public void Configure(EntityTypeBuilder<ScanSourceMapping> b)
    {
        b.ToTable("ScanSourceMappings");
        b.Property(m => m.SourceKey).HasMaxLength(ScanSourceMapping.SourceKeyMaxLength).IsRequired();
        b.Property(m => m.MappingJson).HasMaxLength(8000);
        b.Property(m => m.EncodingName).HasMaxLength(20);
        b.Property(m => m.Delimiter).HasMaxLength(2);
        b.Property(m => m.DecimalSeparator).HasMaxLength(2);
        b.Property(m => m.ThousandsSeparator).HasMaxLength(2);
        b.HasIndex(m => new { m.OrganisationId, m.SourceKey, m.Scheme }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanCategoryMappingConfiguration : IEntityTypeConfiguration<ScanCategoryMapping>
{
    public void Configure(EntityTypeBuilder<ScanCategoryMapping> b)
    {
        b.ToTable("ScanCategoryMappings");
        b.Property(m => m.SourceCode).HasMaxLength(ScanCategoryMapping.SourceMaxLength).IsRequired();
        b.Property(m => m.TargetCode).HasMaxLength(ScanDatasetCategory.CodeMaxLength).IsRequired();
        b.HasIndex(m => new { m.OrganisationId, m.Scheme, m.SourceCode }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanDomainMappingConfiguration : IEntityTypeConfiguration<ScanDomainMapping>
{
    public void Configure(EntityTypeBuilder<ScanDomainMapping> b)
    {
        b.ToTable("ScanDomainMappings");
        b.Property(m => m.CategoryCode).HasMaxLength(ScanDatasetCategory.CodeMaxLength).IsRequired();
        b.Property(m => m.DomainCodes).HasMaxLength(300).IsRequired();
        b.HasIndex(m => new { m.OrganisationId, m.Scheme, m.CategoryCode }).IsUnique();
        b.Ignore(m => m.Domains);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanProfileConfiguration : IEntityTypeConfiguration<ScanProfile>
{
    public void Configure(EntityTypeBuilder<ScanProfile> b)
    {
        b.ToTable("ScanProfiles");
        b.Property(p => p.OwnAreaCodes).HasMaxLength(ScanProfile.CodesMaxLength).IsRequired();
        b.Property(p => p.BenchmarkAreaCodes).HasMaxLength(ScanProfile.CodesMaxLength).IsRequired();
        b.HasIndex(p => p.OrganisationId).IsUnique();
        b.Ignore(p => p.OwnAreas);
        b.Ignore(p => p.BenchmarkAreas);
        b.Ignore(p => p.Weights);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanPopulationConfiguration : IEntityTypeConfiguration<ScanPopulation>
{
    public void Configure(EntityTypeBuilder<ScanPopulation> b)
    {
        b.ToTable("ScanPopulations");
        b.HasIndex(p => new { p.OrganisationId, p.Year }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanDomainAssessmentConfiguration : IEntityTypeConfiguration<ScanDomainAssessment>
{
    public void Configure(EntityTypeBuilder<ScanDomainAssessment> b)
    {
        b.ToTable("ScanDomainAssessments");
        b.Property(a => a.DomainCode).HasMaxLength(40).IsRequired();
        b.Property(a => a.SurveyFindings).HasMaxLength(ScanDomainAssessment.TextMaxLength);
        b.Property(a => a.InnerCircleStrategies).HasMaxLength(100).IsRequired();
        b.Property(a => a.InnerCirclePotential).HasMaxLength(ScanDomainAssessment.TextMaxLength);
        b.Property(a => a.Trends).HasMaxLength(ScanDomainAssessment.TextMaxLength);
        b.Property(a => a.Synergies).HasMaxLength(ScanDomainAssessment.TextMaxLength);
        b.Property(a => a.Notes).HasMaxLength(ScanDomainAssessment.TextMaxLength);
        b.Property(a => a.AdoptedOpportunities).HasMaxLength(1000).IsRequired();
        b.Property(a => a.PromisingReason).HasMaxLength(ScanDomainAssessment.ReasonMaxLength);
        b.HasIndex(a => new { a.OrganisationId, a.DomainCode }).IsUnique();
        b.Ignore(a => a.Domain);
        b.Ignore(a => a.Strategies);
        b.Ignore(a => a.Adopted);
        b.Ignore(a => a.HasContent);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
