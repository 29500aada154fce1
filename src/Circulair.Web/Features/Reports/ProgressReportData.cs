using System.Globalization;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>A progress update of the report's year as printed: no name of who gave it (an owner may be a private person).</summary>
public sealed record ReportUpdate(int ActionId, DateOnly Date, int Percent, ActionStatus Status, string? Text, string? Blocker, string? NextStep);

/// <summary>What the yearly progress report shows, read within one organisation and trajectory (or nothing, when there is none).</summary>
public sealed class ProgressReportData
{
    public required string OrganisationName { get; init; }
    public required ReportTrajectory? Trajectory { get; init; }
    public required int Year { get; init; }
    public required DateTime MadeAt { get; init; }
    public FollowUpData? FollowUp { get; init; }
    public IReadOnlyList<ReportUpdate> Updates { get; init; } = [];
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public BudgetOverview? Budget { get; init; }
    public AdoptedComparison? Changes { get; init; }

    public static async Task<ProgressReportData> LoadAsync(CirculairDbContext db, IAdoptedComparison comparison, TimeProvider clock,
        int organisationId, string organisationName, ReportTrajectory? trajectory, int year, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var indicators = await MonitoringData.LoadAsync(db, organisationId, year, ct);
        if (trajectory is null)
        {
            return new ProgressReportData { OrganisationName = organisationName, Trajectory = null, Year = year, MadeAt = now, Indicators = indicators };
        }
        var today = DateOnly.FromDateTime(now);
        var followUp = await FollowUpData.LoadAsync(db, organisationId, trajectory.Id, today, ct);
        DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
        var updates = await db.ProgressUpdates.InOrganisation(organisationId)
            .Where(u => u.TrajectoryId == trajectory.Id && u.Date >= first && u.Date <= last)
            .OrderBy(u => u.Date).ThenBy(u => u.Id)
            .Select(u => new ReportUpdate(u.PlannedActionId, u.Date, u.Percent, u.Status, u.Text, u.Blocker, u.NextStep))
            .ToListAsync(ct);
        return new ProgressReportData
        {
            OrganisationName = organisationName,
            Trajectory = trajectory,
            Year = year,
            MadeAt = now,
            FollowUp = followUp,
            Updates = updates,
            Indicators = indicators,
            Budget = await BudgetData.LoadAsync(db, organisationId, trajectory.Id, ct),
            Changes = await comparison.CompareAsync(db, organisationId, trajectory.Id, ct),
        };
    }
}
