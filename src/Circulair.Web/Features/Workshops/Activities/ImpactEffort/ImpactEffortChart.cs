using System.Globalization;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>The workshop's impact/effort means as Tool 6's matrix: effort across, impact up, the quadrants at the scale's midpoint.</summary>
public static class ImpactEffortChart
{
    public static ScatterChartModel For(int activityId, IReadOnlyList<ImpactEffortRow> rows, Text t)
    {
        var rated = rows.Where(r => r.Impact is not null && r.Effort is not null).ToList();
        var counts = Enum.GetValues<ImpactEffortQuadrant>().Select(q => $"{t.Enum(q)}: {rated.Count(r => r.Quadrant == q)}");
        return new ScatterChartModel(
            $"ie-chart-{activityId}",
            t["Workshops.Results.ImpactEffortCaption"],
            rated.Count == 0 ? t["Workshops.Results.NothingRated"].Value : string.Join(", ", counts),
            t["Workshops.Effort"],
            t["Workshops.Impact"],
            ImpactEffortRules.Lowest,
            ImpactEffortRules.Highest,
            ImpactEffortRow.Midpoint,
            [
                new(t.Enum(ImpactEffortQuadrant.QuickWin), Top: true, Right: false),
                new(t.Enum(ImpactEffortQuadrant.GrootProject), Top: true, Right: true),
                new(t.Enum(ImpactEffortQuadrant.KleineVerbetering), Top: false, Right: false),
                new(t.Enum(ImpactEffortQuadrant.Vermijden), Top: false, Right: true),
            ],
            [.. rows.Select((r, i) => (Row: r, Number: i + 1)).Where(x => x.Row.Impact is not null && x.Row.Effort is not null)
                .Select(x => new ScatterPoint(x.Row.ItemId.ToString(CultureInfo.InvariantCulture), x.Number.ToString(CultureInfo.CurrentCulture), x.Row.Text, x.Row.Effort!.Value, x.Row.Impact!.Value, []))],
            t["Workshops.Results.Number"],
            t["Workshops.Results.Item"],
            [],
            t["Workshops.Results.NothingRated"],
            CultureInfo.CurrentCulture);
    }
}
