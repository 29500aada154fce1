using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// One stakeholder: what the register knows, its approach (Tool 2), its dated ratings, the "Verplaatsen" form
/// (a new rating, also the endpoint the grid's drag-and-drop posts to) and "erase personal data".
/// </summary>
[CachedPage(Shared = true)]
public sealed class DetailsModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int StakeholderId { get; set; }

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    /// <summary>Where "Verplaatsen" leads back to (the grid, when it came from there).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Stakeholder Item { get; private set; } = null!;
    public string GroupLabel { get; private set; } = "";
    public IReadOnlyList<StakeholderAssessment> Ratings { get; private set; } = [];
    public Movement? LatestMovement { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Move = new MoveInput { Power = Item.Power, Interest = Item.Interest, Date = Today };
        return Page();
    }

    /// <summary>A POST without a handler this page knows; without this Razor Pages would render the page unloaded.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var date = Move.Date ?? Today;
        if (date > Today)
        {
            ModelState.AddModelError($"{nameof(Move)}.{nameof(MoveInput.Date)}", t["Stakeholders.Validation.DateInFuture"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Item.Assess(date, Move.Power!.Value, Move.Interest!.Value, Move.Note, Today, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Stakeholders.Move.Done";
        return Redirect(SafeReturnUrl() ?? $"/o/{current.Value.Slug}/stakeholders/{Item.Id}");
    }

    /// <summary>Clears contact person and e-mail and blanks them in the audit trail, keeping the fact that they changed.</summary>
    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Item.ErasePersonalData();
        await db.SaveChangesAsync(ct);
        await AuditTrail.ErasePersonalValuesAsync(db, current.Value.Id, nameof(Stakeholder), Item.Id, ct);
        await transaction.CommitAsync(ct);
        TempData["Flash"] = "Stakeholders.Erase.Done";
        return Redirect($"/o/{current.Value.Slug}/stakeholders/{Item.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        Today = StakeholderLabels.Today(clock);
        var found = await db.Stakeholders.InOrganisation(current.Value.Id)
            .Include(s => s.CustomGroup)
            .Include(s => s.Assessments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == StakeholderId, ct);
        if (found is null)
        {
            return false;
        }
        Item = found;
        GroupLabel = StakeholderLabels.GroupLabel(t, found.Group, found.CustomGroup?.Name);
        Ratings = [.. found.Assessments.OrderByDescending(a => a.Date).ThenByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id)];
        LatestMovement = AssessmentHistory.MovementAt(Ratings.Select(Point), Today);
        ViewData["LevelItems"] = StakeholderLabels.EnumItems<StakeholderLevel>(t, t["Shared.Choose"]);
        return true;
    }

    internal static AssessmentPoint Point(StakeholderAssessment a) => new(a.Date, a.Id, a.Power, a.Interest);

    private string? SafeReturnUrl() =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith($"/o/{current.Value.Slug}/stakeholders", StringComparison.Ordinal) ? url : null;
}
