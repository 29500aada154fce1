using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>A register row with every field, as the workbook writes it.</summary>
public sealed record ExportRow(
    int Id, string Name, StakeholderKind? Kind, string? Department, StakeholderGroup? Group, string? CustomGroupName, StakeholderSide? Side,
    StakeholderLevel? Power, StakeholderLevel? Interest, StakeholderEngagement? Engagement, StakeholderForum? Forum, string? ForumDetail,
    string? ContactPerson, string? ContactEmail, string? Notes, string? Tags, DateOnly? AssessedOn)
{
    public StakeholderApproach? Approach => StakeholderGrid.ApproachFor(Power, Interest);
}

/// <summary>
/// The Tool 1 workbook as a plain model: sheet "Stakeholders" with every field (the columns of
/// <see cref="StakeholderSheet"/>, so the same file imports back unchanged) and sheet "Grid" with the counts
/// per cell of Tool 2's grid. Labels are in the reader's language; the import understands both languages.
/// </summary>
public static class StakeholderWorkbook
{
    private static readonly Dictionary<StakeholderColumn, (double Width, bool Wrap)> Layout = new()
    {
        [StakeholderColumn.Id] = (8, false),
        [StakeholderColumn.Name] = (34, false),
        [StakeholderColumn.Department] = (26, false),
        [StakeholderColumn.Group] = (26, false),
        [StakeholderColumn.Approach] = (28, false),
        [StakeholderColumn.ForumDetail] = (24, false),
        [StakeholderColumn.ContactPerson] = (24, false),
        [StakeholderColumn.ContactEmail] = (30, false),
        [StakeholderColumn.Notes] = (50, true),
        [StakeholderColumn.Tags] = (26, false),
        [StakeholderColumn.AssessedOn] = (14, false),
    };

    public static Task<List<ExportRow>> LoadAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        db.Stakeholders.InOrganisation(organisationId)
            .OrderBy(s => s.NameKey)
            .Select(s => new ExportRow(s.Id, s.Name, s.Kind, s.Department, s.Group, s.CustomGroup != null ? s.CustomGroup.Name : null, s.Side,
                s.Power, s.Interest, s.Engagement, s.Forum, s.ForumDetail, s.ContactPerson, s.ContactEmail, s.Notes, s.Tags, s.AssessedOn))
            .ToListAsync(ct);

    public static WorkbookModel Build(IReadOnlyList<ExportRow> rows, Text t)
    {
        var columns = StakeholderSheet.Columns
            .Select(c => Layout.TryGetValue(c, out var l) ? new ColumnModel(StakeholderLabels.ColumnHeader(t, c), l.Width, l.Wrap) : new ColumnModel(StakeholderLabels.ColumnHeader(t, c), 16))
            .ToList();
        var stakeholders = new SheetModel(StakeholderSheet.SheetName, columns, rows.Select(r => Row(r, t)));

        var counts = rows.Where(r => r.Approach is not null).GroupBy(r => (r.Power!.Value, r.Interest!.Value)).ToDictionary(g => g.Key, g => g.Count());
        var gridRows = StakeholderGrid.Cells
            .Select(c => (IReadOnlyList<CellModel>)[t.Enum(c.Power), t.Enum(c.Interest), t.Enum(c.Approach), counts.GetValueOrDefault((c.Power, c.Interest))])
            .Append([CellModel.Empty, CellModel.Empty, t["Stakeholders.NotRatedYet"].Value, rows.Count(r => r.Approach is null)])
            .ToList();
        var grid = new SheetModel(StakeholderSheet.GridSheetName,
            [new ColumnModel(t["Field.Stakeholder.Power"], 12), new ColumnModel(t["Field.Stakeholder.Interest"], 12), new ColumnModel(t["Stakeholders.Column.Approach"], 30), new ColumnModel(t["Stakeholders.Grid.Number"], 10)],
            gridRows);
        return new WorkbookModel([stakeholders, grid]);
    }

    private static IReadOnlyList<CellModel> Row(ExportRow r, Text t)
    {
        var cells = new CellModel[StakeholderSheet.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = StakeholderSheet.Columns[i] switch
            {
                StakeholderColumn.Id => r.Id,
                StakeholderColumn.Name => r.Name,
                StakeholderColumn.Kind => Label(t, r.Kind),
                StakeholderColumn.Department => r.Department,
                // No group is a blank cell, like every other empty choice; the import reads blank (or "Zonder groep") as no group.
                StakeholderColumn.Group => r.Group is null && r.CustomGroupName is null ? CellModel.Empty : StakeholderLabels.GroupLabel(t, r.Group, r.CustomGroupName),
                StakeholderColumn.Side => Label(t, r.Side),
                StakeholderColumn.Power => Label(t, r.Power),
                StakeholderColumn.Interest => Label(t, r.Interest),
                StakeholderColumn.Approach => Label(t, r.Approach),
                StakeholderColumn.Engagement => Label(t, r.Engagement),
                StakeholderColumn.Forum => Label(t, r.Forum),
                StakeholderColumn.ForumDetail => r.ForumDetail,
                StakeholderColumn.ContactPerson => r.ContactPerson,
                StakeholderColumn.ContactEmail => r.ContactEmail,
                StakeholderColumn.Notes => r.Notes,
                StakeholderColumn.Tags => r.Tags,
                StakeholderColumn.AssessedOn => CellModel.Of(r.AssessedOn),
                _ => CellModel.Empty,
            };
        }
        return cells;
    }

    private static CellModel Label<TEnum>(Text t, TEnum? value) where TEnum : struct, Enum => value is { } v ? t.Enum(v) : CellModel.Empty;
}
