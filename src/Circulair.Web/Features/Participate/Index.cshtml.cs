using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Features.Vision.Amore;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Participate;

/// <summary>
/// The participant's phone: join with an optional name (no account; a device cookie per workshop), then take
/// part in whatever activity the facilitator has open. Every activity is a plain form (POST-redirect-GET), so
/// it works without JavaScript; with it, the page reloads itself when the facilitator moves on. Input for an
/// activity that is no longer open answers 409 with a message; a double submission counts once.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CirculairDbContext db, TimeProvider clock, ILiveNotifier live, ParticipantLimits limits, Text t) : PageModel
{
    public const int MaxQuestionsPerParticipant = 10;

    public ParticipantState State { get; private set; }
    public string Code { get; private set; } = "";
    public Workshop Workshop { get; private set; } = null!;
    public WorkshopParticipant? Me { get; private set; }
    public WorkshopActivity? Activity { get; private set; }
    public string MyName { get; private set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    public Dictionary<int, int> MyDots { get; private set; } = [];
    public Dictionary<int, (int Impact, int Effort)> MyScores { get; private set; } = [];
    public HashSet<int> MyChoices { get; private set; } = [];
    public int? MyScale { get; private set; }
    public string? MyAnswer { get; private set; }
    public List<string?> MyWords { get; private set; } = [];
    public List<string?> TypedIdeas { get; private set; } = [];
    public string? TypedQuestion { get; private set; }
    public string? TypedNote { get; private set; }
    public RatingInput Rating { get; set; } = new();
    public string? Statement { get; private set; }
    public int? Sheet { get; private set; }
    public IReadOnlyList<IdeaView> SheetIdeas { get; private set; } = [];
    public int IdeasLeft { get; private set; }
    public IReadOnlyList<IdeaView> MyIdeas { get; private set; } = [];
    public WorkshopItem? MyTable { get; private set; }
    public bool IAmHost { get; private set; }
    public IReadOnlyList<WorkshopItem> FreeTables { get; private set; } = [];
    public IReadOnlyList<IdeaView> TableNotes { get; private set; } = [];
    public Guid SubmissionKey { get; private set; } = Guid.NewGuid();

    public int DotsLeft => Activity is null ? 0 : DotBudget.Remaining(MyDots, Activity.DotsPerParticipant);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (State == ParticipantState.Taking)
        {
            await PrepareAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (Me is null)
        {
            if ((DisplayName?.Trim().Length ?? 0) > WorkshopParticipant.NameMaxLength)
            {
                ModelState.AddModelError(nameof(DisplayName), t["Shared.Validation.TooLong", t["Workshops.Participate.NameLabel"], WorkshopParticipant.NameMaxLength]);
                return Page();
            }
            var (participant, token) = WorkshopParticipant.Join(Workshop, DisplayName, Now);
            db.WorkshopParticipants.Add(participant);
            await db.SaveChangesAsync(ct);
            ParticipantCookie.Set(HttpContext, Code, token);
            await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, participant.Id), ct);
        }
        return Redirect(WorkshopLoad.ParticipantPath(Code));
    }

    public async Task<IActionResult> OnPostVoteAsync(string code, int activityId, Dictionary<int, int>? dots, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (!a.UsesDots)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        dots ??= [];
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("Dots", t["Workshops.Participate.DotsNotNumbers"]);
        }
        else
        {
            var problem = DotBudget.Check(dots, a.DotsPerParticipant, a.MaxDotsPerItem, [.. a.Items.Select(i => i.Id)]);
            if (!problem.IsNone)
            {
                ModelState.AddModelError("Dots", problem.Kind switch
                {
                    DotProblemKind.OverBudget => t["Workshops.Participate.OverBudget", problem.Given, problem.Allowed],
                    DotProblemKind.OverItemMaximum => t.Count("Workshops.Participate.OverItemMax", problem.Allowed),
                    _ => t["Workshops.Participate.DotsNotNumbers"],
                });
            }
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            MyDots = dots.Where(d => d.Value > 0).ToDictionary();
            return Page();
        }
        await SaveResponsesAsync(dots.Where(d => d.Value > 0).Select(d => new Answer(d.Key, 0, d.Value, null)), ct);
        return Done("Workshops.Participate.VoteSaved");
    }

    public async Task<IActionResult> OnPostPollAsync(string code, int activityId, int? choice, List<int>? choices, int? scale, string? answer, List<string?>? words, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.Peiling)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        var itemIds = a.Items.Select(i => i.Id).ToHashSet();
        var answers = new List<Answer>();
        ModelState.Clear();
        switch (a.PollType)
        {
            case PollType.EenKeuze when choice is { } c && itemIds.Contains(c):
                answers.Add(new Answer(c, 0, 1, null));
                break;
            case PollType.MeerKeuze when choices is { Count: > 0 } && choices.All(itemIds.Contains):
                answers.AddRange(choices.Distinct().Select(c => new Answer(c, 0, 1, null)));
                break;
            case PollType.Schaal when scale is >= PollResults.ScaleMin and <= PollResults.ScaleMax:
                answers.Add(new Answer(0, 0, scale.Value, null));
                break;
            case PollType.OpenTekst when !string.IsNullOrWhiteSpace(answer):
                if (answer.Trim().Length > WorkshopResponse.TextMaxLength)
                {
                    ModelState.AddModelError("Answer", t["Workshops.Participate.TooLong", WorkshopResponse.TextMaxLength]);
                }
                answers.Add(new Answer(0, 0, 0, answer.Trim()));
                break;
            case PollType.Woordwolk when words is not null && words.Any(w => !string.IsNullOrWhiteSpace(w)):
                var list = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim()).Take(PollResults.MaxWords).ToList();
                if (list.Any(w => w.Length > 40 || w.Contains(' ', StringComparison.Ordinal)))
                {
                    ModelState.AddModelError("Words", t["Workshops.Participate.OneWord", 40]);
                }
                answers.AddRange(list.Select((w, i) => new Answer(0, i + 1, 0, w)));
                break;
            default:
                ModelState.AddModelError(a.PollType switch
                {
                    PollType.MeerKeuze => "Choices",
                    PollType.Schaal => "Scale",
                    PollType.OpenTekst => "Answer",
                    PollType.Woordwolk => "Words",
                    _ => "Choice",
                }, t["Workshops.Participate.AnswerRequired"]);
                break;
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            MyAnswer = answer;
            MyWords = words ?? [];
            return Page();
        }
        await SaveResponsesAsync(answers, ct);
        return Done("Workshops.Participate.AnswerSaved");
    }

    public async Task<IActionResult> OnPostRateAsync(string code, int activityId, [Bind(Prefix = "Rating")] RatingInput rating, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.Amore || a.AmoreRoundId is not { } roundId)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        Rating = rating;
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var round = await db.AmoreRounds.InOrganisation(Workshop.OrganisationId).Include(r => r.Ratings).FirstOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new DomainException("Vision.Error.AmoreRoundClosed");
        var scores = rating.ToScores();
        var comment = string.IsNullOrWhiteSpace(rating.Comment) ? null : rating.Comment.Trim();
        MyName = (await ParticipantDirectory.LoadAsync(db, Workshop.Id, ct)).NameOf(Me!.Id, t);
        // The rating lands in the AMORE round of the vision version (Tool 4) and, so nothing is lost, in the workshop.
        round.Rate(Me!.RaterKey, MyName, scores, comment, Now);
        var answers = Enum.GetValues<AmoreCriterion>().Select(c => new Answer(0, (int)c, scores[c], null)).ToList();
        if (comment is not null)
        {
            answers.Add(new Answer(0, WorkshopAmore.CommentSlot, 0, comment.Length > WorkshopResponse.TextMaxLength ? comment[..WorkshopResponse.TextMaxLength] : comment));
        }
        await SaveResponsesAsync(answers, ct);
        return Done("Workshops.Participate.RatingSaved");
    }

    public async Task<IActionResult> OnPostScoreAsync(string code, int activityId, Dictionary<int, int>? impact, Dictionary<int, int>? effort, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.ImpactEffort)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        impact ??= [];
        effort ??= [];
        var valid = ModelState.IsValid;
        ModelState.Clear();
        var answers = new List<Answer>();
        foreach (var item in a.OrderedItems())
        {
            var hasImpact = impact.TryGetValue(item.Id, out var i) && i is >= 1 and <= 5;
            var hasEffort = effort.TryGetValue(item.Id, out var e) && e is >= 1 and <= 5;
            if (!valid || !hasImpact || !hasEffort)
            {
                ModelState.AddModelError($"Score_{item.Id}", t["Workshops.Participate.ScoreBoth", item.Text]);
                continue;
            }
            answers.Add(new Answer(item.Id, ImpactEffortRow.ImpactSlot, i, null));
            answers.Add(new Answer(item.Id, ImpactEffortRow.EffortSlot, e, null));
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            MyScores = a.Items.ToDictionary(x => x.Id, x => (impact.GetValueOrDefault(x.Id), effort.GetValueOrDefault(x.Id)));
            return Page();
        }
        await SaveResponsesAsync(answers, ct);
        return Done("Workshops.Participate.ScoresSaved");
    }

    public async Task<IActionResult> OnPostIdeasAsync(string code, int activityId, List<string?>? ideas, int? buildsOn, Guid key, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.Brainwriting)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        if (await AlreadySubmittedAsync(key, ct))
        {
            return Done("Workshops.Participate.IdeasSaved");
        }
        await PrepareAsync(ct);
        var texts = (ideas ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        if (texts.Count == 0)
        {
            ModelState.AddModelError("Ideas_0", t["Workshops.Participate.IdeaRequired"]);
        }
        else if (texts.Any(x => x.Length > WorkshopIdea.TextMaxLength))
        {
            ModelState.AddModelError("Ideas_0", t["Workshops.Participate.TooLong", WorkshopIdea.TextMaxLength]);
        }
        else if (texts.Count > IdeasLeft)
        {
            ModelState.AddModelError("Ideas_0", t["Workshops.Participate.TooManyIdeas", a.IdeasPerRound]);
        }
        if (!ModelState.IsValid)
        {
            TypedIdeas = ideas ?? [];
            return Page();
        }
        var parent = buildsOn is { } b && SheetIdeas.Any(i => i.Id == b) ? b : (int?)null;
        for (var i = 0; i < texts.Count; i++)
        {
            db.WorkshopIdeas.Add(new WorkshopIdea(a, Me, IdeaKind.Idee, texts[i], a.Round, Sheet, 0, parent, Derive(key, i), Now));
        }
        await SaveOnceAsync(ct);
        return Done("Workshops.Participate.IdeasSaved");
    }

    public async Task<IActionResult> OnPostQuestionAsync(string code, int activityId, string? question, Guid key, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.HoeKunnenWe || a.Phase != QuestionPhase.Verzamelen)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        if (await AlreadySubmittedAsync(key, ct))
        {
            return Done("Workshops.Participate.QuestionSaved");
        }
        await PrepareAsync(ct);
        var text = HowMightWe.Question(question);
        if (text is null)
        {
            ModelState.AddModelError("Question", t["Workshops.Participate.QuestionRequired"]);
        }
        else if (text.Length > WorkshopIdea.TextMaxLength)
        {
            ModelState.AddModelError("Question", t["Workshops.Participate.TooLong", WorkshopIdea.TextMaxLength]);
        }
        else if (MyIdeas.Count >= MaxQuestionsPerParticipant)
        {
            ModelState.AddModelError("Question", t["Workshops.Participate.TooManyQuestions", MaxQuestionsPerParticipant]);
        }
        if (!ModelState.IsValid)
        {
            TypedQuestion = question;
            return Page();
        }
        db.WorkshopIdeas.Add(new WorkshopIdea(a, Me, IdeaKind.Vraag, text!, 1, null, 0, null, key, Now));
        await SaveOnceAsync(ct);
        return Done("Workshops.Participate.QuestionSaved");
    }

    public async Task<IActionResult> OnPostHostAsync(string code, int activityId, int tableId, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        if (a.Kind != ActivityKind.WorldCafe)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        if (a.Items.Any(i => i.HostParticipantId == Me!.Id))
        {
            throw new DomainException("Workshops.Error.AlreadyHost");
        }
        a.Item(tableId).ClaimHost(Me!.Id);
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, Me.Id), ct);
        return Done("Workshops.Participate.HostClaimed");
    }

    public async Task<IActionResult> OnPostNoteAsync(string code, int activityId, string? note, Guid key, CancellationToken ct)
    {
        if (await LoadForInputAsync(code, activityId, ct) is { } stop)
        {
            return stop;
        }
        var a = Activity!;
        var table = a.Kind == ActivityKind.WorldCafe ? a.Items.FirstOrDefault(i => i.HostParticipantId == Me!.Id) : null;
        if (table is null)
        {
            throw new DomainException("Workshops.Error.NotHost");
        }
        if (await AlreadySubmittedAsync(key, ct))
        {
            return Done("Workshops.Participate.NoteSaved");
        }
        await PrepareAsync(ct);
        var text = note?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ModelState.AddModelError("Note", t["Workshops.Participate.NoteRequired"]);
        }
        else if (text.Length > WorkshopIdea.NoteMaxLength)
        {
            ModelState.AddModelError("Note", t["Workshops.Participate.TooLong", WorkshopIdea.NoteMaxLength]);
        }
        if (!ModelState.IsValid)
        {
            TypedNote = note;
            return Page();
        }
        db.WorkshopIdeas.Add(new WorkshopIdea(a, Me, IdeaKind.Notitie, text!, a.Round, null, table.Id, null, key, Now));
        await SaveOnceAsync(ct);
        return Done("Workshops.Participate.NoteSaved");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IActionResult Done(string flashKey)
    {
        TempData["Flash"] = flashKey;
        return Redirect(WorkshopLoad.ParticipantPath(Code));
    }

    private static Guid Derive(Guid key, int index)
    {
        var bytes = key.ToByteArray();
        bytes[15] ^= (byte)index;
        return new Guid(bytes);
    }

    private Task<bool> AlreadySubmittedAsync(Guid key, CancellationToken ct) =>
        db.WorkshopIdeas.AnyAsync(i => i.ParticipantId == Me!.Id && i.SubmissionKey == key, ct);

    private async Task SaveOnceAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same submission arrived twice at once (a double tap); the unique key let the first one in.
            return;
        }
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.Results, Me!.Id), ct);
    }

    private readonly record struct Answer(int ItemKey, int Slot, int Value, string? Text);

    /// <summary>Replaces this participant's answer to the open activity with <paramref name="answers"/> as a whole.</summary>
    private async Task SaveResponsesAsync(IEnumerable<Answer> answers, CancellationToken ct)
    {
        var a = Activity!;
        var existing = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == a.Id && r.ParticipantId == Me!.Id).ToListAsync(ct);
        var wanted = answers.ToList();
        foreach (var old in existing.Where(e => !wanted.Any(w => w.ItemKey == e.ItemKey && w.Slot == e.Slot)))
        {
            db.WorkshopResponses.Remove(old);
        }
        foreach (var w in wanted)
        {
            var old = existing.FirstOrDefault(e => e.ItemKey == w.ItemKey && e.Slot == w.Slot);
            if (old is null)
            {
                db.WorkshopResponses.Add(new WorkshopResponse(a, Me!, w.ItemKey, w.Slot, w.Value, w.Text, Now));
            }
            else
            {
                old.Change(w.Value, w.Text, Now);
            }
        }
        await SaveOnceAsync(ct);
    }

    private async Task<IActionResult?> LoadForInputAsync(string code, int activityId, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } stop)
        {
            return stop;
        }
        if (State != ParticipantState.Taking)
        {
            // Not (or no longer) a participant: back to the join form.
            return Redirect(WorkshopLoad.ParticipantPath(Code));
        }
        if (Activity is null || Activity.Id != activityId)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
        if (!limits.TryPost(HttpContext, Me!.Id))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        return null;
    }

    /// <returns>A response that ends the request (unknown code, too many attempts), or null to go on.</returns>
    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        var normalised = WorkshopCode.Normalise(code);
        var workshop = normalised is null ? null : await WorkshopLoad.FindByCodeAsync(db, normalised, ct);
        if (workshop is null)
        {
            if (limits.IsBlocked(HttpContext) || !limits.RecordMiss(HttpContext))
            {
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }
            State = ParticipantState.Unknown;
            Code = (code ?? "").Length <= 12 ? code ?? "" : "";
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Workshop = workshop;
        Code = workshop.Code;
        if (code != workshop.Code && HttpMethods.IsGet(Request.Method))
        {
            // The device cookie's path is the canonical code; a typed lower-case address would not carry it.
            return Redirect(WorkshopLoad.ParticipantPath(Code));
        }
        if (ParticipantCookie.Read(HttpContext, Code) is { } token)
        {
            var hash = WorkshopParticipant.Hash(token);
            Me = await db.WorkshopParticipants.FirstOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.TokenHash == hash, ct);
        }
        if (Me is null && limits.IsBlocked(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (workshop.IsEnded)
        {
            State = ParticipantState.Ended;
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (Me is null)
        {
            State = ParticipantState.Join;
            return null;
        }
        State = ParticipantState.Taking;
        Activity = workshop.OpenActivity;
        return null;
    }

    /// <summary>What the open activity needs on screen for this participant: their earlier answers, their sheet, their table.</summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        var people = await ParticipantDirectory.LoadAsync(db, Workshop.Id, ct);
        MyName = people.NameOf(Me!.Id, t);
        if (Activity is not { } a)
        {
            return;
        }
        var mine = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == a.Id && r.ParticipantId == Me.Id).ToListAsync(ct);
        MyDots = mine.Where(r => r.Slot == 0 && r.ItemKey != 0).ToDictionary(r => r.ItemKey, r => r.Value);
        MyChoices = [.. mine.Where(r => r.ItemKey != 0).Select(r => r.ItemKey)];
        MyScale = mine.FirstOrDefault(r => r.ItemKey == 0 && r.Slot == 0 && r.Text is null)?.Value;
        MyAnswer = mine.FirstOrDefault(r => r.ItemKey == 0 && r.Slot == 0)?.Text;
        MyWords = [.. mine.Where(r => r.ItemKey == 0 && r.Slot > 0).OrderBy(r => r.Slot).Select(r => r.Text)];
        MyScores = mine.Where(r => r.ItemKey != 0).GroupBy(r => r.ItemKey)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(r => r.Slot == ImpactEffortRow.ImpactSlot)?.Value ?? 0, g.FirstOrDefault(r => r.Slot == ImpactEffortRow.EffortSlot)?.Value ?? 0));
        if (a.Kind == ActivityKind.Amore)
        {
            if (Request.Method == "GET" && WorkshopAmore.Scores([.. mine.Select(r => new ResponseValue(r.ParticipantId, r.ItemKey, r.Slot, r.Value, r.Text))]) is { } given)
            {
                Rating = new RatingInput
                {
                    Ambitieus = given.Scores.Ambitieus, Motiverend = given.Scores.Motiverend, Onderscheidend = given.Scores.Onderscheidend,
                    Relevant = given.Scores.Relevant, Echt = given.Scores.Echt, Comment = given.Comment,
                };
            }
            if (a.AmoreRoundId is { } roundId)
            {
                var json = await db.AmoreRounds.InOrganisation(Workshop.OrganisationId).Where(r => r.Id == roundId).Select(r => r.VisionVersion.SnapshotJson).FirstOrDefaultAsync(ct);
                Statement = json is null ? null : VisionSnapshot.FromJson(json).Statement;
            }
        }
        var ideas = a.Kind is ActivityKind.Brainwriting or ActivityKind.HoeKunnenWe or ActivityKind.WorldCafe
            ? await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == a.Id).OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, i.ParticipantId, i.CreatedAt }).ToListAsync(ct)
            : [];
        var views = ideas.Select(i => (View: new IdeaView(i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, people.NameOf(i.ParticipantId, t), i.CreatedAt), i.ParticipantId)).ToList();
        MyIdeas = [.. views.Where(v => v.ParticipantId == Me.Id).Select(v => v.View)];
        var index = Math.Max(0, people.IndexOf(Me.Id));
        if (a.Kind == ActivityKind.Brainwriting && a.SheetCount > 0 && a.Round > 0)
        {
            Sheet = Rotation.SheetFor(index, a.Round, a.SheetCount);
            SheetIdeas = [.. views.Where(v => v.View.Sheet == Sheet).Select(v => v.View)];
            IdeasLeft = Math.Max(0, a.IdeasPerRound - MyIdeas.Count(i => i.Round == a.Round));
        }
        if (a.Kind == ActivityKind.WorldCafe && a.Items.Count > 0 && a.Round > 0)
        {
            var tables = a.OrderedItems();
            MyTable = tables.FirstOrDefault(i => i.HostParticipantId == Me.Id);
            IAmHost = MyTable is not null;
            MyTable ??= tables[Rotation.TableFor(index, a.Round, tables.Count)];
            FreeTables = [.. tables.Where(i => i.HostParticipantId is null)];
            TableNotes = [.. views.Where(v => v.View.ItemKey == MyTable.Id).Select(v => v.View)];
        }
    }
}

public enum ParticipantState
{
    Unknown,
    Ended,
    Join,
    Taking,
}
