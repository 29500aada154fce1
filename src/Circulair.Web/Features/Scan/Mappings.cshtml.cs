using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// The mapping tables from NACE divisions and sections, waste fractions and CO2 sectors to the action domains
/// and supporting sectors, one table per list: the shipped default, changed per category where the team sees
/// it differently. Only differences from the default are stored. The organisation's own categories (datasets on
/// <see cref="CategoryScheme.Free"/>) have no default: they are listed from its datasets and count for a domain only
/// once the team maps them here.
/// </summary>
[OrganisationAccess(Read = Circulair.Organisations.OrganisationRole.Teamlid)]
public sealed class MappingsModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public static readonly CategoryScheme[] Schemes = [CategoryScheme.NaceBel2008, CategoryScheme.NaceBel2025, CategoryScheme.OvamWasteFractions, CategoryScheme.VekaCo2Sectors, CategoryScheme.Free];

    /// <summary>One row of the table: a category code, its label, and whether it heads a group (a NACE section).</summary>
    public sealed record Row(string Code, string Label, bool IsGroup);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public CategoryScheme Scheme { get; private set; }
    public Func<CategoryScheme, string, IReadOnlyList<string>> Mapping { get; private set; } = null!;
    public HashSet<string> Changed { get; private set; } = [];

    public async Task OnGetAsync(CategoryScheme? scheme, CancellationToken ct)
    {
        await PrepareAsync(scheme, ct);
    }

    public async Task<IActionResult> OnPostAsync(CategoryScheme? scheme, CancellationToken ct)
    {
        if (scheme is not { } s || !Schemes.Contains(s))
        {
            return NotFound();
        }
        var form = await Request.ReadFormAsync(ct);
        var own = await db.ScanDomainMappings.InOrganisation(current.Value.Id).Where(m => m.Scheme == s).ToListAsync(ct);
        foreach (var category in await RowsAsync(s, ct))
        {
            var chosen = form[$"m-{category.Code}"].Where(v => ActionDomains.Find(v) is not null).Select(v => v!).Distinct().ToList();
            var ordered = ActionDomains.All.Select(d => d.Code).Where(chosen.Contains).ToList();
            var isDefault = ordered.ToHashSet().SetEquals(DomainMappingDefaults.For(s, category.Code));
            var row = own.FirstOrDefault(m => m.CategoryCode == category.Code);
            if (isDefault && row is not null)
            {
                db.ScanDomainMappings.Remove(row);
            }
            else if (!isDefault && row is null)
            {
                db.ScanDomainMappings.Add(new ScanDomainMapping(current.Value.Id, s, category.Code, ordered));
            }
            else if (!isDefault && row is not null && !row.Domains.SequenceEqual(ordered))
            {
                row.Change(ordered);
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/mappings?scheme={s}");
    }

    private async Task PrepareAsync(CategoryScheme? scheme, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Scheme = scheme is { } s && Schemes.Contains(s) ? s : CategoryScheme.NaceBel2008;
        var own = await db.ScanDomainMappings.AsNoTracking().InOrganisation(current.Value.Id).ToListAsync(ct);
        Mapping = DomainRanking.Mapping(own);
        Changed = [.. own.Where(m => m.Scheme == Scheme).Select(m => m.CategoryCode)];
        Rows = await RowsAsync(Scheme, ct);
    }

    /// <summary>The categories of a list; for the own list, those the organisation's datasets brought (with their label).</summary>
    private async Task<IReadOnlyList<Row>> RowsAsync(CategoryScheme scheme, CancellationToken ct)
    {
        if (scheme != CategoryScheme.Free)
        {
            return [.. CategoryCatalog.For(scheme).All.Where(c => c.Level != CategoryLevel.Aggregate)
                .Select(c => new Row(c.Code, ScanQueries.LabelOf(scheme, c.Code), c.Level == CategoryLevel.Section))];
        }
        var freeDatasets = db.ScanDatasets.InOrganisation(current.Value.Id).Where(d => d.Scheme == CategoryScheme.Free).Select(d => d.Id);
        var categories = await db.ScanDatasetCategories.AsNoTracking().InOrganisation(current.Value.Id)
            .Where(c => freeDatasets.Contains(c.ScanDatasetId))
            .Select(c => new { c.Code, c.Label })
            .ToListAsync(ct);
        return [.. categories.GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new Row(g.Key, g.Select(c => c.Label).FirstOrDefault(l => l != null) is { } l && l != g.Key ? $"{g.Key} – {l}" : g.Key, false))
            .OrderBy(r => r.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-BE"), true))];
    }
}
