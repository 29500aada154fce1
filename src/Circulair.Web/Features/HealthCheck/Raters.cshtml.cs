using System.ComponentModel.DataAnnotations;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Circulair.Web.Features.Shared.PersonalLinks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// A coordinator runs a round here, as for the AMORE check: invites outside raters by e-mail (a personal no-login
/// link), sends a fresh link to someone who wants to change their scores, and closes or reopens the round. Names and
/// e-mail addresses are personal data, so only coordinators see this page.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
[EnableRateLimiting(RateLimits.Invitations)]
public sealed class RatersModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, IMailSender mail)
    : RatersPageModel<HealthCheckRound, HealthCheckInvitation>(db, current, t, clock, mail)
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    protected override string TextPrefix => "HealthCheck.";
    protected override string RoundClosedError => "HealthCheck.Error.RoundClosed";

    protected override string ExternalPath(string token) => $"/health-check/{token}";

    protected override string RatersUrl() => HealthCheckRoundRow.Url(Current.Value.Slug, Round.Id, "/raters");

    protected override string RoundUrl() => HealthCheckRoundRow.Url(Current.Value.Slug, Round.Id);

    protected override Task<HealthCheckRound?> FindRoundAsync(CancellationToken ct)
    {
        ViewData["Section"] = "healthcheck";
        var id = RouteId("healthCheckRoundId");
        return Db.HealthCheckRounds.InOrganisation(Current.Value.Id)
            .Include(r => r.Ratings)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    protected override Task<List<HealthCheckInvitation>> InvitationsAsync(HealthCheckRound round, CancellationToken ct) =>
        Db.HealthCheckInvitations.InOrganisation(Current.Value.Id)
            .Where(i => i.HealthCheckRoundId == round.Id)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(ct);

    protected override (HealthCheckInvitation Invitation, string Token) Invite(HealthCheckRound round, DateTime now)
    {
        var (invitation, token) = HealthCheckInvitation.Create(round, Input.Name!, Input.Email!, now);
        Db.HealthCheckInvitations.Add(invitation);
        return (invitation, token);
    }

    public sealed class InviteInput
    {
        [Display(Name = "HealthCheck.Field.Name")]
        [Required(ErrorMessage = "HealthCheck.Validation.NameRequired")]
        [StringLength(HealthCheckInvitation.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "HealthCheck.Field.Email")]
        [Required(ErrorMessage = "HealthCheck.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "HealthCheck.Validation.EmailInvalid")]
        [StringLength(HealthCheckInvitation.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
