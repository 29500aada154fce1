using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The record of a workshop: what it was, when it ran, how many took part, and every activity in order with
/// its results (the same <see cref="ActivityResults"/> the control room and the projector show). An activity
/// that never opened has no results. The report page, the .docx and the .xlsx are all built from this.
/// </summary>
public sealed record WorkshopReport(Workshop Workshop, string Session, int Participants, IReadOnlyList<ReportActivity> Activities, DateTime MadeAt)
{
    public static async Task<WorkshopReport?> LoadAsync(CirculairDbContext db, int organisationId, int workshopId, Text t, DateTime now, CancellationToken ct)
    {
        var workshop = await WorkshopLoad.FindAsync(db, organisationId, workshopId, ct);
        if (workshop is null)
        {
            return null;
        }
        var session = (await WorkshopLoad.SessionOptions(db, organisationId, workshop.TrajectorySessionId).FirstOrDefaultAsync(ct))?.Label ?? "";
        var people = await ParticipantDirectory.LoadAsync(db, workshop.Id, ct);
        var ordered = workshop.OrderedActivities();
        var results = await ActivityResults.LoadManyAsync(db, [.. ordered.Where(a => a.OpenedAt is not null)], people, t, ct);
        var activities = ordered.Select(a => new ReportActivity(a, results.GetValueOrDefault(a.Id))).ToList();
        return new WorkshopReport(workshop, session, people.Count, activities, now);
    }

    /// <summary>"workshop-ACD347-2026-03-02": the file name without extension (code and date, never the title, so no odd characters).</summary>
    public string FileName => $"workshop-{Workshop.Code}-{Vision.LocalTime.Of(MadeAt):yyyy-MM-dd}";
}

/// <param name="Results">Null when the activity never opened.</param>
public sealed record ReportActivity(WorkshopActivity Activity, ActivityResults? Results)
{
    /// <summary>Ideas written on a brainwriting sheet, questions, or notes at a café table, with the text of the idea each builds on.</summary>
    public string? BuildsOnText(IdeaView idea) =>
        idea.BuildsOnId is { } id ? Results?.Ideas.FirstOrDefault(i => i.Id == id)?.Text : null;
}
