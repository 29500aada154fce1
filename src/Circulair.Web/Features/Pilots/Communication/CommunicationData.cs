using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Pilots.Import;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>A row of the communication plan with its audience's name, as the page, the export and the strategy document show it.</summary>
public sealed record CommunicationRow(int Id, int Number, string Audience, CommunicationDetails Details);

/// <summary>Loads a pilot's communication plan and writes it as the sheet the import reads back (Tool 16).</summary>
public static class CommunicationData
{
    /// <summary>The plan's rows, highest priority first, then by number.</summary>
    public static async Task<List<CommunicationRow>> LoadAsync(CirculairDbContext db, int organisationId, int pilotId, CancellationToken ct) =>
        [.. (await LoadAllAsync(db, organisationId, pilotId, ct))[pilotId]];

    /// <summary>The plans of every pilot of the organisation (or of one), by pilot, in one query; rows ordered as <see cref="LoadAsync"/>.</summary>
    public static async Task<ILookup<int, CommunicationRow>> LoadAllAsync(CirculairDbContext db, int organisationId, int? pilotId, CancellationToken ct)
    {
        var rows = await db.PilotCommunications.InOrganisation(organisationId).Where(c => pilotId == null || c.PilotId == pilotId)
            .Join(db.Stakeholders, c => c.StakeholderId, s => s.Id, (c, s) => new { Row = c, s.Name })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Row.Priority).ThenBy(r => r.Row.Number)
            .ToLookup(r => r.Row.PilotId, r => new CommunicationRow(r.Row.Id, r.Row.Number, r.Name, r.Row.Details));
    }

    /// <summary>The plan as one sheet in the import's columns: frozen header, autofilter, a drop-down for the priority.</summary>
    public static WorkbookModel Workbook(IReadOnlyList<CommunicationRow> rows) =>
        new([new SheetModel(CommunicationSheet.SheetName,
            [.. CommunicationSheet.Headers.Select(h => h.Column switch
            {
                CommunicationColumn.Number => new ColumnModel(h.Header, 6),
                CommunicationColumn.Audience => new ColumnModel(h.Header, 28),
                CommunicationColumn.Priority => new ColumnModel(h.Header, 12, Choices: ["Hoog", "Gemiddeld", "Laag"]),
                CommunicationColumn.StartsOn or CommunicationColumn.EndsOn => new ColumnModel(h.Header, 12),
                CommunicationColumn.Responsible => new ColumnModel(h.Header, 20),
                _ => new ColumnModel(h.Header, 36, Wrap: true),
            })],
            rows.OrderBy(r => r.Number).Select(r => (IReadOnlyList<CellModel>)
            [
                CellModel.Of(r.Number), CellModel.Of(r.Audience), CellModel.Of(CommunicationSheet.PriorityWord(r.Details.Priority)),
                CellModel.Of(r.Details.Message), CellModel.Of(r.Details.Objectives), CellModel.Of(r.Details.Channels), CellModel.Of(r.Details.Products),
                CellModel.Of(r.Details.StartsOn), CellModel.Of(r.Details.EndsOn), CellModel.Of(r.Details.Responsible),
            ]))]);
}
