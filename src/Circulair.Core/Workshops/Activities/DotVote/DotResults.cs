namespace Circulair.Workshops;

public sealed record DotResults(IReadOnlyList<DotRow> Rows, int Participants, int DotsGiven)
{
    public int MaxDots => Rows.Count == 0 ? 0 : Rows.Max(r => r.Dots);

    /// <summary>Ranked: most dots first, then the item's own order.</summary>
    public static DotResults From(IReadOnlyList<WorkshopItem> items, IEnumerable<ResponseValue> responses)
    {
        var list = responses.Where(r => r.Value > 0).ToList();
        var rows = items
            .Select(i => (Item: i, Dots: list.Where(r => r.ItemKey == i.Id).Sum(r => r.Value), Voters: list.Where(r => r.ItemKey == i.Id).Select(r => r.ParticipantId).Distinct().Count()))
            .OrderByDescending(x => x.Dots).ThenBy(x => x.Item.Position)
            .ToList();
        var ranked = new List<DotRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Dots == rows[i - 1].Dots ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new DotRow(rows[i].Item.Id, rows[i].Item.Text, rows[i].Item.Source, rows[i].Item.SourceKey, rows[i].Dots, rows[i].Voters, rank));
        }
        return new DotResults(ranked, list.Select(r => r.ParticipantId).Distinct().Count(), list.Sum(r => r.Value));
    }
}
