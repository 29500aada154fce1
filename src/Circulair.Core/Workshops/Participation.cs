using System.Security.Cryptography;
using System.Text;

namespace Circulair.Workshops;

/// <summary>
/// A device that joined a workshop: no account, an optional self-chosen name, known by a random token in a
/// cookie of its own per workshop (only the token's SHA-256 is stored). Participants' input is deliberately
/// not part of the field-by-field audit trail: it is anonymous, high-volume live input whose record is the
/// workshop report (docs/decisions/0190). It still carries <see cref="OrganisationId"/> for scoped queries.
/// </summary>
public sealed class WorkshopParticipant
{
    public const int NameMaxLength = 60;

    private WorkshopParticipant()
    {
        TokenHash = "";
    }

    private WorkshopParticipant(Workshop workshop, string tokenHash, string? displayName, DateTime now)
    {
        OrganisationId = workshop.OrganisationId;
        WorkshopId = workshop.Id;
        TokenHash = tokenHash;
        DisplayName = WorkshopText.Optional(displayName, NameMaxLength);
        JoinedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int WorkshopId { get; private set; }
    public string TokenHash { get; private set; }
    public string? DisplayName { get; private set; }
    public DateTime JoinedAt { get; private set; }

    /// <summary>Joins a workshop that has not ended; returns the participant and the raw token for the cookie.</summary>
    public static (WorkshopParticipant Participant, string Token) Join(Workshop workshop, string? displayName, DateTime now)
    {
        workshop.EnsureNotEnded();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (new WorkshopParticipant(workshop, Hash(token), displayName, now), token);
    }

    public void Rename(string? displayName) => DisplayName = WorkshopText.Optional(displayName, NameMaxLength);

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The rater key under which this participant's AMORE rating lands (one per participant per round).</summary>
    public Vision.RaterKey RaterKey => Vision.RaterKey.Workshop($"ws{WorkshopId}-p{Id}");
}

/// <summary>
/// One value a participant gave in an activity: dots on an item, a chosen poll option, a score on a criterion
/// (slot) of an item, a scale answer, an open answer or a word. A participant's answer to an activity replaces
/// their earlier one as a whole, so a double submission counts once; a unique index (activity, participant,
/// item, slot) makes that hold under concurrent requests too.
/// </summary>
public sealed class WorkshopResponse
{
    public const int TextMaxLength = 500;

    private WorkshopResponse() { }

    public WorkshopResponse(WorkshopActivity activity, WorkshopParticipant participant, int itemKey, int slot, int value, string? text, DateTime now)
    {
        OrganisationId = activity.OrganisationId;
        WorkshopId = activity.WorkshopId;
        WorkshopActivityId = activity.Id;
        ParticipantId = participant.Id;
        ItemKey = itemKey;
        Slot = slot;
        Value = value;
        Text = text;
        At = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int WorkshopId { get; private set; }
    public int WorkshopActivityId { get; private set; }
    public int ParticipantId { get; private set; }

    /// <summary>The <see cref="WorkshopItem"/> id, or 0 for an answer about the activity as a whole.</summary>
    public int ItemKey { get; private set; }

    /// <summary>Criterion or position: an AMORE criterion, 1 = impact / 2 = effort, the n-th word; 0 otherwise.</summary>
    public int Slot { get; private set; }

    public int Value { get; private set; }
    public string? Text { get; private set; }
    public DateTime At { get; private set; }

    /// <summary>A participant changed their answer (their vote may change until the activity closes).</summary>
    public void Change(int value, string? text, DateTime now)
    {
        if (Value != value || Text != text)
        {
            Value = value;
            Text = text;
            At = now;
        }
    }
}

public enum IdeaKind
{
    Idee = 1,
    Vraag = 2,
    Notitie = 3,
}

/// <summary>
/// A brainwriting idea, a "Hoe kunnen we…" question or a world-café table note, with its lineage: the round,
/// the sheet it was written on and the idea it builds on. <see cref="SubmissionKey"/> comes from the form, so
/// a double tap stores the idea once.
/// </summary>
public sealed class WorkshopIdea
{
    public const int TextMaxLength = 500;
    public const int NoteMaxLength = 4000;

    private WorkshopIdea()
    {
        Text = "";
    }

    public WorkshopIdea(WorkshopActivity activity, WorkshopParticipant? participant, IdeaKind kind, string text, int round, int? sheet, int itemKey, int? buildsOnIdeaId, Guid submissionKey, DateTime now)
    {
        OrganisationId = activity.OrganisationId;
        WorkshopId = activity.WorkshopId;
        WorkshopActivityId = activity.Id;
        ParticipantId = participant?.Id;
        Kind = kind;
        Text = WorkshopText.Required(text, kind == IdeaKind.Notitie ? NoteMaxLength : TextMaxLength, "Workshops.Error.IdeaRequired");
        Round = round;
        Sheet = sheet;
        ItemKey = itemKey;
        BuildsOnIdeaId = buildsOnIdeaId;
        SubmissionKey = submissionKey;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int WorkshopId { get; private set; }
    public int WorkshopActivityId { get; private set; }
    public int? ParticipantId { get; private set; }
    public IdeaKind Kind { get; private set; }
    public string Text { get; private set; }
    public int Round { get; private set; }

    /// <summary>Brainwriting: the sheet (0-based) the idea was written on.</summary>
    public int? Sheet { get; private set; }

    /// <summary>World café: the table (<see cref="WorkshopItem"/> id) the note belongs to; 0 otherwise.</summary>
    public int ItemKey { get; private set; }

    public int? BuildsOnIdeaId { get; private set; }
    public Guid SubmissionKey { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary><i>Verzamelen op een canvas</i>: what the team decided about the note (null: not reviewed yet) and when.</summary>
    public NoteReview? Review { get; private set; }
    public DateTime? ReviewedAt { get; private set; }

    public bool IsKept => Review == NoteReview.Bewaard;

    /// <summary>
    /// Marks the note kept; false when it already was, so the caller adds it to the canvas only the first time. A
    /// discarded note may still be kept later.
    /// </summary>
    public bool Keep(DateTime now)
    {
        if (IsKept)
        {
            return false;
        }
        Review = NoteReview.Bewaard;
        ReviewedAt = now;
        return true;
    }

    /// <summary>Marks the note discarded; a kept note stays kept (it is on the canvas already, where the team edits it).</summary>
    public void Discard(DateTime now)
    {
        if (IsKept)
        {
            throw new DomainException("Workshops.Error.NoteAlreadyKept");
        }
        Review = NoteReview.Verworpen;
        ReviewedAt = now;
    }

    public void Edit(string text) => Text = WorkshopText.Required(text, Kind == IdeaKind.Notitie ? NoteMaxLength : TextMaxLength, "Workshops.Error.IdeaRequired");
}
