namespace Circulair.Workshops;

/// <summary>
/// Who sits at which world-café table. Hosts stay at the table they claimed; the guests (everyone else, numbered
/// in the order they joined, hosts left out) move. Pure functions, so the phones, the projector and the tests agree.
/// </summary>
public static class CafeTables
{
    /// <summary>
    /// In round 1 guest j sits at table j mod T. Guests of "group" g = j div T move s = 1 + (g mod (T − 1)) tables on
    /// each round: never 0 (with two or more tables every guest changes table every round, which a step of g + 1
    /// did not guarantee: with two tables the third phone stayed put), the same for everyone in a group (so every
    /// table keeps about as many guests), and different for the groups that shared a table (so they are spread,
    /// as far as there are tables to spread them over).
    /// </summary>
    public static int TableFor(int guestIndex, int round, int tableCount)
    {
        if (tableCount < 1 || round < 1 || guestIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tableCount));
        }
        if (tableCount == 1)
        {
            return 0;
        }
        var group = guestIndex / tableCount;
        var step = 1 + group % (tableCount - 1);
        return (int)((guestIndex % tableCount + (long)(round - 1) * step) % tableCount);
    }

    /// <summary>
    /// The table (0-based position among <paramref name="tables"/>) of a participant: their own table when they host
    /// one, else the rotation over the guests in join order.
    /// </summary>
    /// <param name="participantsInJoinOrder">Every participant's id, in the order they joined.</param>
    public static int TableOf(int participantId, IReadOnlyList<int> participantsInJoinOrder, IReadOnlyList<WorkshopItem> tables, int round)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i].HostParticipantId == participantId)
            {
                return i;
            }
        }
        var hosts = tables.Where(t => t.HostParticipantId is not null).Select(t => t.HostParticipantId!.Value).ToHashSet();
        var guests = participantsInJoinOrder.Where(p => !hosts.Contains(p)).ToList();
        var index = Math.Max(0, guests.IndexOf(participantId));
        return TableFor(index, Math.Max(1, round), tables.Count);
    }
}
