using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Stakeholders;
using Circulair.Trajectory;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Strategy;

/// <summary>The strategy's tables, reached as db.StrategyGoals etc. without widening the DbContext class itself.</summary>
public static class StrategySets
{
    extension(CirculairDbContext db)
    {
        public DbSet<StrategyDomain> StrategyDomains => db.Set<StrategyDomain>();
        public DbSet<StrategyGoal> StrategyGoals => db.Set<StrategyGoal>();
        public DbSet<ActionLine> ActionLines => db.Set<ActionLine>();
        public DbSet<PlannedAction> PlannedActions => db.Set<PlannedAction>();
        public DbSet<ActionPartner> ActionPartners => db.Set<ActionPartner>();
        public DbSet<ActionMilestone> ActionMilestones => db.Set<ActionMilestone>();
        public DbSet<ActionStep> ActionSteps => db.Set<ActionStep>();
        public DbSet<ActionRisk> ActionRisks => db.Set<ActionRisk>();
        public DbSet<ActionBudgetYear> ActionBudgetYears => db.Set<ActionBudgetYear>();
        public DbSet<ActionRating> ActionRatings => db.Set<ActionRating>();
        public DbSet<StrategyIdea> StrategyIdeas => db.Set<StrategyIdea>();
        public DbSet<IdeaVoteTally> IdeaVoteTallies => db.Set<IdeaVoteTally>();
        public DbSet<DomainSupportEvidence> DomainSupportEvidence => db.Set<DomainSupportEvidence>();
    }
}

internal sealed class StrategyDomainConfiguration : IEntityTypeConfiguration<StrategyDomain>
{
    public void Configure(EntityTypeBuilder<StrategyDomain> b)
    {
        b.ToTable("StrategyDomains");
        b.Property(d => d.DomainCode).HasMaxLength(40).IsRequired();
        b.Property(d => d.Reason).HasMaxLength(StrategyDomain.ReasonMaxLength);
        b.Property(d => d.SupportSource).HasMaxLength(StrategyDomain.SupportSourceMaxLength);
        b.HasIndex(d => new { d.TrajectoryId, d.DomainCode }).IsUnique();
        b.HasIndex(d => d.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(d => d.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(d => d.Domain);
        b.Ignore(d => d.IsRetained);
        b.Ignore(d => d.IsDropped);
    }
}

internal sealed class StrategyGoalConfiguration : IEntityTypeConfiguration<StrategyGoal>
{
    public void Configure(EntityTypeBuilder<StrategyGoal> b)
    {
        b.ToTable("StrategyGoals");
        b.Property(g => g.Statement).HasMaxLength(StrategyGoal.StatementMaxLength).IsRequired();
        b.Property(g => g.Indicator).HasMaxLength(StrategyGoal.IndicatorMaxLength);
        b.Property(g => g.Unit).HasMaxLength(StrategyGoal.UnitMaxLength);
        b.Property(g => g.Owner).HasMaxLength(StrategyGoal.OwnerMaxLength);
        b.Property(g => g.RealismNote).HasMaxLength(StrategyGoal.RealismMaxLength);
        b.HasIndex(g => new { g.OrganisationId, g.TrajectoryId });
        b.HasOne(g => g.Domain).WithMany().HasForeignKey(g => g.StrategyDomainId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.Lines).WithOne(l => l.Goal).HasForeignKey(l => l.StrategyGoalId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(g => g.Details);
    }
}

internal sealed class ActionLineConfiguration : IEntityTypeConfiguration<ActionLine>
{
    public void Configure(EntityTypeBuilder<ActionLine> b)
    {
        b.ToTable("ActionLines");
        b.Property(l => l.Title).HasMaxLength(ActionLine.TitleMaxLength).IsRequired();
        b.Property(l => l.Description).HasMaxLength(ActionLine.DescriptionMaxLength);
        b.HasIndex(l => new { l.OrganisationId, l.TrajectoryId });
    }
}

internal sealed class PlannedActionConfiguration : IEntityTypeConfiguration<PlannedAction>
{
    public void Configure(EntityTypeBuilder<PlannedAction> b)
    {
        b.ToTable("PlannedActions");
        b.Property(a => a.Number).HasMaxLength(ActionNumbering.MaxLength).IsRequired();
        b.Property(a => a.NumberKey).HasMaxLength(ActionNumbering.MaxLength).IsRequired();
        b.Property(a => a.Title).HasMaxLength(PlannedAction.TitleMaxLength).IsRequired();
        b.Property(a => a.Neighbours).HasMaxLength(PlannedAction.NeighboursMaxLength);
        b.Property(a => a.Indicator).HasMaxLength(PlannedAction.IndicatorMaxLength);
        b.Property(a => a.Description).HasMaxLength(PlannedAction.SheetTextMaxLength);
        b.Property(a => a.DesiredResults).HasMaxLength(PlannedAction.SheetTextMaxLength);
        b.Property(a => a.FirstSteps).HasMaxLength(PlannedAction.SheetTextMaxLength);
        b.Property(a => a.PreconditionsTechnical).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.PreconditionsLegal).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.PreconditionsSpatial).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.PreconditionsOrganisational).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.BusinessCase).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.Funding).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.Communication).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.Monitoring).HasMaxLength(PlannedAction.PreconditionMaxLength);
        b.Property(a => a.SourceCaseKey).HasMaxLength(StrategyIdea.CaseKeyMaxLength);
        b.Property(a => a.RStrategyCode).HasMaxLength(3);
        b.Property(a => a.RegionKey).HasMaxLength(Regions.RegionTemplate.KeyMaxLength);
        b.HasIndex(a => new { a.OrganisationId, a.RegionKey }).IsUnique();
        b.Property(a => a.SubdomainCode).HasMaxLength(60);
        // The table and the matrix filter a trajectory's actions; numbers are unique per strategy.
        b.HasIndex(a => new { a.OrganisationId, a.TrajectoryId });
        b.HasIndex(a => new { a.TrajectoryId, a.NumberKey }).IsUnique();
        b.HasIndex(a => a.ActionLineId);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(a => a.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Line).WithMany().HasForeignKey(a => a.ActionLineId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(a => a.OwnerStakeholderId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(a => a.Partners).WithOne(p => p.Action).HasForeignKey(p => p.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Milestones).WithOne(m => m.Action).HasForeignKey(m => m.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Steps).WithOne(s => s.Action).HasForeignKey(s => s.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Risks).WithOne(r => r.Action).HasForeignKey(r => r.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Budget).WithOne(y => y.Action).HasForeignKey(y => y.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Ratings).WithOne(r => r.Action).HasForeignKey(r => r.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        foreach (var name in new[] { nameof(PlannedAction.Partners), nameof(PlannedAction.Milestones), nameof(PlannedAction.Steps), nameof(PlannedAction.Risks), nameof(PlannedAction.Budget), nameof(PlannedAction.Ratings) })
        {
            b.Navigation(name).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
        b.Ignore(a => a.Owner);
        b.Ignore(a => a.Quadrant);
        b.Ignore(a => a.WithNeighbours);
        b.Ignore(a => a.Details);
        b.Ignore(a => a.Sheet);
        b.Ignore(a => a.Execution);
        b.Ignore(a => a.ImpactSummary);
        b.Ignore(a => a.EffortSummary);
    }
}

internal sealed class ActionPartnerConfiguration : IEntityTypeConfiguration<ActionPartner>
{
    public void Configure(EntityTypeBuilder<ActionPartner> b)
    {
        b.ToTable("ActionPartners");
        b.Property(p => p.Role).HasMaxLength(ActionPartner.RoleMaxLength);
        b.HasIndex(p => new { p.PlannedActionId, p.StakeholderId }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionMilestoneConfiguration : IEntityTypeConfiguration<ActionMilestone>
{
    public void Configure(EntityTypeBuilder<ActionMilestone> b)
    {
        b.ToTable("ActionMilestones");
        b.Property(m => m.Description).HasMaxLength(ActionMilestone.DescriptionMaxLength).IsRequired();
        b.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class ActionStepConfiguration : IEntityTypeConfiguration<ActionStep>
{
    public void Configure(EntityTypeBuilder<ActionStep> b)
    {
        b.ToTable("ActionSteps");
        b.Property(s => s.Step).HasMaxLength(ActionStep.StepMaxLength).IsRequired();
        b.Property(s => s.Resources).HasMaxLength(ActionStep.ResourcesMaxLength);
        b.HasIndex(s => s.OrganisationId);
    }
}

internal sealed class ActionRiskConfiguration : IEntityTypeConfiguration<ActionRisk>
{
    public void Configure(EntityTypeBuilder<ActionRisk> b)
    {
        b.ToTable("ActionRisks");
        b.Property(r => r.Description).HasMaxLength(ActionRisk.TextMaxLength).IsRequired();
        b.Property(r => r.Mitigation).HasMaxLength(ActionRisk.TextMaxLength);
        b.HasIndex(r => r.OrganisationId);
    }
}

internal sealed class ActionBudgetYearConfiguration : IEntityTypeConfiguration<ActionBudgetYear>
{
    public void Configure(EntityTypeBuilder<ActionBudgetYear> b)
    {
        b.ToTable("ActionBudgetYears");
        b.Property(y => y.Euros).HasPrecision(14, 2);
        b.HasIndex(y => new { y.PlannedActionId, y.Year }).IsUnique();
        b.HasIndex(y => y.OrganisationId);
    }
}

internal sealed class ActionRatingConfiguration : IEntityTypeConfiguration<ActionRating>
{
    public void Configure(EntityTypeBuilder<ActionRating> b)
    {
        b.ToTable("ActionRatings");
        b.Property(r => r.RaterKey).HasMaxLength(Vision.RaterKey.MaxLength).IsRequired();
        b.Property(r => r.RaterName).HasMaxLength(ActionRating.NameMaxLength).IsRequired();
        b.HasIndex(r => new { r.PlannedActionId, r.RaterKey }).IsUnique();
        b.HasIndex(r => r.OrganisationId);
    }
}

internal sealed class StrategyIdeaConfiguration : IEntityTypeConfiguration<StrategyIdea>
{
    public void Configure(EntityTypeBuilder<StrategyIdea> b)
    {
        b.ToTable("StrategyIdeas");
        b.Property(i => i.Title).HasMaxLength(StrategyIdea.TitleMaxLength).IsRequired();
        b.Property(i => i.Description).HasMaxLength(StrategyIdea.DescriptionMaxLength);
        b.Property(i => i.TechniqueName).HasMaxLength(StrategyIdea.TechniqueNameMaxLength);
        b.Property(i => i.ContributedBy).HasMaxLength(StrategyIdea.ContributorMaxLength);
        b.Property(i => i.SourceCaseKey).HasMaxLength(StrategyIdea.CaseKeyMaxLength);
        b.HasIndex(i => new { i.OrganisationId, i.TrajectoryId });
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(i => i.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyDomain>().WithMany().HasForeignKey(i => i.StrategyDomainId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StrategyGoal>().WithMany().HasForeignKey(i => i.StrategyGoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StrategyIdea>().WithMany().HasForeignKey(i => i.BuildsOnIdeaId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StrategyIdea>().WithMany().HasForeignKey(i => i.MergedIntoIdeaId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(i => i.PromotedAction).WithMany().HasForeignKey(i => i.PromotedActionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Workshop>().WithMany().HasForeignKey(i => i.WorkshopId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<WorkshopIdea>().WithMany().HasForeignKey(i => i.WorkshopIdeaId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => new { i.TrajectoryId, i.WorkshopIdeaId }).IsUnique();
        b.HasMany(i => i.Tallies).WithOne(t => t.Idea).HasForeignKey(t => t.StrategyIdeaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(nameof(StrategyIdea.Tallies)).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.IsPromoted);
        b.Ignore(i => i.FromWorkshop);
        b.Ignore(i => i.VotesOutsideWorkshops);
        b.Ignore(i => i.IsOfferedForVoting);
    }
}

internal sealed class IdeaVoteTallyConfiguration : IEntityTypeConfiguration<IdeaVoteTally>
{
    public void Configure(EntityTypeBuilder<IdeaVoteTally> b)
    {
        b.ToTable("IdeaVoteTallies");
        b.HasIndex(t => new { t.StrategyIdeaId, t.WorkshopActivityId }).IsUnique();
        b.HasIndex(t => t.OrganisationId);
        b.HasIndex(t => t.WorkshopActivityId);
        b.HasOne<WorkshopActivity>().WithMany().HasForeignKey(t => t.WorkshopActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DomainSupportEvidenceConfiguration : IEntityTypeConfiguration<DomainSupportEvidence>
{
    public void Configure(EntityTypeBuilder<DomainSupportEvidence> b)
    {
        b.ToTable("DomainSupportEvidence");
        b.HasIndex(e => new { e.StrategyDomainId, e.WorkshopActivityId }).IsUnique();
        b.HasIndex(e => e.OrganisationId);
        b.HasIndex(e => e.WorkshopActivityId);
        b.HasOne(e => e.Domain).WithMany().HasForeignKey(e => e.StrategyDomainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkshopActivity>().WithMany().HasForeignKey(e => e.WorkshopActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(e => e.IsAdopted);
    }
}
