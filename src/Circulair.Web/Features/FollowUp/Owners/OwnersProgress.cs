using Circulair.Organisations;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// Phase 3 on "Waar staan we?": the owners who get the cycle's mails and what is still missing, the followed-up actions
/// without a trekker's e-mail address (issue 14 item 7). The owners' page is for team members, so a Lezer does not get
/// the card (the dashboard is cached per role).
/// </summary>
public sealed class OwnersProgress(CurrentOrganisation current) : IProgressSource
{
    /// <summary>Distinct owners' addresses; followed-up actions (planned, running, on hold) and those without a trekker's contact.</summary>
    public sealed record Facts
    {
        public int Owners { get; init; }
        public int Followed { get; init; }
        public int WithoutTrekker { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        if (current.IsSet && !current.Value.Can(OrganisationRole.Teamlid))
        {
            return [];
        }
        var (owners, actions, withoutTrekker) = (facts.Owners.Owners, facts.Owners.Followed, facts.Owners.WithoutTrekker);
        var (summary, arguments) = actions == 0 && owners == 0
            ? ("Owners.Progress.NoActions", Array.Empty<object>())
            : withoutTrekker == 0
                ? ("Owners.Progress.Complete", [Counted.Of("Owners.Progress.Owners", owners)])
                : ("Owners.Progress.Missing", new object[] { Counted.Of("Owners.Progress.Owners", owners), Counted.Of("Owners.Progress.WithoutTrekker", withoutTrekker) });
        return [new ToolProgress(Phase.Fase3, 2, "Owners.Progress.Name", owners > 0, summary, arguments, $"/o/{facts.OrganisationSlug}/followup/owners")];
    }
}
