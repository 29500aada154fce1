using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Circulair.Web.Features.Shared.PersonalLinks;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// The page an external stakeholder reaches from their invitation mail: no account, only the token. It shows
/// the statement and the five criteria; the link's rules are those of every personal rating link
/// (<see cref="ExternalRatingPageModel{TInvitation}"/>).
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(CirculairDbContext db, TimeProvider clock) : ExternalRatingPageModel<AmoreInvitation>(db, clock)
{
    [BindProperty]
    public RatingInput Rating { get; set; } = new();

    public string? Statement { get; private set; }

    protected override string ThanksKey => "AmoreThanks";

    protected override string PathFor(string token) => $"/amore/{token}";

    protected override Task<AmoreInvitation?> FindAsync(string tokenHash, CancellationToken ct) =>
        Db.AmoreInvitations
            .Include(i => i.Round).ThenInclude(r => r.VisionVersion)
            .Include(i => i.Round).ThenInclude(r => r.Ratings)
            .FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);

    protected override bool RoundIsOpen(AmoreInvitation invitation) => invitation.Round.IsOpen;

    protected override void Describe(AmoreInvitation invitation) => Statement = invitation.Round.VisionVersion.Snapshot().Statement;

    protected override bool TryRate(AmoreInvitation invitation, DateTime now)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        invitation.Rate(Rating.ToScores(), Rating.Comment, now);
        return true;
    }
}
