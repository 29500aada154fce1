using Circulair.Persistence;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Platform.Live;
using Circulair.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Participate;

/// <summary>
/// Server-sent events for a participant's phone: only "state" changes (the facilitator moved on), never every
/// vote. Only for a device that joined this workshop; the database is used for that check alone, not while
/// the stream is open.
/// </summary>
[AllowAnonymous]
public sealed class EventsModel(IServiceScopeFactory scopes, LiveHub hub, ParticipantLimits limits, IHostApplicationLifetime lifetime) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var normalised = WorkshopCode.Normalise(code);
        var token = normalised is null ? null : ParticipantCookie.Read(HttpContext, normalised);
        int? workshopId = null;
        if (normalised is not null)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            var workshop = await db.Workshops.Where(w => w.Code == normalised).Select(w => new { w.Id }).FirstOrDefaultAsync(ct);
            if (workshop is null)
            {
                return limits.RecordMiss(HttpContext) ? NotFound() : StatusCode(StatusCodes.Status429TooManyRequests);
            }
            if (token is not null)
            {
                var hash = WorkshopParticipant.Hash(token);
                if (await db.WorkshopParticipants.AnyAsync(p => p.WorkshopId == workshop.Id && p.TokenHash == hash, ct))
                {
                    workshopId = workshop.Id;
                }
            }
        }
        if (workshopId is null)
        {
            return NotFound();
        }
        await EventStream.WriteAsync(HttpContext, hub, workshopId.Value, stateOnly: true, lifetime.ApplicationStopping);
        return new EmptyResult();
    }
}
