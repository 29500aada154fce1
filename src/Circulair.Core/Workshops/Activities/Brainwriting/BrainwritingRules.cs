namespace Circulair.Workshops;

/// <summary>Brainwriting (6-3-5 style): sheets pass on each round; the sheets are counted when the activity first opens.</summary>
public sealed class BrainwritingRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.Brainwriting;

    public bool NeedsItems(WorkshopActivity activity) => false;

    public bool HasRounds => true;

    public void Opening(WorkshopActivity activity, int participantCount)
    {
        if (activity.SheetCount == 0)
        {
            activity.SheetCount = Math.Max(1, participantCount);
        }
    }

    /// <summary>How many ideas a participant may still add this round.</summary>
    public static int IdeasLeft(int ideasPerRound, int writtenThisRound) => Math.Max(0, ideasPerRound - writtenThisRound);
}
