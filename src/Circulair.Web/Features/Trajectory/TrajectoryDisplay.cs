using System.Globalization;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Trajectory;

/// <summary>How the trajectory's values read on a page: Belgian date formats, session names, the period.</summary>
public static class TrajectoryDisplay
{
    /// <summary>31/12/2026 in nl-BE and en-BE (the request culture), or an empty string.</summary>
    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>ISO date for the datetime attribute of &lt;time&gt;.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The session's own title, or its kind and number ("Stakeholdersessie 2").</summary>
    public static string SessionName(Text t, TrajectorySession session) =>
        session.Title ?? t[$"Trajectory.Session.DefaultName.{session.Kind}", session.NumberWithinKind()];

    public static string Period(Text t, int? startYear, int? endYear) => (startYear, endYear) switch
    {
        (null, null) => t["Trajectory.Period.None"],
        ({ } from, null) => t["Trajectory.Period.From", from],
        (null, { } to) => t["Trajectory.Period.Until", to],
        ({ } from, { } to) => t["Trajectory.Period.Range", from, to],
    };

    /// <summary>Months with one decimal at most, in the reader's format (4,5 in Dutch).</summary>
    public static string Months(double months) => months.ToString("0.#", CultureInfo.CurrentCulture);
}
