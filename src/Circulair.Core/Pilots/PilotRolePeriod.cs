using Circulair.Strategy;
using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>
/// The roles the local government took in a pilot during a period (Figure 16). Roles shift as a pilot grows (an
/// initiator becomes an observer), so each period is kept and the pilot page draws them as a timeline.
/// </summary>
public sealed class PilotRolePeriod : IOrganisationScoped
{
    public const int NoteMaxLength = 1000;

    private PilotRolePeriod() { }

    internal PilotRolePeriod(Pilot pilot, DateOnly from, DateOnly? until, PilotRoles roles, string? note)
    {
        if (!PilotRoleList.IsValid(roles))
        {
            throw new DomainException("Pilots.Error.RolesRequired");
        }
        if (until is { } end && end < from)
        {
            throw new DomainException("Pilots.Error.UntilBeforeFrom");
        }
        Pilot = pilot;
        OrganisationId = pilot.OrganisationId;
        From = from;
        Until = until;
        Roles = roles;
        Note = StrategyText.Clean(note, NoteMaxLength);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Pilot? Pilot { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? Until { get; private set; }
    public PilotRoles Roles { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Whether the period covers a day (an open period runs on).</summary>
    public bool Covers(DateOnly day) => From <= day && (Until is null || day <= Until);
}
