using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Guidance;

/// <summary>
/// A next step a coordinator chose to pass over for one trajectory, with the reason (e.g. "the scan was done by the
/// province, we use its report"). The rules then suggest the step after it. Showing the step again deletes the row;
/// both are in the audit trail.
/// </summary>
public sealed class SkippedStep : IOrganisationScoped
{
    public const int ReasonMaxLength = 1000;
    public const int NameMaxLength = 200;

    private SkippedStep()
    {
        StepKey = "";
        Reason = "";
    }

    public SkippedStep(int organisationId, int trajectoryId, string stepKey, string reason, int? userId, string? userName, DateTime now)
    {
        if (!NextStepRules.IsKnown(stepKey))
        {
            throw new DomainException("Guidance.Error.UnknownStep");
        }
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainException("Guidance.Error.ReasonRequired");
        }
        if (text.Length > ReasonMaxLength)
        {
            throw new DomainException("Guidance.Error.ReasonTooLong", ReasonMaxLength);
        }
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        StepKey = stepKey;
        Reason = text;
        SkippedByUserId = userId;
        SkippedByName = userName is { Length: > NameMaxLength } ? userName[..NameMaxLength] : userName;
        SkippedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }

    /// <summary>A key of <see cref="NextStepRules"/>; unique per trajectory.</summary>
    public string StepKey { get; private set; }

    public string Reason { get; private set; }
    public int? SkippedByUserId { get; private set; }
    [PersonalData]
    public string? SkippedByName { get; private set; }
    public DateTime SkippedAt { get; private set; }
}

/// <summary>The guidance tables, reached as db.SkippedSteps without adding to the shared DbContext file.</summary>
public static class GuidanceData
{
    extension(CirculairDbContext db)
    {
        public DbSet<SkippedStep> SkippedSteps => db.Set<SkippedStep>();
    }
}

internal sealed class SkippedStepConfiguration : IEntityTypeConfiguration<SkippedStep>
{
    public void Configure(EntityTypeBuilder<SkippedStep> b)
    {
        b.ToTable("SkippedSteps");
        b.Property(s => s.StepKey).HasMaxLength(NextStepRules.KeyMaxLength).IsRequired();
        b.Property(s => s.Reason).HasMaxLength(SkippedStep.ReasonMaxLength).IsRequired();
        b.Property(s => s.SkippedByName).HasMaxLength(SkippedStep.NameMaxLength);
        b.HasIndex(s => new { s.TrajectoryId, s.StepKey }).IsUnique();
        b.HasIndex(s => s.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(s => s.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
