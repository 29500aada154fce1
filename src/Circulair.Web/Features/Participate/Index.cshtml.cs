using Circulair.Persistence;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Features.Workshops.Activities;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Participate;

/// <summary>
/// The participant's phone: join with an optional name (no account; a device cookie per workshop), then take
/// part in whatever activity the facilitator has open. The open activity's kind (Features/Workshops/Activities)
/// draws its form and checks and stores what comes back through the one <c>answer</c> handler; every form is a
/// plain POST-redirect-GET, so it works without JavaScript. Input for an activity that is no longer open answers
/// 409 with a message; a double submission counts once.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CirculairDbContext db, TimeProvider clock, ILiveNotifier live, ParticipantLimits limits, ActivityKinds kinds, Text t) : PageModel
{
    public ParticipantState State { get; private set; }
    public string Code { get; private set; } = "";
    public Workshop Workshop { get; private set; } = null!;
    public WorkshopParticipant? Me { get; private set; }
    public WorkshopActivity? Activity { get; private set; }
    public string MyName { get; private set; } = "";

    /// <summary>What the open activity's phone view shows (<see cref="ActivityKinds.PhoneView"/>).</summary>
    public PhoneState? Phone { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (State == ParticipantState.Taking)
        {
            var phone = await ContextAsync(ct);
            if (phone is not null)
            {
                Phone = await kinds.For(phone.Activity.Kind).PhoneAsync(phone, ct);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (Me is null)
        {
            if ((DisplayName?.Trim().Length ?? 0) > WorkshopParticipant.NameMaxLength)
            {
                ModelState.AddModelError(nameof(DisplayName), t["Shared.Validation.TooLong", t["Workshops.Participate.NameLabel"], WorkshopParticipant.NameMaxLength]);
                return Page();
            }
            var (participant, token) = WorkshopParticipant.Join(Workshop, DisplayName, Now);
            db.WorkshopParticipants.Add(participant);
            await db.SaveChangesAsync(ct);
            ParticipantCookie.Set(HttpContext, Code, token);
            await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, participant.Id), ct);
        }
        return Redirect(WorkshopLoad.ParticipantPath(Code));
    }

    /// <summary>Input for the open activity, whatever its kind: the kind checks and stores it.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(string code, int activityId, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (State != ParticipantState.Taking)
        {
            // Not (or no longer) a participant: back to the join form.
            return Redirect(WorkshopLoad.ParticipantPath(Code));
        }
        if (Activity is null || Activity.Id != activityId)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        if (!limits.TryPost(HttpContext, Me!.Id))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        ModelState.Clear();
        var phone = (await ContextAsync(ct))!;
        var answer = await kinds.For(Activity.Kind).AnswerAsync(phone, ct);
        if (answer.Refused is { } typed)
        {
            Phone = typed;
            return Page();
        }
        TempData["Flash"] = answer.Flash;
        return Redirect(WorkshopLoad.ParticipantPath(Code));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The phone in the open activity (null while waiting), with the participant's name for the page.</summary>
    private async Task<PhoneContext?> ContextAsync(CancellationToken ct)
    {
        var people = await ParticipantDirectory.LoadAsync(db, Workshop.Id, ct);
        MyName = people.NameOf(Me!.Id, t);
        return Activity is null ? null
            : new PhoneContext(db, live, t, Now, Workshop, Activity, Me, people, ModelState, HttpMethods.IsPost(Request.Method) ? Request.Form : null, HttpMethods.IsGet(Request.Method));
    }

    /// <returns>A response that ends the request (unknown code, too many attempts), or null to go on.</returns>
    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        var normalised = WorkshopCode.Normalise(code);
        var workshop = normalised is null ? null : await WorkshopLoad.FindByCodeAsync(db, normalised, ct);
        if (workshop is null)
        {
            if (limits.IsBlocked(HttpContext) || !limits.RecordMiss(HttpContext))
            {
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }
            State = ParticipantState.Unknown;
            Code = (code ?? "").Length <= 12 ? code ?? "" : "";
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Workshop = workshop;
        Code = workshop.Code;
        if (code != workshop.Code && HttpMethods.IsGet(Request.Method))
        {
            // The device cookie's path is the canonical code; a typed lower-case address would not carry it.
            return Redirect(WorkshopLoad.ParticipantPath(Code));
        }
        if (ParticipantCookie.Read(HttpContext, Code) is { } token)
        {
            var hash = WorkshopParticipant.Hash(token);
            Me = await db.WorkshopParticipants.FirstOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.TokenHash == hash, ct);
        }
        if (Me is null && limits.IsBlocked(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (workshop.IsEnded)
        {
            State = ParticipantState.Ended;
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (Me is null)
        {
            State = ParticipantState.Join;
            return null;
        }
        State = ParticipantState.Taking;
        Activity = workshop.OpenActivity;
        return null;
    }
}
