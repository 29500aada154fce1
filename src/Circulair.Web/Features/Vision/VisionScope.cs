using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>The trajectory a vision page belongs to, loaded within the current organisation (null = 404).</summary>
public sealed record VisionTrajectory(int Id, string Title)
{
    public string Url(string org, string rest = "") => $"/o/{org}/trajectories/{Id}/vision{rest}";

    public static Task<VisionTrajectory?> FindAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        db.Trajectories.InOrganisation(organisationId)
            .Where(t => t.Id == trajectoryId)
            .Select(t => new VisionTrajectory(t.Id, t.Title))
            .FirstOrDefaultAsync(ct);
}

/// <summary>A version as lists and pickers show it.</summary>
public sealed record VersionRow(int Id, int Number, string Label, DateTime SavedAt, string? SavedByName, int? RestoredFromNumber)
{
    public static IQueryable<VersionRow> Of(CirculairDbContext db, int organisationId, int trajectoryId) =>
        db.VisionVersions.InOrganisation(organisationId)
            .Where(v => v.TrajectoryId == trajectoryId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Id, v.Number, v.Label, v.SavedAt, v.SavedByName, v.RestoredFromNumber));
}

/// <summary>Dates as people in Flanders read them.</summary>
public static class LocalTime
{
    /// <summary>Belgium's time zone: the calendar day of the app (due dates, cache days, "today") is the day in Brussels.</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Brussels);

    /// <summary>The next midnight in Brussels after <paramref name="now"/>, in UTC: when anything that depends on the date ends.</summary>
    public static DateTimeOffset NextMidnight(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Brussels);
        var midnight = DateTime.SpecifyKind(local.Date.AddDays(1), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, Brussels), TimeSpan.Zero);
    }

    public static string Show(DateTime utc) => Of(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    public static string ShowDate(DateTime utc) => Of(utc).ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
}
