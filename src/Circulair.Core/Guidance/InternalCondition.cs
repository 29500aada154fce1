using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Guidance;

/// <summary>The internal conditions a trajectory needs (guide, chapter 7): nothing in the data shows them, so the coordinator ticks them.</summary>
public enum ConditionKind
{
    /// <summary>A mandate: the college or management asked for the strategy and backs the coordinator.</summary>
    Mandaat = 1,

    /// <summary>Time: the coordinator and the core team have hours set aside for it.</summary>
    Tijd = 2,

    /// <summary>Budget: there are means for the trajectory and its first actions.</summary>
    Budget = 3,

    /// <summary>Culture: departments are willing to work across their boundaries.</summary>
    Cultuur = 4,
}

/// <summary>
/// One internal condition a coordinator ticked as in place for a trajectory, with an optional note. Unticking deletes
/// the row; both are in the audit trail.
/// </summary>
public sealed class InternalCondition : IOrganisationScoped
{
    public const int NoteMaxLength = 500;

    private InternalCondition() { }

    public InternalCondition(int organisationId, int trajectoryId, ConditionKind kind, string? note, int? userId, DateTime now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Help.Error.UnknownCondition");
        }
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        Kind = kind;
        TickedByUserId = userId;
        TickedAt = now;
        Describe(note);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public ConditionKind Kind { get; private set; }
    public string? Note { get; private set; }
    public int? TickedByUserId { get; private set; }
    public DateTime TickedAt { get; private set; }

    /// <summary>Sets the note; blank becomes none, over-long text is refused.</summary>
    public void Describe(string? note)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > NoteMaxLength })
        {
            throw new DomainException("Help.Error.NoteTooLong", NoteMaxLength);
        }
        Note = text;
    }
}

/// <summary>Reached as db.InternalConditions without adding to the shared DbContext file.</summary>
public static class ChecklistData
{
    extension(CirculairDbContext db)
    {
        public DbSet<InternalCondition> InternalConditions => db.Set<InternalCondition>();
    }
}

internal sealed class InternalConditionConfiguration : IEntityTypeConfiguration<InternalCondition>
{
    public void Configure(EntityTypeBuilder<InternalCondition> b)
    {
        b.ToTable("InternalConditions");
        b.Property(c => c.Note).HasMaxLength(InternalCondition.NoteMaxLength);
        b.HasIndex(c => new { c.TrajectoryId, c.Kind }).IsUnique();
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(c => c.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
