using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>One move of a pilot to a step of Figure 13, with the date it happened (the first has no <see cref="From"/>).</summary>
public sealed class PilotStepMove : IOrganisationScoped
{
    private PilotStepMove() { }

    internal PilotStepMove(Pilot pilot, PilotStep? from, PilotStep to, DateOnly on, DateTime now)
    {
        Pilot = pilot;
        OrganisationId = pilot.OrganisationId;
        From = from;
        To = to;
        On = on;
        RecordedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Pilot? Pilot { get; private set; }
    public PilotStep? From { get; private set; }
    public PilotStep To { get; private set; }
    public DateOnly On { get; private set; }
    public DateTime RecordedAt { get; private set; }
}
