using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>One value a phone stores for an activity (see <see cref="WorkshopResponse"/>).</summary>
public readonly record struct PhoneValue(int ItemKey, int Slot, int Value, string? Text);

/// <summary>
/// A participant's phone in the open activity, as every kind sees it: who they are, the form they sent, and the
/// shared ways to store input so that a double submission counts once (docs/decisions/0190).
/// </summary>
public sealed class PhoneContext(
    CirculairDbContext db, ILiveNotifier live, Text t, DateTime now,
    Workshop workshop, WorkshopActivity activity, WorkshopParticipant me, ParticipantDirectory people,
    ModelStateDictionary modelState, IFormCollection? form, bool isGet)
{
    public CirculairDbContext Db { get; } = db;
    public Text T { get; } = t;
    public DateTime Now { get; } = now;
    public Workshop Workshop { get; } = workshop;
    public WorkshopActivity Activity { get; } = activity;
    public WorkshopParticipant Me { get; } = me;
    public ParticipantDirectory People { get; } = people;
    public ModelStateDictionary ModelState { get; } = modelState;
    public IFormCollection Form { get; } = form ?? new FormCollection([]);

    /// <summary>A first look at the page (not a refused submission): earlier answers fill the form.</summary>
    public bool IsGet { get; } = isGet;

    public string Action => WorkshopLoad.ParticipantPath(Workshop.Code);

    /// <summary>The participant's 0-based place in join order (the rotations use it).</summary>
    public int MyIndex => Math.Max(0, People.IndexOf(Me.Id));

    public string? Field(string name) => Form.TryGetValue(name, out var v) ? v.ToString() : null;

    public IReadOnlyList<string?> Fields(string name) =>
        [.. Form.Keys.Where(k => k == name || k.StartsWith(name + "[", StringComparison.Ordinal))
            .OrderBy(k => IndexOf(k) ?? 0).Select(k => (string?)Form[k].ToString())];

    public int? Int(string name) =>
        int.TryParse(Field(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public Guid Key => Guid.TryParse(Field("key"), out var key) ? key : Guid.Empty;

    /// <summary>
    /// Fields named <c>name[id]</c> as id → number; an empty field is left out. Null when a value is not a whole number
    /// (a forged form: a browser only sends the choices offered).
    /// </summary>
    public Dictionary<int, int>? Numbers(string name)
    {
        var map = new Dictionary<int, int>();
        foreach (var key in Form.Keys.Where(k => k.StartsWith(name + "[", StringComparison.Ordinal)))
        {
            var value = Form[key].ToString();
            if (IndexOf(key) is not { } id)
            {
                return null;
            }
            if (value.Length == 0)
            {
                continue;
            }
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }
            map[id] = n;
        }
        return map;
    }

    private static int? IndexOf(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        return open < 0 || !key.EndsWith(']') ? null
            : int.TryParse(key.AsSpan(open + 1, key.Length - open - 2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
    }

    public Task<List<WorkshopResponse>> MyResponsesAsync(CancellationToken ct) =>
        Db.WorkshopResponses.Where(r => r.WorkshopActivityId == Activity.Id && r.ParticipantId == Me.Id).ToListAsync(ct);

    /// <summary>Ideas, questions and notes of the open activity, oldest first, with who wrote them.</summary>
    public async Task<IReadOnlyList<(IdeaView View, int? ParticipantId)>> IdeasAsync(CancellationToken ct)
    {
        var ideas = await Db.WorkshopIdeas.Where(i => i.WorkshopActivityId == Activity.Id).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, i.ParticipantId, i.CreatedAt }).ToListAsync(ct);
        return [.. ideas.Select(i => (new IdeaView(i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, People.NameOf(i.ParticipantId, T), i.CreatedAt), i.ParticipantId))];
    }

    public Task<bool> AlreadySubmittedAsync(Guid key, CancellationToken ct) =>
        Db.WorkshopIdeas.AnyAsync(i => i.ParticipantId == Me.Id && i.SubmissionKey == key, ct);

    /// <summary>Saves, telling the screens; the same submission arriving twice at once (a double tap) counts once.</summary>
    public async Task SaveOnceAsync(CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique key let the first one in.
            return;
        }
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, Me.Id), ct);
    }

    /// <summary>Saves a change that is not participant input as such (a host claiming a table), telling the screens.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        await Db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, Me.Id), ct);
    }

    /// <summary>Replaces this participant's answer to the open activity with <paramref name="values"/> as a whole.</summary>
    public async Task SaveResponsesAsync(IEnumerable<PhoneValue> values, CancellationToken ct)
    {
        var existing = await MyResponsesAsync(ct);
        var wanted = values.ToList();
        foreach (var old in existing.Where(e => !wanted.Any(w => w.ItemKey == e.ItemKey && w.Slot == e.Slot)))
        {
            Db.WorkshopResponses.Remove(old);
        }
        foreach (var w in wanted)
        {
            var old = existing.FirstOrDefault(e => e.ItemKey == w.ItemKey && e.Slot == w.Slot);
            if (old is null)
            {
                Db.WorkshopResponses.Add(new WorkshopResponse(Activity, Me, w.ItemKey, w.Slot, w.Value, w.Text, Now));
            }
            else
            {
                old.Change(w.Value, w.Text, Now);
            }
        }
        await SaveOnceAsync(ct);
    }

    /// <summary>The n-th key derived from one form's key, for a form that stores several ideas at once.</summary>
    public static Guid Derive(Guid key, int index)
    {
        var bytes = key.ToByteArray();
        bytes[15] ^= (byte)index;
        return new Guid(bytes);
    }

    /// <summary>Input for a kind that is not what the open activity takes (an old form): refused like a closed activity.</summary>
    public static DomainException WrongActivity() => new("Workshops.Error.ActivityClosed");
}
