using System.Globalization;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Pilots;

/// <summary>Labels of the pilot track shared by its pages.</summary>
public static class PilotLabels
{
    public static string Step(Text t, PilotStep step) => t["Pilots.StepNumbered", (int)step, t.Enum(step)];

    public static string Template(PilotTemplate? template) => PilotTemplates.Find(template)?.Name.ToString() ?? "";

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Roles(Text t, PilotRoles roles) => string.Join(", ", PilotRoleList.Split(roles).Select(r => t.Enum(r)));

    /// <summary>A from–until period in words: both dates, only a start, only an end, or nothing.</summary>
    public static string Period(Text t, DateOnly? from, DateOnly? until) => (from, until) switch
    {
        ({ } f, { } u) => t["Pilots.Period.FromUntil", Date(f), Date(u)],
        ({ } f, null) => t["Pilots.Period.From", Date(f)],
        (null, { } u) => t["Pilots.Period.Until", Date(u)],
        _ => "",
    };

    public static List<SelectListItem> Levels(Text t) =>
        [.. Enum.GetValues<TestLevel>().Select(v => new SelectListItem(t.Enum(v), v.ToString()))];
}
