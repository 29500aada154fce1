using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>An initiative with every field as the workbook writes it; partner names in register order of name.</summary>
public sealed record InitiativeExportRow(
    int Id, string Name, string? Description, string Domain, string? SubdomainCode, string? OwnSubdomain, InitiativeTargetGroups TargetGroups,
    string? OtherTargetGroup, InitiativeStatus Status, string? Lead, IReadOnlyList<string> Partners, string? WebLink);

/// <summary>
/// The Tool 5 workbook as a plain model: sheet "Initiatieven" with every field (the columns of
/// <see cref="InitiativeSheet"/>, so the same file imports back unchanged) and sheet "Matrix" with the counts per
/// domain (and sub-domain) and target group. Labels are in the reader's language; the import understands both.
/// </summary>
public static class InitiativeWorkbook
{
    private static readonly Dictionary<InitiativeColumn, (double Width, bool Wrap)> Layout = new()
    {
        [InitiativeColumn.Id] = (8, false),
        [InitiativeColumn.Name] = (34, false),
        [InitiativeColumn.Description] = (50, true),
        [InitiativeColumn.Domain] = (28, false),
        [InitiativeColumn.Subdomain] = (30, false),
        [InitiativeColumn.TargetGroups] = (30, false),
        [InitiativeColumn.OtherTargetGroup] = (20, false),
        [InitiativeColumn.Status] = (12, false),
        [InitiativeColumn.Lead] = (30, false),
        [InitiativeColumn.Partners] = (40, true),
        [InitiativeColumn.WebLink] = (34, false),
    };

    public static async Task<List<InitiativeExportRow>> LoadAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var partners = (await db.InitiativePartners.InOrganisation(organisationId)
                .Select(p => new { p.InitiativeId, p.Stakeholder.Name, p.Stakeholder.NameKey })
                .ToListAsync(ct))
            .GroupBy(p => p.InitiativeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(p => p.NameKey, StringComparer.Ordinal).Select(p => p.Name)]);
        var rows = await db.Initiatives.InOrganisation(organisationId)
            .OrderBy(i => i.NameKey)
            .Select(i => new { i.Id, i.Name, i.Description, i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups, i.OtherTargetGroup, i.Status,
                Lead = i.LeadStakeholder != null ? i.LeadStakeholder.Name : i.LeadName, i.WebLink })
            .ToListAsync(ct);
        return [.. rows.Select(i => new InitiativeExportRow(i.Id, i.Name, i.Description, i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups,
            i.OtherTargetGroup, i.Status, i.Lead, partners.GetValueOrDefault(i.Id) ?? [], i.WebLink))];
    }

    public static WorkbookModel Build(IReadOnlyList<InitiativeExportRow> rows, Text t)
    {
        var columns = InitiativeSheet.Columns
            .Select(c => new ColumnModel(InitiativeLabels.ColumnHeader(t, c), Layout[c].Width, Layout[c].Wrap))
            .ToList();
        var initiatives = new SheetModel(InitiativeSheet.SheetName, columns, rows.Select(r => Row(r, t)));

        var matrix = InitiativeMatrix.Count(rows.Select(r => new MatrixEntry(r.Domain, r.SubdomainCode, r.OwnSubdomain, r.TargetGroups)));
        var matrixColumns = new List<ColumnModel> { new(t["Field.Initiative.Domain"], 30), new(t["Initiatives.Field.Subdomain"], 34) };
        matrixColumns.AddRange(InitiativeMatrix.Columns.Select(g => new ColumnModel(t.Enum(g), 14)));
        matrixColumns.Add(new ColumnModel(t["Initiatives.Matrix.Total"], 10));
        var matrixRows = new List<IReadOnlyList<CellModel>>();
        foreach (var d in matrix.Domains)
        {
            matrixRows.Add(MatrixRow(d.Row, null));
            matrixRows.AddRange(d.Subdomains.Select(s => MatrixRow(s, InitiativeLabels.SubdomainRowLabel(t, s.Subdomain!))));
        }
        var totals = new List<CellModel> { t["Initiatives.Matrix.ColumnTotals"].Value, CellModel.Empty };
        totals.AddRange(InitiativeMatrix.Columns.Select(g => (CellModel)matrix.ColumnTotal(g)));
        totals.Add(matrix.Total);
        matrixRows.Add(totals);
        return new WorkbookModel([initiatives, new SheetModel(InitiativeSheet.MatrixSheetName, matrixColumns, matrixRows)]);
    }

    private static List<CellModel> MatrixRow(MatrixRow row, string? subdomain)
    {
        var cells = new List<CellModel> { row.Domain.Label.ToString(), subdomain };
        cells.AddRange(row.Counts.Select(c => (CellModel)c));
        cells.Add(row.Total);
        return cells;
    }

    private static IReadOnlyList<CellModel> Row(InitiativeExportRow r, Text t) =>
    [
        .. InitiativeSheet.Columns.Select(c => c switch
        {
            InitiativeColumn.Id => (CellModel)r.Id,
            InitiativeColumn.Name => r.Name,
            InitiativeColumn.Description => r.Description,
            InitiativeColumn.Domain => InitiativeLabels.DomainLabel(r.Domain),
            InitiativeColumn.Subdomain => InitiativeLabels.SubdomainLabel(r.Domain, r.SubdomainCode, r.OwnSubdomain),
            InitiativeColumn.TargetGroups => string.Join(InitiativeSheet.Separator, TargetGroupSet.Split(r.TargetGroups).Select(g => t.Enum(g))),
            InitiativeColumn.OtherTargetGroup => r.OtherTargetGroup,
            InitiativeColumn.Status => t.Enum(r.Status),
            InitiativeColumn.Lead => r.Lead,
            InitiativeColumn.Partners => string.Join(InitiativeSheet.Separator, r.Partners),
            InitiativeColumn.WebLink => r.WebLink,
            _ => CellModel.Empty,
        }),
    ];
}
