using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Budget;

/// <summary>The budget tables, reached as db.BbcEntries etc. without widening the DbContext class itself.</summary>
public static class BudgetSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<BbcEntry> BbcEntries => db.Set<BbcEntry>();
        public DbSet<BbcAmount> BbcAmounts => db.Set<BbcAmount>();
        public DbSet<ActionBbcLink> ActionBbcLinks => db.Set<ActionBbcLink>();
        public DbSet<ActionSpending> ActionSpendings => db.Set<ActionSpending>();
        public DbSet<FundingApplication> FundingApplications => db.Set<FundingApplication>();
    }
}

internal sealed class BbcEntryConfiguration : IEntityTypeConfiguration<BbcEntry>
{
    public void Configure(EntityTypeBuilder<BbcEntry> b)
    {
        b.ToTable("BbcEntries");
        b.Property(e => e.Code).HasMaxLength(BbcEntry.CodeMaxLength).IsRequired();
        b.Property(e => e.CodeKey).HasMaxLength(BbcEntry.CodeMaxLength).IsRequired();
        b.Property(e => e.Title).HasMaxLength(BbcEntry.TitleMaxLength).IsRequired();
        b.Property(e => e.ParentCode).HasMaxLength(BbcEntry.CodeMaxLength);
        b.HasIndex(e => new { e.OrganisationId, e.CodeKey }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Amounts).WithOne(a => a.Entry).HasForeignKey(a => a.BbcEntryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Amounts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BbcAmountConfiguration : IEntityTypeConfiguration<BbcAmount>
{
    public void Configure(EntityTypeBuilder<BbcAmount> b)
    {
        b.ToTable("BbcAmounts");
        b.Property(a => a.Amount).HasPrecision(14, 2);
        b.HasIndex(a => new { a.BbcEntryId, a.Year }).IsUnique();
        b.HasIndex(a => a.OrganisationId);
    }
}

internal sealed class ActionBbcLinkConfiguration : IEntityTypeConfiguration<ActionBbcLink>
{
    public void Configure(EntityTypeBuilder<ActionBbcLink> b)
    {
        b.ToTable("ActionBbcLinks");
        b.Property(l => l.Code).HasMaxLength(BbcEntry.CodeMaxLength).IsRequired();
        b.Property(l => l.CodeKey).HasMaxLength(BbcEntry.CodeMaxLength).IsRequired();
        b.HasIndex(l => l.PlannedActionId).IsUnique();
        b.HasIndex(l => new { l.OrganisationId, l.CodeKey });
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(l => l.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionSpendingConfiguration : IEntityTypeConfiguration<ActionSpending>
{
    public void Configure(EntityTypeBuilder<ActionSpending> b)
    {
        b.ToTable("ActionSpendings");
        b.Property(s => s.Committed).HasPrecision(14, 2);
        b.Property(s => s.Spent).HasPrecision(14, 2);
        b.HasIndex(s => new { s.PlannedActionId, s.Year }).IsUnique();
        b.HasIndex(s => s.OrganisationId);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(s => s.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(s => s.IsEmpty);
    }
}

internal sealed class FundingApplicationConfiguration : IEntityTypeConfiguration<FundingApplication>
{
    public void Configure(EntityTypeBuilder<FundingApplication> b)
    {
        b.ToTable("FundingApplications");
        b.Property(f => f.Programme).HasMaxLength(FundingApplication.ProgrammeMaxLength).IsRequired();
        b.Property(f => f.Call).HasMaxLength(FundingApplication.CallMaxLength);
        b.Property(f => f.Note).HasMaxLength(FundingApplication.NoteMaxLength);
        b.Property(f => f.SourceCallKey).HasMaxLength(FundingApplication.SourceCallKeyMaxLength);
        b.Property(f => f.Requested).HasPrecision(14, 2);
        b.Property(f => f.Granted).HasPrecision(14, 2);
        b.HasIndex(f => new { f.OrganisationId, f.PlannedActionId });
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(f => f.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
