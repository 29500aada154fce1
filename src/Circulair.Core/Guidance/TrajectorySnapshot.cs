namespace Circulair.Guidance;

/// <summary>
/// What the next-step rules need to know about one trajectory and its organisation, as counts and flags. It is a
/// plain value: the host fills it from one small set of queries, the rules (<see cref="NextStepRules"/>) read it
/// without any I/O. The stakeholders and the scan belong to the organisation, so every trajectory of an organisation
/// sees the same counts for them; the rest belongs to the trajectory.
/// </summary>
public sealed record TrajectorySnapshot
{
    /// <summary>The trajectory's core team has a preparatory session with a date, or one that was held (minutes or decisions).</summary>
    public bool CoreTeamSessionPlanned { get; init; }

    /// <summary>The preparatory session that exists but still needs a date, for the link; null when there is none.</summary>
    public int? CoreTeamSessionId { get; init; }

    public int Stakeholders { get; init; }

    /// <summary>Stakeholders without power or without interest.</summary>
    public int UnratedStakeholders { get; init; }

    /// <summary>The trajectory's vision canvas has a vision statement.</summary>
    public bool HasVisionStatement { get; init; }

    public int AmoreRounds { get; init; }

    /// <summary>Scan datasets that hold figures (an import or typed observations).</summary>
    public int ScanDatasetsWithData { get; init; }

    /// <summary>Domains on the scan's shortlist whose support this trajectory's strategy has not recorded yet.</summary>
    public int ShortlistedWithoutSupport { get; init; }

    public int Goals { get; init; }

    /// <summary>Goals that miss at least one SMART element (<see cref="Strategy.SmartChecklist"/>).</summary>
    public int GoalsFailingSmart { get; init; }

    public int? FirstGoalFailingSmartId { get; init; }

    /// <summary>Actions that are not stopped.</summary>
    public int Actions { get; init; }

    public int ActionsWithoutTrekker { get; init; }

    public int? FirstActionWithoutTrekkerId { get; init; }

    /// <summary>Actions without any impact/effort rating (Tool 6).</summary>
    public int ActionsWithoutScores { get; init; }

    public int? FirstActionWithoutScoresId { get; init; }

    /// <summary>The strategy has been adopted (phase 3).</summary>
    public bool IsAdopted { get; init; }
}
