using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Governance;
using Circulair.Guidance;
using Circulair.HealthCheck;
using Circulair.Initiatives;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Pilots.Canvases;
using Circulair.Prioritisation;
using Circulair.Publishing;
using Circulair.Regions;
using Circulair.Scan;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Tokens;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Workshops;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// What an organisation archive holds (decision 0320), written out by hand on purpose: the mapping of each table is
/// read from the EF model, but which tables go in, which id-like columns point where without a foreign key, and which
/// columns name a stored file are choices a person makes. <c>ArchiveCatalogueTests</c> compares this list with the
/// model and fails when a new entity with an organisation reference, or a new id-like column, is not named here, so
/// the archive cannot silently fall behind the model.
/// </summary>
public static class ArchiveCatalogue
{
    /// <summary>The archive format; raised when an archive written by this version could not be read by an older one.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Every table of one organisation's content. Each has an <c>OrganisationId</c> column (the organisation itself:
    /// its <c>Id</c>), which is how the export selects its rows.
    /// </summary>
    public static readonly IReadOnlyList<Type> Included =
    [
        typeof(Organisation),
        typeof(StrategyTrajectory), typeof(TrajectorySession), typeof(SessionParticipant), typeof(SkippedStep), typeof(InternalCondition),
        typeof(CustomStakeholderGroup), typeof(Stakeholder), typeof(StakeholderAssessment),
        typeof(Initiative), typeof(InitiativePartner),
        typeof(VisionCanvas), typeof(VisionNote), typeof(VisionPolicyReference), typeof(VisionVersion),
        typeof(AmoreRound), typeof(AmoreInvitation), typeof(AmoreRating),
        typeof(ScanDataset), typeof(ScanImport), typeof(ScanDatasetYear), typeof(ScanDatasetCategory), typeof(ScanObservation),
        typeof(ScanProfile), typeof(ScanPopulation), typeof(ScanCategoryMapping), typeof(ScanDomainMapping),
        typeof(ScanSourceMapping), typeof(ScanDomainAssessment),
        typeof(Workshop), typeof(WorkshopActivity), typeof(WorkshopParticipant), typeof(WorkshopItem), typeof(WorkshopIdea),
        typeof(WorkshopResponse),
        typeof(StrategyDomain), typeof(DomainSupportEvidence), typeof(StrategyGoal), typeof(ActionLine), typeof(PlannedAction),
        typeof(ActionStep), typeof(ActionMilestone), typeof(ActionPartner), typeof(ActionRisk), typeof(ActionBudgetYear),
        typeof(StrategyIdea), typeof(IdeaVoteTally), typeof(ActionRating),
        typeof(FollowUpSettings), typeof(ActionStatusSetting), typeof(PoliticalDecision), typeof(AdoptedVersion), typeof(StrategyVersion),
        typeof(PublicSite),
        typeof(OwnerContact), typeof(OwnerLink), typeof(OwnerMailing), typeof(ProgressUpdate),
        typeof(BbcEntry), typeof(BbcAmount), typeof(ActionBbcLink), typeof(ActionSpending), typeof(FundingApplication),
        typeof(GovernancePlatform), typeof(PlatformMember), typeof(PlatformMeeting), typeof(MeetingDecision), typeof(CoordinationRole),
        typeof(Indicator), typeof(IndicatorTarget), typeof(IndicatorGoalLink), typeof(IndicatorActionLink), typeof(Measurement),
        typeof(RegionIndicatorDefinition), typeof(RegionTemplate),
        typeof(HealthCheckRound), typeof(HealthCheckInvitation), typeof(HealthCheckRating), typeof(HealthCheckScore),
        typeof(Pilot), typeof(PilotAction), typeof(PilotPartner), typeof(PilotRolePeriod), typeof(PilotStepMove), typeof(PilotTestCard),
        typeof(PilotPersona), typeof(PilotPersonaScale), typeof(PilotJourney), typeof(PilotJourneyPhase), typeof(PilotValueCanvas), typeof(PilotValueItem),
        typeof(PilotCanvasVersion),
        typeof(PilotBusinessModel), typeof(PilotLegacyCanvas), typeof(PilotImprovement), typeof(PilotCommunication),
        typeof(AuditEntry),
    ];

    /// <summary>Tables that refer to an organisation but stay behind, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<Type, string> Excluded = new Dictionary<Type, string>
    {
        [typeof(Membership)] = "Accounts belong to an installation, not to an organisation; the person who imports becomes Beheerder and invites the others again.",
        [typeof(Invitation)] = "Open invitations are one-time secrets for this installation's accounts.",
        [typeof(PersonalAccessToken)] = "API tokens are secrets of one person's account on this installation; they make new ones on the new host.",
        // Decision 0350: a region link joins two organisations, and an archive carries one. The other side may not exist
        // where the archive goes, and neither side may bind the other by importing: the region invites again and the
        // member opts in again. Adopted indicators keep their region key as plain text, so they match once it does.
        [typeof(RegionMembership)] = "A region membership belongs to two organisations; the region invites again after a move, and the member accepts again.",
        [typeof(RegionShare)] = "A member's opt-in is part of a region membership, which stays behind; the member opts in again after the region invites it.",
        // Decision 0375: a member's "no" to a region template names the region's row; after a move the member answers again.
        [typeof(RegionTemplateDecline)] = "A member's answer to a template of its region refers to the region's row, which stays behind; the member answers again after a move.",
        [typeof(SheetImportDraft)] = "A half-finished upload of one person's session, thrown away after a day.",
        [typeof(Circulair.Library.Sharing.SharedLibraryItem)] = "Published to this installation's shared library, which other organisations read and clone from; a move to another installation publishes nothing there (decision 0281).",
    };

    /// <summary>
    /// Columns that hold another row's id without a foreign key in the model (e.g. denormalised organisation ids, scan
    /// figures that have no foreign key for speed, decision 0164). The import rewrites them like foreign keys.
    /// </summary>
    public static readonly IReadOnlyDictionary<(Type Entity, string Column), Type> ImplicitReferences = BuildImplicit();

    /// <summary>Columns naming an account by id without a foreign key; mapped by e-mail address like the foreign keys to accounts.</summary>
    public static readonly IReadOnlySet<(Type Entity, string Column)> ImplicitUserReferences = new HashSet<(Type, string)>
    {
        (typeof(SkippedStep), "SkippedByUserId"),
        (typeof(InternalCondition), "TickedByUserId"),
        (typeof(VisionVersion), "SavedByUserId"),
        (typeof(ScanImport), "UserId"),
        (typeof(AuditEntry), "UserId"),
        (typeof(PilotCanvasVersion), "CreatedByUserId"),
    };

    /// <summary>Id-like columns that are not references at all (a change group, an entity id stored as text).</summary>
    public static readonly IReadOnlySet<(Type Entity, string Column)> NotReferences = new HashSet<(Type, string)>
    {
        (typeof(AuditEntry), "ChangeId"),
        // Rewritten by AuditEntityIds: the id of the row the entry is about, as text, of the type named in EntityType.
        (typeof(AuditEntry), "EntityId"),
        // Lineage to an item of this installation's shared library (decision 0281): kept as written, like a case key.
        (typeof(PlannedAction), "SourceLibraryItemId"),
        (typeof(StrategyIdea), "SourceLibraryItemId"),
        (typeof(Pilot), "SourceLibraryItemId"),
        (typeof(Indicator), "SourceLibraryItemId"),
    };

    /// <summary>Columns holding an <c>IFileStore</c> key: the file goes into the archive and gets a new key on import.</summary>
    public static readonly IReadOnlySet<(Type Entity, string Column)> FileColumns = new HashSet<(Type, string)>
    {
        (typeof(ProgressUpdate), "EvidenceFileKey"),
        (typeof(PilotPersona), "PhotoFileKey"),
    };

    /// <summary>
    /// Columns unique over the whole installation (not per organisation). Secrets are never carried over: a token hash
    /// gets a fresh random value, so links sent from the old installation stop working; a workshop code is kept when it
    /// is free in the target and replaced when it is not.
    /// </summary>
    public static readonly IReadOnlyDictionary<(Type Entity, string Column), InstanceUniqueRule> InstanceUnique = new Dictionary<(Type, string), InstanceUniqueRule>
    {
        [(typeof(Organisation), "Slug")] = InstanceUniqueRule.ChosenOnImport,
        [(typeof(OwnerLink), "TokenHash")] = InstanceUniqueRule.NewSecret,
        [(typeof(HealthCheckInvitation), "TokenHash")] = InstanceUniqueRule.NewSecret,
        [(typeof(AmoreInvitation), "TokenHash")] = InstanceUniqueRule.NewSecret,
        [(typeof(Workshop), "Code")] = InstanceUniqueRule.NewWorkshopCodeWhenTaken,
    };

    private static Dictionary<(Type, string), Type> BuildImplicit()
    {
        var map = new Dictionary<(Type, string), Type>();
        foreach (var type in Included.Where(t => t != typeof(Organisation)))
        {
            map[(type, "OrganisationId")] = typeof(Organisation);
        }
        foreach (var type in new[] { typeof(ActionLine), typeof(StrategyGoal), typeof(ProgressUpdate), typeof(AmoreRound), typeof(VisionVersion) })
        {
            map[(type, "TrajectoryId")] = typeof(StrategyTrajectory);
        }
        map[(typeof(ScanObservation), "ScanDatasetId")] = typeof(ScanDataset);
        map[(typeof(ScanDatasetYear), "ScanImportId")] = typeof(ScanImport);
        foreach (var column in new[] { "AddedValueDatasetId", "Co2DatasetId", "EmploymentDatasetId", "WasteDatasetId" })
        {
            map[(typeof(ScanProfile), column)] = typeof(ScanDataset);
        }
        map[(typeof(OwnerContact), "StakeholderId")] = typeof(Stakeholder);
        map[(typeof(AmoreInvitation), "StakeholderId")] = typeof(Stakeholder);
        map[(typeof(WorkshopActivity), "AmoreRoundId")] = typeof(AmoreRound);
        map[(typeof(WorkshopIdea), "BuildsOnIdeaId")] = typeof(WorkshopIdea);
        map[(typeof(WorkshopIdea), "WorkshopId")] = typeof(Workshop);
        map[(typeof(WorkshopItem), "HostParticipantId")] = typeof(WorkshopParticipant);
        map[(typeof(WorkshopResponse), "WorkshopId")] = typeof(Workshop);
        return map;
    }

    /// <summary>Tables the archive treats as accounts: references to them are mapped by e-mail address.</summary>
    public static bool IsAccount(Type type) => type == typeof(AppUser);
}

public enum InstanceUniqueRule
{
    /// <summary>The organisation's slug: chosen by the person who imports (the archive's slug when it is free).</summary>
    ChosenOnImport,
    NewSecret,
    NewWorkshopCodeWhenTaken,
}
