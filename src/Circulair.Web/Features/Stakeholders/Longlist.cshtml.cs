using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Tool 1, step 1: a longlist typed or pasted one name per line, added in one go with a shared group and
/// internal/external. Power and interest follow in step 2 (the grid). All or nothing: a duplicate name refuses
/// the whole list and says which.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class LonglistModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LonglistInput Longlist { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await PrepareAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        StakeholderGroup? group = null;
        int? customGroupId = null;
        if (Longlist.Group is { Length: > 0 })
        {
            var known = StakeholderLabels.TryParseGroup(Longlist.Group, out group, out customGroupId);
            if (known && customGroupId is { } id)
            {
                known = await db.CustomStakeholderGroups.InOrganisation(org.Id).AnyAsync(g => g.Id == id, ct);
            }
            if (!known)
            {
                ModelState.AddModelError($"{nameof(Longlist)}.{nameof(LonglistInput.Group)}", t["Stakeholders.Validation.GroupUnknown"]);
            }
        }
        var existing = await db.Stakeholders.InOrganisation(org.Id).Select(s => new { s.NameKey, s.Name }).ToDictionaryAsync(s => s.NameKey, s => s.Name, ct);
        var result = Circulair.Stakeholders.Longlist.Parse(Longlist.Names, existing);
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError($"{nameof(Longlist)}.{nameof(LonglistInput.Names)}", t[problem.Key, problem.Arguments]);
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Stakeholders.AddRange(result.Names.Select(name => new Stakeholder(org.Id, new StakeholderDetails
        {
            Name = name,
            Group = group,
            CustomGroupId = customGroupId,
            Side = Longlist.Side,
            Kind = Longlist.Kind,
        }, now)));
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Stakeholders.Longlist.Added";
        return Redirect($"/o/{org.Slug}/stakeholders/grid");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        await StakeholderInput.PrepareAsync(ViewData, db, t, current.Value.Id, ct);
    }

    public sealed class LonglistInput
    {
        [Display(Name = "Stakeholders.Longlist.Names")]
        [Required(ErrorMessage = "Stakeholders.Longlist.Problem.Empty")]
        public string? Names { get; set; }

        /// <summary>Empty: the names get no group (the form's first choice, "— geen groep —").</summary>
        [Display(Name = "Field.Stakeholder.Group")]
        public string? Group { get; set; }

        [Display(Name = "Field.Stakeholder.Side")]
        public StakeholderSide? Side { get; set; }

        [Display(Name = "Field.Stakeholder.Kind")]
        public StakeholderKind? Kind { get; set; }
    }
}
