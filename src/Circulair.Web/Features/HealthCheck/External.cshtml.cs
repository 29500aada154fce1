using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Circulair.Web.Features.Shared.PersonalLinks;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// The page an outside rater reaches from their invitation mail: no account, only the token. It explains the nine
/// blocks and asks a score and a note for each; the link's rules are those of every personal rating link
/// (<see cref="ExternalRatingPageModel{TInvitation}"/>).
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(CirculairDbContext db, Text t, TimeProvider clock) : ExternalRatingPageModel<HealthCheckInvitation>(db, clock)
{
    [BindProperty]
    public HealthCheckRatingInput Rating { get; set; } = new();

    public string RoundTitle { get; private set; } = "";

    protected override string ThanksKey => "HealthCheckThanks";

    protected override string PathFor(string token) => $"/health-check/{token}";

    protected override Task<HealthCheckInvitation?> FindAsync(string tokenHash, CancellationToken ct) =>
        Db.HealthCheckInvitations
            .Include(i => i.Round).ThenInclude(r => r.Ratings).ThenInclude(x => x.Scores)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);

    protected override bool RoundIsOpen(HealthCheckInvitation invitation) => invitation.Round.IsOpen;

    protected override void Describe(HealthCheckInvitation invitation) => RoundTitle = invitation.Round.Title;

    protected override bool TryRate(HealthCheckInvitation invitation, DateTime now)
    {
        if (!Rating.Check(ModelState, nameof(Rating), t))
        {
            return false;
        }
        invitation.Rate(Rating.ToScores(), now);
        return true;
    }
}
