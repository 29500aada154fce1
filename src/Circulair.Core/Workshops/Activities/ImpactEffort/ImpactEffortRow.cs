namespace Circulair.Workshops;

/// <summary>
/// One action's impact/effort in a workshop: the mean of every rater's scores (1–5). High means at least the
/// scale's midpoint 3, which places an action in one of Tool 6's quadrants (our design; guide ch. 5, phase 2).
/// </summary>
public sealed record ImpactEffortRow(int ItemId, string Text, string? SourceKey, int Raters, double? Impact, double? Effort)
{
    public const double Midpoint = 3.0;

    public ImpactEffortQuadrant? Quadrant => Impact is { } i && Effort is { } e
        ? (i >= Midpoint, e >= Midpoint) switch
        {
            (true, false) => ImpactEffortQuadrant.QuickWin,
            (true, true) => ImpactEffortQuadrant.GrootProject,
            (false, false) => ImpactEffortQuadrant.KleineVerbetering,
            _ => ImpactEffortQuadrant.Vermijden,
        }
        : null;

    public const int ImpactSlot = 1;
    public const int EffortSlot = 2;

    public static IReadOnlyList<ImpactEffortRow> From(IReadOnlyList<WorkshopItem> items, IReadOnlyList<ResponseValue> responses) =>
        [.. items.OrderBy(i => i.Position).Select(i =>
        {
            var impact = responses.Where(r => r.ItemKey == i.Id && r.Slot == ImpactSlot).Select(r => (double)r.Value).ToList();
            var effort = responses.Where(r => r.ItemKey == i.Id && r.Slot == EffortSlot).Select(r => (double)r.Value).ToList();
            var raters = responses.Where(r => r.ItemKey == i.Id).Select(r => r.ParticipantId).Distinct().Count();
            return new ImpactEffortRow(i.Id, i.Text, i.SourceKey, raters, impact.Count == 0 ? null : impact.Average(), effort.Count == 0 ? null : effort.Average());
        })];
}
