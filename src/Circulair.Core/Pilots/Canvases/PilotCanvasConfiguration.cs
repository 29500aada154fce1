using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Pilots.Canvases;

/// <summary>The pilot canvas tables (Tools 9, 10, 11 and the shared versions), reached as db.PilotPersonas etc.</summary>
public static class PilotCanvasSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<PilotPersona> PilotPersonas => db.Set<PilotPersona>();
        public DbSet<PilotPersonaScale> PilotPersonaScales => db.Set<PilotPersonaScale>();
        public DbSet<PilotValueCanvas> PilotValueCanvases => db.Set<PilotValueCanvas>();
        public DbSet<PilotValueItem> PilotValueItems => db.Set<PilotValueItem>();
        public DbSet<PilotJourney> PilotJourneys => db.Set<PilotJourney>();
        public DbSet<PilotJourneyPhase> PilotJourneyPhases => db.Set<PilotJourneyPhase>();
        public DbSet<PilotCanvasVersion> PilotCanvasVersions => db.Set<PilotCanvasVersion>();
    }
}

internal sealed class PilotPersonaConfiguration : IEntityTypeConfiguration<PilotPersona>
{
    public void Configure(EntityTypeBuilder<PilotPersona> b)
    {
        b.ToTable("PilotPersonas");
        b.Property(p => p.Name).HasMaxLength(PilotPersona.NameMaxLength).IsRequired();
        foreach (var name in new[] { nameof(PilotPersona.Job), nameof(PilotPersona.AgeCategory), nameof(PilotPersona.Gender), nameof(PilotPersona.Household) })
        {
            b.Property<string?>(name).HasMaxLength(PilotPersona.ShortMaxLength);
        }
        foreach (var name in new[] { nameof(PilotPersona.Quote), nameof(PilotPersona.Brands), nameof(PilotPersona.Biography), nameof(PilotPersona.Motivation),
            nameof(PilotPersona.Frustrations), nameof(PilotPersona.ProblemWho), nameof(PilotPersona.ProblemGoal), nameof(PilotPersona.ProblemObstacle),
            nameof(PilotPersona.SolvesToday), nameof(PilotPersona.SolutionFrustration) })
        {
            b.Property<string?>(name).HasMaxLength(PilotPersona.TextMaxLength);
        }
        b.Property(p => p.PhotoFileKey).HasMaxLength(64);
        b.Property(p => p.PhotoContentType).HasMaxLength(PilotPersona.ContentTypeMaxLength);
        b.Property(p => p.PhotoAlt).HasMaxLength(PilotPersona.AltMaxLength);
        b.HasIndex(p => new { p.OrganisationId, p.PilotId });
        b.HasOne<Pilot>().WithMany().HasForeignKey(p => p.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Scales).WithOne(s => s.Persona).HasForeignKey(s => s.PersonaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Scales).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.HasPhoto);
    }
}

internal sealed class PilotPersonaScaleConfiguration : IEntityTypeConfiguration<PilotPersonaScale>
{
    public void Configure(EntityTypeBuilder<PilotPersonaScale> b)
    {
        b.ToTable("PilotPersonaScales");
        b.Property(s => s.LeftLabel).HasMaxLength(PilotPersonaScale.LabelMaxLength).IsRequired();
        b.Property(s => s.RightLabel).HasMaxLength(PilotPersonaScale.LabelMaxLength).IsRequired();
        b.HasIndex(s => s.OrganisationId);
        b.HasIndex(s => new { s.PersonaId, s.Key }).IsUnique();
    }
}

internal sealed class PilotValueCanvasConfiguration : IEntityTypeConfiguration<PilotValueCanvas>
{
    public void Configure(EntityTypeBuilder<PilotValueCanvas> b)
    {
        b.ToTable("PilotValueCanvases");
        b.Property(c => c.Segment).HasMaxLength(PilotValueCanvas.SegmentMaxLength);
        b.HasIndex(c => new { c.OrganisationId, c.PilotId });
        b.HasIndex(c => c.PilotId).IsUnique();
        b.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Items).WithOne(i => i.Canvas).HasForeignKey(i => i.CanvasId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PilotValueItemConfiguration : IEntityTypeConfiguration<PilotValueItem>
{
    public void Configure(EntityTypeBuilder<PilotValueItem> b)
    {
        b.ToTable("PilotValueItems");
        b.Property(i => i.Text).HasMaxLength(PilotValueItem.TextMaxLength).IsRequired();
        b.Property(i => i.RStrategy).HasMaxLength(4);
        b.Property(i => i.HigherStep).HasMaxLength(PilotValueItem.TextMaxLength);
        b.Property(i => i.Answers).HasMaxLength(PilotValueItem.AnswersMaxLength);
        b.HasIndex(i => i.OrganisationId);
        b.HasIndex(i => new { i.CanvasId, i.Key }).IsUnique();
        b.Ignore(i => i.AnswerKeys);
    }
}

internal sealed class PilotJourneyConfiguration : IEntityTypeConfiguration<PilotJourney>
{
    public void Configure(EntityTypeBuilder<PilotJourney> b)
    {
        b.ToTable("PilotJourneys");
        b.Property(j => j.Title).HasMaxLength(PilotJourney.TitleMaxLength).IsRequired();
        b.Property(j => j.Personas).HasMaxLength(PilotJourney.PersonasMaxLength);
        b.HasIndex(j => new { j.OrganisationId, j.PilotId });
        b.HasIndex(j => j.PilotId).IsUnique();
        b.HasOne<Pilot>().WithMany().HasForeignKey(j => j.PilotId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(j => j.Phases).WithOne(p => p.Journey).HasForeignKey(p => p.JourneyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(j => j.Phases).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(j => j.PersonaKeys);
        b.Ignore(j => j.PersonaRefs);
    }
}

internal sealed class PilotJourneyPhaseConfiguration : IEntityTypeConfiguration<PilotJourneyPhase>
{
    public void Configure(EntityTypeBuilder<PilotJourneyPhase> b)
    {
        b.ToTable("PilotJourneyPhases");
        b.Property(p => p.Name).HasMaxLength(PilotJourneyPhase.NameMaxLength).IsRequired();
        foreach (var name in new[] { nameof(PilotJourneyPhase.Goal), nameof(PilotJourneyPhase.Thoughts), nameof(PilotJourneyPhase.Channels),
            nameof(PilotJourneyPhase.Actions), nameof(PilotJourneyPhase.Experience) })
        {
            b.Property<string?>(name).HasMaxLength(PilotJourneyPhase.TextMaxLength);
        }
        b.HasIndex(p => p.OrganisationId);
        b.HasIndex(p => new { p.JourneyId, p.Key }).IsUnique();
    }
}

internal sealed class PilotCanvasVersionConfiguration : IEntityTypeConfiguration<PilotCanvasVersion>
{
    public void Configure(EntityTypeBuilder<PilotCanvasVersion> b)
    {
        b.ToTable("PilotCanvasVersions");
        b.Property(v => v.Kind).HasMaxLength(PilotCanvasVersion.KindMaxLength).IsRequired();
        b.Property(v => v.Label).HasMaxLength(PilotCanvasVersion.LabelMaxLength).IsRequired();
        b.Property(v => v.CreatedByName).HasMaxLength(200);
        b.Property(v => v.SnapshotJson).IsRequired();
        b.HasIndex(v => new { v.OrganisationId, v.PilotId, v.Kind, v.CanvasKey, v.Number }).IsUnique();
        b.HasOne<Pilot>().WithMany().HasForeignKey(v => v.PilotId).OnDelete(DeleteBehavior.Cascade);
    }
}
