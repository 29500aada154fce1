using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Pilots;

/// <summary>The pilot tables, reached as db.Pilots etc. without widening the DbContext class itself.</summary>
public static class PilotSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<Pilot> Pilots => db.Set<Pilot>();
        public DbSet<PilotStepMove> PilotStepMoves => db.Set<PilotStepMove>();
        public DbSet<PilotRolePeriod> PilotRolePeriods => db.Set<PilotRolePeriod>();
        public DbSet<PilotPartner> PilotPartners => db.Set<PilotPartner>();
        public DbSet<PilotAction> PilotActions => db.Set<PilotAction>();
        public DbSet<PilotTestCard> PilotTestCards => db.Set<PilotTestCard>();
        public DbSet<PilotBusinessModel> PilotBusinessModels => db.Set<PilotBusinessModel>();
        public DbSet<PilotLegacyCanvas> PilotLegacyCanvases => db.Set<PilotLegacyCanvas>();
        public DbSet<PilotImprovement> PilotImprovements => db.Set<PilotImprovement>();
        public DbSet<PilotCommunication> PilotCommunications => db.Set<PilotCommunication>();
    }
}

internal sealed class PilotConfiguration : IEntityTypeConfiguration<Pilot>
{
    public void Configure(EntityTypeBuilder<Pilot> b)
    {
        b.ToTable("Pilots");
        b.Property(p => p.Name).HasMaxLength(Pilot.NameMaxLength).IsRequired();
        b.Property(p => p.Description).HasMaxLength(Pilot.TextMaxLength);
        b.Property(p => p.TypicalPartners).HasMaxLength(Pilot.TextMaxLength);
        b.Property(p => p.PersonaSketch).HasMaxLength(Pilot.TextMaxLength);
        b.Property(p => p.ValueSketch).HasMaxLength(Pilot.TextMaxLength);
        b.Property(p => p.ProgressDefinition).HasMaxLength(Pilot.TextMaxLength);
        b.Property(p => p.RStrategyCode).HasMaxLength(3);
        b.Property(p => p.RegionKey).HasMaxLength(Regions.RegionTemplate.KeyMaxLength);
        b.HasIndex(p => new { p.OrganisationId, p.RegionKey }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Moves).WithOne(m => m.Pilot).HasForeignKey(m => m.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.RolePeriods).WithOne(r => r.Pilot).HasForeignKey(r => r.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Partners).WithOne(r => r.Pilot).HasForeignKey(r => r.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Actions).WithOne(r => r.Pilot).HasForeignKey(r => r.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Moves).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.RolePeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.Details);
        b.Ignore(p => p.PossibleMoves);
    }
}

internal sealed class PilotStepMoveConfiguration : IEntityTypeConfiguration<PilotStepMove>
{
    public void Configure(EntityTypeBuilder<PilotStepMove> b)
    {
        b.ToTable("PilotStepMoves");
        b.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class PilotRolePeriodConfiguration : IEntityTypeConfiguration<PilotRolePeriod>
{
    public void Configure(EntityTypeBuilder<PilotRolePeriod> b)
    {
        b.ToTable("PilotRolePeriods");
        b.Property(r => r.Note).HasMaxLength(PilotRolePeriod.NoteMaxLength);
        b.HasIndex(r => r.OrganisationId);
    }
}

internal sealed class PilotPartnerConfiguration : IEntityTypeConfiguration<PilotPartner>
{
    public void Configure(EntityTypeBuilder<PilotPartner> b)
    {
        b.ToTable("PilotPartners");
        b.HasIndex(p => new { p.PilotId, p.StakeholderId }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PilotActionConfiguration : IEntityTypeConfiguration<PilotAction>
{
    public void Configure(EntityTypeBuilder<PilotAction> b)
    {
        b.ToTable("PilotActions");
        b.HasIndex(a => new { a.PilotId, a.PlannedActionId }).IsUnique();
        b.HasIndex(a => a.OrganisationId);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(a => a.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PilotTestCardConfiguration : IEntityTypeConfiguration<PilotTestCard>
{
    public void Configure(EntityTypeBuilder<PilotTestCard> b)
    {
        b.ToTable("PilotTestCards");
        b.Property(c => c.Name).HasMaxLength(PilotTestCard.NameMaxLength).IsRequired();
        b.Property(c => c.Owner).HasMaxLength(PilotTestCard.NameMaxLength);
        b.Property(c => c.Duration).HasMaxLength(PilotTestCard.ShortMaxLength);
        b.Property(c => c.Hypothesis).HasMaxLength(PilotTestCard.TextMaxLength).IsRequired();
        b.Property(c => c.Test).HasMaxLength(PilotTestCard.TextMaxLength);
        b.Property(c => c.Metric).HasMaxLength(PilotTestCard.TextMaxLength);
        b.Property(c => c.Criterion).HasMaxLength(PilotTestCard.TextMaxLength);
        b.Property(c => c.Learning).HasMaxLength(PilotTestCard.TextMaxLength);
        b.HasIndex(c => new { c.OrganisationId, c.PilotId });
        b.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Details);
        b.Ignore(c => c.HasCriterion);
        b.Ignore(c => c.CriterionOpen);
        b.Ignore(c => c.NextStep);
    }
}

internal sealed class PilotBusinessModelConfiguration : IEntityTypeConfiguration<PilotBusinessModel>
{
    public void Configure(EntityTypeBuilder<PilotBusinessModel> b)
    {
        b.ToTable("PilotBusinessModels");
        foreach (var block in new[] { "ValueProposition", "UserSegments", "Channels", "UserRelationship", "KeyActivities", "Resources", "KeyPartners", "RevenueStreams", "CostStructure" })
        {
            b.Property<string?>(block).HasMaxLength(PilotBusinessModel.BlockMaxLength);
        }
        b.HasIndex(c => c.PilotId).IsUnique();
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Snapshot);
    }
}

internal sealed class PilotLegacyCanvasConfiguration : IEntityTypeConfiguration<PilotLegacyCanvas>
{
    public void Configure(EntityTypeBuilder<PilotLegacyCanvas> b)
    {
        b.ToTable("PilotLegacyCanvases");
        foreach (var field in new[] { "Statement", "Constraints", "ScaleUp", "ScaleDeep", "ScaleOut", "ScaleDown" })
        {
            b.Property<string?>(field).HasMaxLength(PilotLegacyCanvas.TextMaxLength);
        }
        b.HasIndex(c => c.PilotId).IsUnique();
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Snapshot);
    }
}

internal sealed class PilotImprovementConfiguration : IEntityTypeConfiguration<PilotImprovement>
{
    public void Configure(EntityTypeBuilder<PilotImprovement> b)
    {
        b.ToTable("PilotImprovements");
        b.Property(i => i.Title).HasMaxLength(PilotImprovement.TitleMaxLength).IsRequired();
        b.Property(i => i.Owner).HasMaxLength(PilotImprovement.TitleMaxLength);
        b.Property(i => i.Note).HasMaxLength(PilotImprovement.TextMaxLength);
        b.HasIndex(i => new { i.OrganisationId, i.PilotId });
        b.HasOne<Pilot>().WithMany().HasForeignKey(i => i.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(i => i.Details);
    }
}

internal sealed class PilotCommunicationConfiguration : IEntityTypeConfiguration<PilotCommunication>
{
    public void Configure(EntityTypeBuilder<PilotCommunication> b)
    {
        b.ToTable("PilotCommunications");
        b.Property(c => c.Message).HasMaxLength(PilotCommunication.TextMaxLength);
        b.Property(c => c.Objectives).HasMaxLength(PilotCommunication.TextMaxLength);
        b.Property(c => c.Channels).HasMaxLength(PilotCommunication.TextMaxLength);
        b.Property(c => c.Products).HasMaxLength(PilotCommunication.TextMaxLength);
        b.Property(c => c.Responsible).HasMaxLength(PilotCommunication.ShortMaxLength);
        b.HasIndex(c => new { c.PilotId, c.Number }).IsUnique();
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(c => c.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Details);
    }
}
