using System.Security.Cryptography;
using Circulair.Persistence;
using Circulair.Trajectory;

namespace Circulair.Workshops;

/// <summary>
/// A live workshop held during a session of the trajectory plan (guide ch. 5, phase 2: idea generation and
/// choosing with stakeholders). It has an ordered list of activities; the facilitator opens and closes them
/// one at a time, and participants join on their phones with the six-character <see cref="Code"/>.
/// At most one activity is open at a time, so the projector and the phones always agree on what is going on.
/// </summary>
public sealed class Workshop : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int MaxActivities = 30;

    private readonly List<WorkshopActivity> _activities = [];

    private Workshop()
    {
        Title = "";
        Code = "";
    }

    public Workshop(TrajectorySession session, string title, string code, DateTime now)
    {
        OrganisationId = session.OrganisationId;
        TrajectoryId = session.TrajectoryId;
        TrajectorySessionId = session.Id;
        Title = WorkshopText.Required(title, TitleMaxLength, "Workshops.Error.TitleRequired");
        Code = WorkshopCode.Normalise(code) ?? throw new ArgumentException("Not a workshop code.", nameof(code));
        Status = WorkshopStatus.Voorbereiding;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int TrajectorySessionId { get; private set; }
    public string Title { get; private set; }

    /// <summary>Six characters from <see cref="WorkshopCode.Alphabet"/>; unique over all workshops.</summary>
    public string Code { get; private set; }

    public WorkshopStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }

    public IReadOnlyList<WorkshopActivity> Activities => _activities;

    public bool IsEnded => Status == WorkshopStatus.Beeindigd;

    public IReadOnlyList<WorkshopActivity> OrderedActivities() => [.. _activities.OrderBy(a => a.Position)];

    public WorkshopActivity? OpenActivity => _activities.FirstOrDefault(a => a.State == ActivityState.Open);

    /// <summary>What the projector shows: the open activity, else the one closed last, else nothing (the join screen).</summary>
    public WorkshopActivity? ProjectedActivity =>
        OpenActivity ?? _activities.Where(a => a.ClosedAt is not null).OrderByDescending(a => a.ClosedAt).ThenByDescending(a => a.Position).FirstOrDefault();

    public WorkshopActivity Activity(int activityId) =>
        _activities.FirstOrDefault(a => a.Id == activityId) ?? throw new DomainException("Errors.NotFoundItem");

    public void Rename(string title)
    {
        EnsureNotEnded();
        Title = WorkshopText.Required(title, TitleMaxLength, "Workshops.Error.TitleRequired");
    }

    public WorkshopActivity AddActivity(ActivityKind kind, string title)
    {
        EnsureNotEnded();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        if (_activities.Count >= MaxActivities)
        {
            throw new DomainException("Workshops.Error.TooManyActivities", MaxActivities);
        }
        var activity = new WorkshopActivity(this, _activities.Count == 0 ? 1 : _activities.Max(a => a.Position) + 1, kind, title);
        _activities.Add(activity);
        return activity;
    }

    /// <summary>
    /// A new workshop for <paramref name="session"/> prepared like this one: the same activities in the same order with
    /// their settings and prepared items, without participants or results, with its own code.
    /// </summary>
    public Workshop Duplicate(TrajectorySession session, string title, string code, DateTime now)
    {
        var copy = new Workshop(session, title, code, now);
        foreach (var activity in OrderedActivities())
        {
            copy.AddActivity(activity.Kind, activity.Title).CopyPreparationFrom(activity);
        }
        return copy;
    }

    /// <summary>Removes an activity that never ran; one that ran holds results and stays.</summary>
    public void RemoveActivity(WorkshopActivity activity)
    {
        EnsureNotEnded();
        if (activity.OpenedAt is not null)
        {
            throw new DomainException("Workshops.Error.ActivityHasRun");
        }
        if (!_activities.Remove(activity))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        var position = 1;
        foreach (var a in _activities.OrderBy(a => a.Position))
        {
            a.Position = position++;
        }
    }

    /// <summary>Moves an activity one place up (-1) or down (+1); at the edge nothing moves.</summary>
    public void MoveActivity(WorkshopActivity activity, int direction)
    {
        EnsureNotEnded();
        var ordered = OrderedActivities().ToList();
        var index = ordered.IndexOf(activity);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }

    /// <summary>Opens an activity (the first one also starts the workshop). Refused while another activity is open.</summary>
    /// <param name="participantCount">Participants at this moment: brainwriting hands out that many sheets.</param>
    public void Open(WorkshopActivity activity, int participantCount, DateTime now)
    {
        EnsureNotEnded();
        if (OpenActivity is { } open && open != activity)
        {
            throw new DomainException("Workshops.Error.AnotherActivityOpen", open.Title);
        }
        activity.Open(participantCount, now);
        Status = WorkshopStatus.Actief;
        StartedAt ??= now;
    }

    public void Close(WorkshopActivity activity, DateTime now)
    {
        EnsureNotEnded();
        activity.Close(now);
    }

    /// <summary>Ends the workshop: the open activity closes, participants are told, nothing more can be added.</summary>
    public void End(DateTime now)
    {
        EnsureNotEnded();
        if (OpenActivity is { } open)
        {
            open.Close(now);
        }
        Status = WorkshopStatus.Beeindigd;
        EndedAt = now;
    }

    public void EnsureNotEnded()
    {
        if (IsEnded)
        {
            throw new DomainException("Workshops.Error.Ended");
        }
    }
}

public enum WorkshopStatus
{
    Voorbereiding = 1,
    Actief = 2,
    Beeindigd = 3,
}

/// <summary>
/// The join code: six characters without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code read from a
/// projector across a room is typed right. 25^6 ≈ 244 million codes; guessing is further slowed by the join
/// rate limit (see docs/decisions/0190).
/// </summary>
public static class WorkshopCode
{
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
    public const int Length = 6;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(code);
    }

    /// <summary>The code as stored (upper case, without spaces or dashes), or null when it cannot be one.</summary>
    public static string? Normalise(string? input)
    {
        if (input is null)
        {
            return null;
        }
        var chars = input.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>
    /// Whether the input has the shape of a code (six letters or digits, ignoring case, spaces and dashes), even when it
    /// uses a character no code contains: such input is an unknown code, not a malformed one.
    /// </summary>
    public static bool IsWellFormed(string? input)
    {
        if (input is null)
        {
            return false;
        }
        var chars = input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray();
        return chars.Length == Length && chars.All(char.IsAsciiLetterOrDigit);
    }
}

/// <summary>Text rules shared by the workshop model: trimmed, blank becomes null, too long is refused (never cut).</summary>
public static class WorkshopText
{
    public static string? Optional(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Workshops.Error.TooLong", maxLength);
        }
        return trimmed;
    }

    public static string Required(string? text, int maxLength, string missingKey) =>
        Optional(text, maxLength) ?? throw new DomainException(missingKey);
}
