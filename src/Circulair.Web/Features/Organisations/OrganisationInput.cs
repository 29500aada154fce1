using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Organisations;

/// <summary>The organisation fields shared by first-time setup, "new organisation" and the settings page.</summary>
public sealed class OrganisationInput
{
    [Display(Name = "Organisations.Field.Name")]
    [Required(ErrorMessage = "Organisations.Validation.NameRequired")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Organisations.Field.Type")]
    [Required(ErrorMessage = "Organisations.Validation.TypeRequired")]
    public OrganisationType? Type { get; set; }

    /// <summary>What the person typed or picked: a name (current or pre-2025), a NIS code, or "Name (NIS)".</summary>
    [Display(Name = "Organisations.Field.Municipality")]
    [StringLength(120, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Municipality { get; set; }

    [Display(Name = "Organisations.Field.Parent")]
    public int? ParentId { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name,
        Type = o.Type,
        Municipality = o.NisCode is { } nis && MunicipalityRegistry.Instance.FindByNisCode(nis) is { } m ? $"{m.Name} ({m.NisCode})" : null,
        ParentId = o.ParentId,
    };

    public static IEnumerable<SelectListItem> TypeItems(Text t) =>
        [new SelectListItem(t["Shared.Choose"], ""), .. Enum.GetValues<OrganisationType>().Select(v => new SelectListItem(t.Enum(v), v.ToString()))];

    /// <summary>Organisations that may be a parent (intercommunales and provinces), for the parent picker.</summary>
    public static async Task<List<SelectListItem>> ParentItemsAsync(CirculairDbContext db, Text t, int? excludeId, CancellationToken ct)
    {
        var parents = await db.Organisations
            .Where(o => (o.Type == OrganisationType.Intercommunale || o.Type == OrganisationType.Provincie) && o.Id != excludeId)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        return [new SelectListItem(t["Organisations.Field.NoParent"], ""), .. parents.Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }

    /// <summary>
    /// Checks what attributes cannot: the municipality must be one we know (for a gemeente), the parent must
    /// exist and be able to group. Adds errors under <paramref name="prefix"/> and returns the resolved values.
    /// </summary>
    public async Task<(Municipality? Municipality, Organisation? Parent)> ResolveAsync(ModelStateDictionary state, string prefix, CirculairDbContext db, Text t, CancellationToken ct)
    {
        Municipality? municipality = null;
        if (Type == OrganisationType.Gemeente && !string.IsNullOrWhiteSpace(Municipality))
        {
            municipality = MunicipalityRegistry.Instance.Resolve(Municipality)?.Municipality;
            if (municipality is null)
            {
                state.AddModelError($"{prefix}.{nameof(Municipality)}", t["Organisations.Validation.MunicipalityUnknown", Municipality]);
            }
        }
        else if (Type is not null && Type != OrganisationType.Gemeente && !string.IsNullOrWhiteSpace(Municipality))
        {
            state.AddModelError($"{prefix}.{nameof(Municipality)}", t["Organisations.Validation.MunicipalityOnlyForGemeente"]);
        }
        Organisation? parent = null;
        if (ParentId is { } parentId)
        {
            parent = await db.Organisations.Include(o => o.Parent).FirstOrDefaultAsync(o => o.Id == parentId, ct);
            if (parent is null || !parent.Type.CanBeParent())
            {
                state.AddModelError($"{prefix}.{nameof(ParentId)}", t["Organisations.Validation.ParentInvalid"]);
                parent = null;
            }
        }
        return (municipality, parent);
    }

    /// <summary>Creates the organisation with a unique slug derived from its name.</summary>
    public async Task<Organisation> CreateAsync(CirculairDbContext db, Municipality? municipality, Organisation? parent, DateTime now, CancellationToken ct)
    {
        var baseSlug = Slug.From(Name!);
        var taken = (await db.Organisations.Where(o => o.Slug.StartsWith(baseSlug)).Select(o => o.Slug).ToListAsync(ct)).ToHashSet();
        var organisation = new Organisation(Name!.Trim(), Slug.Unique(Name!, taken), Type!.Value, now);
        Apply(organisation, municipality, parent);
        return organisation;
    }

    public void Apply(Organisation organisation, Municipality? municipality, Organisation? parent)
    {
        organisation.Rename(Name!.Trim());
        organisation.ChangeType(Type!.Value);
        if (municipality is not null)
        {
            organisation.PickMunicipality(municipality);
        }
        else
        {
            organisation.ClearMunicipality();
        }
        organisation.AttachTo(parent);
    }
}
