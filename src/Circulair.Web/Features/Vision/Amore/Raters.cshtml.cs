using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Circulair.Web.Features.Shared.PersonalLinks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// A coordinator runs a round here: invites external raters by e-mail (a personal no-login link), sends a
/// fresh link to someone who wants to change their rating, and closes or reopens the round. Names and
/// e-mail addresses are personal data, so only coordinators see this page.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
[EnableRateLimiting(RateLimits.Invitations)]
public sealed class RatersModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, IMailSender mail)
    : RatersPageModel<AmoreRound, AmoreInvitation>(db, current, t, clock, mail)
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;

    protected override string TextPrefix => "Vision.Amore.";
    protected override string RoundClosedError => "Vision.Error.AmoreRoundClosed";

    protected override string ExternalPath(string token) => $"/amore/{token}";

    protected override string RatersUrl() => Trajectory.Url(Current.Value.Slug, $"/amore/{Round.Id}/raters");

    protected override string RoundUrl() => Trajectory.Url(Current.Value.Slug, $"/amore/{Round.Id}");

    protected override async Task<AmoreRound?> FindRoundAsync(CancellationToken ct)
    {
        ViewData["Section"] = "amore";
        var trajectoryId = RouteId("trajectoryId");
        var roundId = RouteId("amoreRoundId");
        Trajectory = (await VisionTrajectory.FindAsync(Db, Current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return null;
        }
        return await Db.AmoreRounds.InOrganisation(Current.Value.Id)
            .Include(r => r.VisionVersion)
            .Include(r => r.Ratings)
            .FirstOrDefaultAsync(r => r.Id == roundId && r.TrajectoryId == trajectoryId, ct);
    }

    protected override Task<List<AmoreInvitation>> InvitationsAsync(AmoreRound round, CancellationToken ct) =>
        Db.AmoreInvitations.InOrganisation(Current.Value.Id)
            .Where(i => i.AmoreRoundId == round.Id)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(ct);

    protected override (AmoreInvitation Invitation, string Token) Invite(AmoreRound round, DateTime now)
    {
        var (invitation, token) = AmoreInvitation.Create(round, Input.Name!, Input.Email!, now);
        Db.AmoreInvitations.Add(invitation);
        return (invitation, token);
    }

    public sealed class InviteInput
    {
        [Display(Name = "Vision.Amore.Field.Name")]
        [Required(ErrorMessage = "Vision.Validation.NameRequired")]
        [StringLength(AmoreInvitation.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "Vision.Amore.Field.Email")]
        [Required(ErrorMessage = "Vision.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Vision.Validation.EmailInvalid")]
        [StringLength(AmoreInvitation.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
