using Circulair.FollowUp;
using Circulair.Stakeholders;
using Circulair.Trajectory;

namespace Circulair.Guidance;

/// <summary>How far one item of a checklist is: not yet, on its way (planned, one of two), or done.</summary>
public enum ChecklistState
{
    Open = 1,
    Partly = 2,
    Done = 3,
}

/// <summary>
/// One line of a checklist. <see cref="Key"/> names the item (resource "Guidance.Checklist.{Key}"), <see cref="Count"/>
/// and <see cref="Needed"/> say how far it is where it counts something, <see cref="Manual"/> marks items a coordinator
/// ticks because no data shows them.
/// </summary>
public sealed record ChecklistItem(string Key, ChecklistState State, int Count = 0, int Needed = 0, bool Manual = false);

public sealed record Checklist(string Key, IReadOnlyList<ChecklistItem> Items)
{
    public int Done => Items.Count(i => i.State == ChecklistState.Done);
}

/// <summary>A session of the trajectory as the checklists see it: its kind, whether it has a date, whether it was written down, who took part.</summary>
public sealed record SessionFacts(SessionKind Kind, bool Dated, bool Held, string? Participants);

/// <summary>A political decision as the checklists see it.</summary>
public sealed record DecisionFacts(PoliticalMoment Moment, DecisionOutcome Outcome);

/// <summary>A stakeholder of the register, to recognise in a session's list of participants.</summary>
public sealed record KnownParticipant(string Name, string? Department, StakeholderSide? Side, StakeholderGroup? Group);

/// <summary>Everything the four checklists of one trajectory are computed from.</summary>
public sealed record ChecklistFacts(
    IReadOnlyList<SessionFacts> Sessions,
    IReadOnlyList<DecisionFacts> Decisions,
    IReadOnlyList<KnownParticipant> Register,
    IReadOnlySet<ConditionKind> Conditions);

/// <summary>
/// The checklists the guide gives for a trajectory (guide, chapter 5 Figure 6 and chapter 7), each derived from the
/// data where the data can say it:
/// <list type="bullet">
/// <item>the minimum sessions: one preparatory core-team session, three with stakeholders, one aftercare session
/// (planned = has a date, done = has minutes or decisions);</item>
/// <item>politics at four moments: one recorded decision per <see cref="PoliticalMoment"/> (postponed or refused
/// counts as on its way);</item>
/// <item>diversity of participants, counted from the sessions' participant lists matched against the stakeholder
/// register: several internal departments, several external groups, and not the same people every session;</item>
/// <item>the internal conditions (mandate, time, budget, culture), ticked by the coordinator.</item>
/// </list>
/// </summary>
public static class MethodChecklists
{
    public const string Sessions = "Sessions";
    public const string Politics = "Politics";
    public const string Diversity = "Diversity";
    public const string Conditions = "Conditions";

    /// <summary>Stakeholder sessions the guide asks for at least.</summary>
    public const int StakeholderSessionsNeeded = 3;

    /// <summary>Distinct internal departments, or distinct external groups, that make a session round diverse.</summary>
    public const int DiverseAt = 2;

    public static IReadOnlyList<Checklist> For(ChecklistFacts facts) =>
        [SessionChecklist(facts.Sessions), PoliticsChecklist(facts.Decisions), DiversityChecklist(facts.Sessions, facts.Register), ConditionChecklist(facts.Conditions)];

    public static Checklist SessionChecklist(IReadOnlyList<SessionFacts> sessions)
    {
        ChecklistItem Of(string key, SessionKind kind, int needed)
        {
            var held = sessions.Count(s => s.Kind == kind && s.Held);
            var dated = sessions.Count(s => s.Kind == kind && (s.Held || s.Dated));
            var state = held >= needed ? ChecklistState.Done : dated >= needed || held > 0 || dated > 0 ? ChecklistState.Partly : ChecklistState.Open;
            return new ChecklistItem(key, state, held, needed);
        }
        return new Checklist(Sessions,
        [
            Of("Sessions.CoreTeam", SessionKind.Kernteam, 1),
            Of("Sessions.Stakeholders", SessionKind.Stakeholders, StakeholderSessionsNeeded),
            Of("Sessions.Aftercare", SessionKind.Nazorg, 1),
        ]);
    }

    public static Checklist PoliticsChecklist(IReadOnlyList<DecisionFacts> decisions) =>
        new(Politics, [.. Enum.GetValues<PoliticalMoment>().Select(moment =>
        {
            var at = decisions.Where(d => d.Moment == moment).ToList();
            var state = at.Count == 0 ? ChecklistState.Open
                : at.Any(d => d.Outcome is not (DecisionOutcome.Uitgesteld or DecisionOutcome.Afgekeurd)) ? ChecklistState.Done
                : ChecklistState.Partly;
            return new ChecklistItem($"Politics.{moment}", state, at.Count, 1);
        })]);

    public static Checklist DiversityChecklist(IReadOnlyList<SessionFacts> sessions, IReadOnlyList<KnownParticipant> register)
    {
        var withPeople = sessions.Where(s => s.Kind != SessionKind.Kernteam && !string.IsNullOrWhiteSpace(s.Participants)).ToList();
        var perSession = withPeople.Select(s => Recognise(s.Participants, register)).ToList();
        var all = perSession.SelectMany(p => p).ToList();
        var departments = all.Where(p => p.Side == StakeholderSide.Intern).Select(p => (p.Department ?? p.Name).ToUpperInvariant()).Distinct().Count();
        var groups = all.Where(p => p.Side == StakeholderSide.Extern && p.Group is not null).Select(p => p.Group).Distinct().Count();
        var sets = perSession.Select(p => string.Join('\n', p.Select(x => x.Name.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)))
            .Where(s => s.Length > 0).ToList();
        var varied = sets.Count < 2 ? ChecklistState.Open : sets.Distinct().Count() > 1 ? ChecklistState.Done : ChecklistState.Partly;
        return new Checklist(Diversity,
        [
            new ChecklistItem("Diversity.Internal", Level(departments), departments, DiverseAt),
            new ChecklistItem("Diversity.External", Level(groups), groups, DiverseAt),
            new ChecklistItem("Diversity.Varied", varied, sets.Distinct().Count(), 2),
        ]);
    }

    public static Checklist ConditionChecklist(IReadOnlySet<ConditionKind> ticked) =>
        new(Conditions, [.. Enum.GetValues<ConditionKind>().Select(kind =>
            new ChecklistItem($"Conditions.{kind}", ticked.Contains(kind) ? ChecklistState.Done : ChecklistState.Open, Manual: true))]);

    /// <summary>
    /// The register's stakeholders named in a free-text list of participants. The list is split at line breaks, commas
    /// and semicolons; a piece names a stakeholder when it contains the stakeholder's name or department (at least
    /// three letters, ignoring case), the longest match winning. Names the register does not know are left out.
    /// </summary>
    public static IReadOnlyList<KnownParticipant> Recognise(string? participants, IReadOnlyList<KnownParticipant> register)
    {
        if (string.IsNullOrWhiteSpace(participants))
        {
            return [];
        }
        var found = new List<KnownParticipant>();
        foreach (var piece in participants.Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = register
                .Select(p => (Participant: p, Length: MatchLength(piece, p)))
                .Where(m => m.Length > 0)
                .OrderByDescending(m => m.Length)
                .Select(m => m.Participant)
                .FirstOrDefault();
            if (match is not null && !found.Contains(match))
            {
                found.Add(match);
            }
        }
        return found;
    }

    private static int MatchLength(string piece, KnownParticipant p)
    {
        static int Of(string piece, string? name) =>
            name is { Length: >= 3 } && piece.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase) ? name.Trim().Length : 0;
        return Math.Max(Of(piece, p.Name), Of(piece, p.Department));
    }

    private static ChecklistState Level(int count) =>
        count >= DiverseAt ? ChecklistState.Done : count > 0 ? ChecklistState.Partly : ChecklistState.Open;
}
