using System.ComponentModel.DataAnnotations;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Versions;

public sealed record VersionRow(VersionRef Ref, string Label, DateTime SavedAt, string? SavedBy, int ActionCount, int? DecisionId, bool Adopted);

/// <summary>
/// The versions of a trajectory's strategy (decision 0311): the adopted ones (frozen by a ratification) and those saved
/// on demand, a form to save the current state as a version (optionally tied to the decision that approved it), and a
/// form to compare any two of them or one with the current state.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty]
    public SaveInput Input { get; set; } = new();

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public List<SelectListItem> VersionItems { get; private set; } = [];
    public List<SelectListItem> DecisionItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        PoliticalDecision? decision = null;
        if (Input.DecisionId is { } decisionId)
        {
            decision = await Db.PoliticalDecisions.InOrganisation(Org.Id).FirstOrDefaultAsync(d => d.Id == decisionId && d.TrajectoryId == TrajectoryId, ct);
            if (decision is null)
            {
                ModelState.AddModelError("Input.DecisionId", t["FollowUp.Versions.Error.Decision"]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var numbers = await Db.StrategyVersions.Where(v => v.TrajectoryId == TrajectoryId).Select(v => v.Number).ToListAsync(ct);
        var snapshot = await AdoptionState.TakeAsync(Db, Org.Id, TrajectoryId, ct);
        var version = StrategyVersion.Save(Org.Id, TrajectoryId, numbers, Input.Name!, snapshot, User.UserId(),
            User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        version.ApprovedBy(decision);
        Db.StrategyVersions.Add(version);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "FollowUp.Versions.Saved";
        return Redirect(Link("/versions"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var adopted = await Db.AdoptedVersions.InOrganisation(Org.Id).Where(v => v.TrajectoryId == TrajectoryId)
            .Select(v => new { v.Id, v.Number, v.AdoptedOn, v.SavedAt, v.SavedByName, v.ActionCount, v.PoliticalDecisionId }).ToListAsync(ct);
        var saved = await Db.StrategyVersions.InOrganisation(Org.Id).Where(v => v.TrajectoryId == TrajectoryId)
            .Select(v => new { v.Id, v.Number, v.Name, v.SavedAt, v.SavedByName, v.ActionCount, v.PoliticalDecisionId }).ToListAsync(ct);
        Versions = [.. adopted.Select(v => new VersionRow(new VersionRef('a', v.Id), t["FollowUp.Versions.AdoptedLabel", v.Number, StrategyLabels.Date(v.AdoptedOn)], v.SavedAt, v.SavedByName, v.ActionCount, v.PoliticalDecisionId, true))
            .Concat(saved.Select(v => new VersionRow(new VersionRef('s', v.Id), t["FollowUp.Versions.SavedLabel", v.Number, v.Name], v.SavedAt, v.SavedByName, v.ActionCount, v.PoliticalDecisionId, false)))
            .OrderByDescending(v => v.SavedAt)];
        VersionItems = [new SelectListItem(t["FollowUp.Versions.Current"], VersionRef.CurrentKey), .. Versions.Select(v => new SelectListItem(v.Label, v.Ref.Key))];
        var decisions = await Db.PoliticalDecisions.InOrganisation(Org.Id).Where(d => d.TrajectoryId == TrajectoryId)
            .OrderByDescending(d => d.Date).AsNoTracking().ToListAsync(ct);
        DecisionItems = [new SelectListItem(t["FollowUp.Versions.NoDecision"], ""), .. decisions.Select(d =>
            new SelectListItem($"{StrategyLabels.Date(d.Date)} · {t.Enum(d.Moment)} · {DecisionText.Body(t, d)}{(d.Reference is null ? "" : " · " + d.Reference)}", d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public sealed class SaveInput
    {
        [Display(Name = "FollowUp.Versions.Field.Name")]
        [Required(ErrorMessage = "FollowUp.Versions.Error.Name")]
        [StringLength(StrategyVersion.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "FollowUp.Versions.Field.Decision")]
        public int? DecisionId { get; set; }
    }
}
