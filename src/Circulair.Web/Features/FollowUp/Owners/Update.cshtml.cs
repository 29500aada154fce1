using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// The update form an owner without an account reaches from the cycle's mail (decision 0250): one action only, sized
/// for a phone, no JavaScript needed. The token is the only key; every update records the link it came through.
/// A link that is unknown (mistyped or changed: 404), expired (410), revoked (410) or whose action was removed (410)
/// shows what happened and whom to ask, and writes nothing.
/// </summary>
[AllowAnonymous]
[EvidenceUploadLimit]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class UpdateModel(CirculairDbContext db, TimeProvider clock, Text t, EvidenceUpload evidence) : PageModel
{
    [BindProperty]
    public UpdateInput Input { get; set; } = new();

    /// <summary>One optional value per indicator that measures the action (issue 15 item 2).</summary>
    [BindProperty]
    public List<OwnerMeasurementInput> Measurements { get; set; } = [];

    public IReadOnlyList<IndicatorChoice> Indicators { get; private set; } = [];

    public LinkState State { get; private set; }
    public bool Thanked { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string? CoordinatorName { get; private set; }
    public string OwnerName { get; private set; } = "";
    public DateTime ExpiresAt { get; private set; }
    public PlannedAction? Action { get; private set; }
    public IReadOnlyList<MilestoneChoice> OpenMilestones { get; private set; } = [];
    public ProgressUpdate? LastUpdate { get; private set; }
    public long MaxFileBytes => evidence.MaxFileBytes;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var link = await LoadAsync(token, ct);
        if (link is null || State != LinkState.Open)
        {
            Response.StatusCode = StatusFor(State);
            return Page();
        }
        Thanked = TempData["OwnerThanks"] is string id && id == link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Input = new UpdateInput { Date = Today, Status = Action!.Status };
        Measurements = OwnerMeasurements.Rows(Indicators, []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var link = await LoadAsync(token, ct);
        if (link is null || State != LinkState.Open)
        {
            Response.StatusCode = StatusFor(State);
            ModelState.Clear();
            return Page();
        }
        var contentType = await UpdateForm.ValidateAsync(Input, ModelState, t, Today, OpenMilestones, evidence, ct);
        var typed = Measurements;
        Measurements = OwnerMeasurements.Rows(Indicators, typed);
        var values = OwnerMeasurements.Check(Measurements, Indicators, ModelState, t, System.Globalization.CultureInfo.CurrentCulture);
        if (typed.Any(m => Indicators.All(i => i.Id != m.IndicatorId) && !string.IsNullOrWhiteSpace(m.Value)))
        {
            ModelState.AddModelError("Measurements", t["Owners.Validation.IndicatorUnknown"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = Now;
        await OwnerMeasurements.RecordAsync(db, link, values, Input.Date!.Value.Year, t["Owners.Measurement.Source", link.OwnerName].Value, now, ct);
        await UpdateForm.WriteAsync(db, link.OrganisationId, Action!.Id, Input, contentType, evidence,
            (action, report, settings, last) => ProgressUpdate.Give(action, report, settings, last, link, now), Today, ct);
        TempData["OwnerThanks"] = link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Redirect($"/u/{Uri.EscapeDataString(token)}");
    }

    private static int StatusFor(LinkState state) => state switch
    {
        LinkState.Unknown => StatusCodes.Status404NotFound,
        LinkState.Open => StatusCodes.Status200OK,
        _ => StatusCodes.Status410Gone,
    };

    private async Task<OwnerLink?> LoadAsync(string? token, CancellationToken ct)
    {
        var hash = OwnerLink.Hash(token ?? "");
        var link = string.IsNullOrEmpty(token) || token.Length > 100 ? null : await db.OwnerLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
        {
            State = LinkState.Unknown;
            return null;
        }
        OwnerName = link.OwnerName;
        ExpiresAt = link.ExpiresAt;
        OrganisationName = await db.Organisations.Where(o => o.Id == link.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        CoordinatorName = await CoordinatorNameAsync(db, link.OrganisationId, ct);
        State = link.StateAt(Now) switch
        {
            OwnerLinkState.Expired => LinkState.Expired,
            OwnerLinkState.Revoked => LinkState.Revoked,
            OwnerLinkState.Gone => LinkState.Gone,
            _ => LinkState.Open,
        };
        if (State != LinkState.Open)
        {
            return link;
        }
        Action = await db.PlannedActions.InOrganisation(link.OrganisationId).AsNoTracking().FirstOrDefaultAsync(a => a.Id == link.PlannedActionId, ct);
        if (Action is null)
        {
            State = LinkState.Gone;
            return link;
        }
        var settings = await FollowUpData.SettingsAsync(db, link.OrganisationId, ct);
        ViewData["StatusItems"] = UpdatesModel.StatusItems(t, settings);
        ViewData["Settings"] = settings;
        OpenMilestones = await UpdateForm.OpenMilestonesAsync(db, link.OrganisationId, Action.Id, Today, ct);
        Indicators = await OwnerMeasurements.ChoicesAsync(db, link.OrganisationId, Action.Id, ct);
        LastUpdate = await db.ProgressUpdates.InOrganisation(link.OrganisationId).Where(u => u.PlannedActionId == Action.Id)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        return link;
    }

    /// <summary>Whom an owner can ask: the organisation's coordinator (by name), else its administrator.</summary>
    public static Task<string?> CoordinatorNameAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        db.Memberships.Where(m => m.OrganisationId == organisationId && (m.Role == OrganisationRole.Coordinator || m.Role == OrganisationRole.Beheerder))
            .OrderBy(m => m.Role == OrganisationRole.Coordinator ? 0 : 1).ThenBy(m => m.User.DisplayName).ThenBy(m => m.Id)
            .Select(m => m.User.DisplayName).FirstOrDefaultAsync(ct);

    public enum LinkState
    {
        Open,
        Expired,
        Revoked,
        Gone,
        Unknown,
    }
}
