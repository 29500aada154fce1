using Circulair.Persistence;

namespace Circulair.Trajectory;

/// <summary>
/// A stakeholder of the register invited to a session of the trajectory plan, and whether they came. Free-text
/// participants (<see cref="TrajectorySession.Participants"/>) stay for people who are not in the register.
/// </summary>
public sealed class SessionParticipant : IOrganisationScoped
{
    private SessionParticipant() { }

    internal SessionParticipant(TrajectorySession session, int stakeholderId, bool present)
    {
        OrganisationId = session.OrganisationId;
        Session = session;
        StakeholderId = stakeholderId;
        Present = present;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectorySessionId { get; private set; }
    public TrajectorySession Session { get; private set; } = null!;
    public int StakeholderId { get; private set; }

    /// <summary>Invited and present (true) or invited only (false).</summary>
    public bool Present { get; internal set; }
}

/// <summary>One line of a session's participant list: a stakeholder of the register, invited, maybe present.</summary>
public sealed record SessionInvitee(int StakeholderId, bool Present);
