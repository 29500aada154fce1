using Circulair.Trajectory;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// One trajectory that is not stopped, as the dashboard reads it: what its next step needs (<see cref="NextSteps"/>) and,
/// for the current one, what the strategy and budget cards open or count. Read as one row with subqueries per trajectory.
/// </summary>
public sealed record TrajectoryFacts
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public TrajectoryStatus Status { get; init; }
    public bool CoreTeamPlanned { get; init; }
    public int? CoreTeamSessionId { get; init; }
    public bool HasVisionStatement { get; init; }
    public int AmoreRounds { get; init; }

    /// <summary>Shortlisted scan domains without support or a decision in this trajectory's strategy.</summary>
    public int ShortlistOpen { get; init; }

    /// <summary>Actions that are not stopped, and of those the ones without a trekker or without scores.</summary>
    public int OpenActions { get; init; }
    public int WithoutTrekker { get; init; }
    public int? FirstWithoutTrekker { get; init; }
    public int WithoutScores { get; init; }
    public int? FirstWithoutScores { get; init; }
    public bool Adopted { get; init; }

    /// <summary>All actions, stopped ones included, and those with a planned (euros or FTE) or committed/spent amount.</summary>
    public int Actions { get; init; }
    public int ActionsWithBudget { get; init; }

    /// <summary>The action whose sheet the Tool 7 entry opens: the first with a sheet started, else the first.</summary>
    public int? FirstSheetActionId { get; init; }

    public IReadOnlyList<SkippedStepRow> Skipped { get; init; } = [];
}
