using Circulair.Persistence;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// What the report pages share: the trajectory named in the query (?trajectory=3), else the organisation's current
/// one, else none (the report then says the strategy is still empty). A trajectory of another organisation answers
/// 404, like every id below /o/{org}. Every member may read reports; nothing here writes.
/// </summary>
public abstract class ReportPageModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromQuery(Name = "trajectory")]
    public int? TrajectoryQuery { get; set; }

    public ReportTrajectory? Trajectory { get; private set; }

    protected CirculairDbContext Db => db;

    protected OrganisationContext Org => current.Value;

    public string OrgSlug => current.Value.Slug;

    /// <summary>False when the query names a trajectory that is not this organisation's (answer 404).</summary>
    protected async Task<bool> ResolveTrajectoryAsync(CancellationToken ct)
    {
        ViewData["Section"] = "reports";
        // One command: the trajectory named, else the current one (none yet: the report says the strategy is empty).
        var trajectories = TrajectoryQuery is { } id
            ? db.Trajectories.InOrganisation(current.Value.Id).Where(t => t.Id == id)
            : CurrentTrajectory.Candidates(db, current.Value.Id);
        Trajectory = await trajectories
            .Select(t => new ReportTrajectory(t.Id, t.Title, t.PeriodStartYear, t.PeriodEndYear))
            .FirstOrDefaultAsync(ct);
        return Trajectory is not null || TrajectoryQuery is null;
    }
}

/// <summary>The strategy document's query: which chapters (?chapters=Vision&amp;chapters=Goals&amp;chosen=1).</summary>
public abstract class StrategyReportPageModel(CirculairDbContext db, CurrentOrganisation current) : ReportPageModel(db, current)
{
    [FromQuery(Name = "chapters")]
    public List<ReportChapter>? Ticked { get; set; }

    /// <summary>Set by the chapter form, so that a form with nothing ticked is told apart from a bare link (all chapters).</summary>
    [FromQuery(Name = "chosen")]
    public bool Chosen { get; set; }

    public IReadOnlyList<ReportChapter> Chapters => ReportChapters.Pick(Chosen, Ticked);
}

/// <summary>The progress report's query: the year (?year=2026), this year when absent or out of range.</summary>
public abstract class ProgressReportPageModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : ReportPageModel(db, current)
{
    [FromQuery(Name = "year")]
    public int? YearQuery { get; set; }

    protected TimeProvider Clock => clock;

    public int Year => YearQuery is >= 2000 and <= 2100 ? YearQuery.Value : clock.GetUtcNow().Year;
}
