using System.ComponentModel.DataAnnotations;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Decisions;

public sealed class DecisionInput
{
    [Display(Name = "Field.PoliticalDecision.Moment")]
    public PoliticalMoment? Moment { get; set; }

    [Display(Name = "Field.PoliticalDecision.Body")]
    public DecisionBody? Body { get; set; }

    [Display(Name = "Field.PoliticalDecision.OtherBody")]
    [StringLength(PoliticalDecision.OtherBodyMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? OtherBody { get; set; }

    [Display(Name = "Field.PoliticalDecision.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.PoliticalDecision.Reference")]
    [StringLength(PoliticalDecision.ReferenceMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Reference { get; set; }

    [Display(Name = "Field.PoliticalDecision.Outcome")]
    public DecisionOutcome? Outcome { get; set; }

    [Display(Name = "Field.PoliticalDecision.Link")]
    [StringLength(PoliticalDecision.LinkMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Link { get; set; }

    [Display(Name = "Field.PoliticalDecision.Note")]
    [StringLength(PoliticalDecision.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }
}

/// <summary>
/// Records a political decision on the trajectory. A formal ratification that was approved adopts the strategy: the
/// goals, action lines and actions with their sheets are frozen as an adopted version in the same save. Only a
/// Coördinator may ratify; anyone who edits the strategy may record the other moments.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        Input = new DecisionInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (Input.Moment is not { } moment || !Enum.IsDefined(moment))
        {
            ModelState.AddModelError("Input.Moment", t["FollowUp.Validation.MomentRequired"]);
        }
        if (Input.Body is not { } body || !Enum.IsDefined(body))
        {
            ModelState.AddModelError("Input.Body", t["FollowUp.Validation.BodyRequired"]);
        }
        else if (body == DecisionBody.Ander && string.IsNullOrWhiteSpace(Input.OtherBody))
        {
            ModelState.AddModelError("Input.OtherBody", t["FollowUp.Validation.OtherBodyRequired"]);
        }
        if (Input.Date is not { } date)
        {
            ModelState.AddModelError("Input.Date", t["FollowUp.Validation.DecisionDateRequired"]);
        }
        else if (date > DateOnly.FromDateTime(now))
        {
            ModelState.AddModelError("Input.Date", t["FollowUp.Validation.DecisionDateInFuture"]);
        }
        if (Input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            ModelState.AddModelError("Input.Outcome", t["FollowUp.Validation.OutcomeRequired"]);
        }
        else if (Input.Moment is { } m && PoliticalDecision.RatifiesStrategy(m, outcome) && !CanCoordinate)
        {
            ModelState.AddModelError("Input.Outcome", t["FollowUp.Validation.OnlyCoordinatorRatifies"]);
        }
        if (!string.IsNullOrWhiteSpace(Input.Link) && !PoliticalDecision.IsWebLink(Input.Link))
        {
            ModelState.AddModelError("Input.Link", t["FollowUp.Validation.LinkNotWeb"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var decision = new PoliticalDecision(Org.Id, TrajectoryId, new PoliticalDecisionDetails
        {
            Moment = Input.Moment!.Value, Body = Input.Body!.Value, OtherBody = Input.OtherBody, Date = Input.Date!.Value, Reference = Input.Reference,
            Outcome = Input.Outcome!.Value, Link = Input.Link, Note = Input.Note,
        }, User.UserId(), now);
        Db.PoliticalDecisions.Add(decision);
        AdoptedVersion? adopted = null;
        if (decision.Ratifies)
        {
            var numbers = await Db.AdoptedVersions.InOrganisation(Org.Id).Where(v => v.TrajectoryId == TrajectoryId).Select(v => v.Number).ToListAsync(ct);
            var snapshot = await AdoptionState.TakeAsync(Db, Org.Id, TrajectoryId, ct);
            adopted = AdoptedVersion.Freeze(decision, numbers, snapshot, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, now);
            Db.AdoptedVersions.Add(adopted);
        }
        await Db.SaveChangesAsync(ct);
        if (adopted is not null)
        {
            TempData["Flash"] = "FollowUp.Adopted.Frozen";
            return Redirect(Link($"/adopted/{adopted.Id}"));
        }
        TempData["Flash"] = "FollowUp.Decisions.Added";
        return Redirect(Link("/decisions"));
    }
}
