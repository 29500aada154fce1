namespace Circulair.Workshops;

/// <summary>
/// Who holds which brainwriting sheet. Participants are numbered in the order they joined (index 0, 1, 2…).
/// A pure function, so the phones, the projector and the tests agree.
/// </summary>
public static class BrainwritingSheets
{
    /// <summary>
    /// 6-3-5 style: in round 1 participant i writes on sheet i; each round every sheet moves on to the next
    /// person, so in round r participant i holds sheet (i + r − 1) mod S. With S sheets nobody gets their own
    /// sheet back before round S + 1. Late joiners (i ≥ S) share a sheet with someone who was there.
    /// </summary>
    public static int SheetFor(int participantIndex, int round, int sheetCount)
    {
        if (sheetCount < 1 || round < 1 || participantIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sheetCount));
        }
        return (participantIndex + round - 1) % sheetCount;
    }
}
