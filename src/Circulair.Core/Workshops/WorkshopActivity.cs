using Circulair.Persistence;

namespace Circulair.Workshops;

/// <summary>The formats a workshop offers (guide ch. 5, phase 2: diverge with brainwriting, "Hoe kunnen we…" and world café; converge with dot voting; Tool 4 and Tool 6).</summary>
public enum ActivityKind
{
    Stippenstemming = 1,
    Brainwriting = 2,
    HoeKunnenWe = 3,
    WorldCafe = 4,
    Amore = 5,
    ImpactEffort = 6,
    Peiling = 7,

    /// <summary>The transition health check (guide ch. 5.3, issue 15): the nine building blocks scored 1–5 in the room.</summary>
    Gezondheidscheck = 8,

    /// <summary>
    /// <i>Analogiedenken</i> in the room (issue 18 item 2): the facilitator picks cases from the knowledge library, the
    /// projector shows them one per round, and participants write ideas inspired by the case shown.
    /// </summary>
    Analogiedenken = 9,

    /// <summary>
    /// <i>Verzamelen op een canvas</i> (issue 17 item 10): phones send short notes, each for a section of a pilot canvas
    /// chosen when the activity was added (the jobs, pains and gains of a value proposition canvas, or a persona's
    /// fields); the team keeps or discards each note, and kept ones land on the canvas.
    /// </summary>
    Canvasverzameling = 10,
}

public enum ActivityState
{
    Gepland = 1,
    Open = 2,
    Gesloten = 3,
}

/// <summary>
/// One activity of a workshop. Its settings depend on the kind (dots for voting, poll type, ideas per round,
/// the AMORE round it feeds); its items are what participants vote on, rate or choose from (ad-hoc lines, or
/// items from a source such as the shortlisted domains), or the tables of a world café. Participants' input
/// is kept beside it (<see cref="WorkshopResponse"/>, <see cref="WorkshopIdea"/>).
/// </summary>
public sealed class WorkshopActivity : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int SummaryMaxLength = 8000;
    public const int MaxItems = 60;
    public const int MaxDots = 20;
    public const int MaxIdeasPerRound = 5;
    public const int MaxRounds = 12;
    public const int MaxTimerMinutes = 120;

    private readonly List<WorkshopItem> _items = [];

    private WorkshopActivity()
    {
        Title = "";
    }

    internal WorkshopActivity(Workshop workshop, int position, ActivityKind kind, string title)
    {
        OrganisationId = workshop.OrganisationId;
        Workshop = workshop;
        Position = position;
        Kind = kind;
        Title = WorkshopText.Required(title, TitleMaxLength, "Workshops.Error.ActivityTitleRequired");
        State = ActivityState.Gepland;
        DotsPerParticipant = 5;
        MaxDotsPerItem = 3;
        PollType = PollType.EenKeuze;
        IdeasPerRound = 3;
        Round = 0;
        Phase = QuestionPhase.Verzamelen;
        ItemSource = VotingItemKind.AdHoc;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int WorkshopId { get; private set; }
    public Workshop Workshop { get; private set; } = null!;
    public int Position { get; internal set; }
    public ActivityKind Kind { get; private set; }
    public string Title { get; private set; }
    public ActivityState State { get; private set; }
    public bool ResultsVisible { get; private set; }
    public DateTime? TimerEndsAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Dot voting (and the vote phase of "Hoe kunnen we…"): dots each participant has (N) and the most on one item (M).</summary>
    public int DotsPerParticipant { get; private set; }
    public int MaxDotsPerItem { get; private set; }

    /// <summary>Where the items came from (ad hoc, domains, ideas, actions); they are copied in when added.</summary>
    public VotingItemKind ItemSource { get; private set; }

    public PollType PollType { get; private set; }

    /// <summary>The AMORE round (Tool 4) that this activity's ratings feed.</summary>
    public int? AmoreRoundId { get; private set; }

    /// <summary>Brainwriting: ideas a participant adds per round (3 in 6-3-5).</summary>
    public int IdeasPerRound { get; private set; }

    /// <summary>Brainwriting and world café: the current round, 1-based; 0 before the activity first opens.</summary>
    public int Round { get; private set; }

    /// <summary>Brainwriting: how many sheets circulate (the participants present when it first opened).</summary>
    public int SheetCount { get; internal set; }

    public QuestionPhase Phase { get; private set; }

    /// <summary>World café: the facilitator's summary at the end.</summary>
    public string? Summary { get; private set; }

    /// <summary>When the results were handed to the strategy's plug points, and what became of them.</summary>
    public DateTime? FedAt { get; private set; }
    public FeedOutcome? FeedOutcome { get; private set; }

    /// <summary>
    /// <i>Verzamelen op een canvas</i>: the kind of pilot canvas the notes go to (the version store's kind,
    /// <see cref="CanvasCollectionRules.ValueCanvas"/> or <see cref="CanvasCollectionRules.Persona"/>) and its
    /// <c>CanvasKey</c>. A key, not an id, so an organisation archive carries the link without rewriting it (decision 0273).
    /// </summary>
    public string? CanvasKind { get; private set; }
    public Guid? CanvasKey { get; private set; }

    public IReadOnlyList<WorkshopItem> Items => _items;

    public IReadOnlyList<WorkshopItem> OrderedItems() => [.. _items.OrderBy(i => i.Position)];

    public bool IsOpen => State == ActivityState.Open;

    /// <summary>Whether participants vote with dots in this activity as it stands.</summary>
    public bool UsesDots => Rules.UsesDots(this);

    public bool HasRounds => Rules.HasRounds;

    /// <summary>What differs per kind (items needed, dots, rounds, what opening prepares): one class per kind in Activities/.</summary>
    public IActivityRules Rules => ActivityRules.For(Kind);

    public void Rename(string title)
    {
        EnsureEditable();
        Title = WorkshopText.Required(title, TitleMaxLength, "Workshops.Error.ActivityTitleRequired");
    }

    public void SetDotRules(int dots, int maxPerItem)
    {
        EnsureEditable();
        if (dots is < 1 or > MaxDots)
        {
            throw new DomainException("Workshops.Error.DotsOutOfRange", 1, MaxDots);
        }
        if (maxPerItem < 1 || maxPerItem > dots)
        {
            throw new DomainException("Workshops.Error.MaxPerItemOutOfRange", dots);
        }
        DotsPerParticipant = dots;
        MaxDotsPerItem = maxPerItem;
    }

    public void SetPollType(PollType type)
    {
        EnsureEditable();
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        PollType = type;
    }

    public void SetIdeasPerRound(int ideas)
    {
        EnsureEditable();
        if (ideas is < 1 or > MaxIdeasPerRound)
        {
            throw new DomainException("Workshops.Error.IdeasPerRoundOutOfRange", 1, MaxIdeasPerRound);
        }
        IdeasPerRound = ideas;
    }

    public void LinkAmoreRound(int amoreRoundId)
    {
        EnsureEditable();
        AmoreRoundId = amoreRoundId;
    }

    /// <summary>
    /// Points a <i>Verzamelen op een canvas</i> activity at its canvas and prepares one item per section the phones may
    /// choose (the section's code as the item's source key). The caller has checked that the canvas is the organisation's.
    /// </summary>
    public void CollectInto(string canvasKind, Guid canvasKey, IReadOnlyList<(string Code, string Label)> sections)
    {
        EnsureEditable();
        if (Kind != ActivityKind.Canvasverzameling || !CanvasCollectionRules.IsTarget(canvasKind) || canvasKey == Guid.Empty)
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        CanvasKind = canvasKind;
        CanvasKey = canvasKey;
        _items.Clear();
        foreach (var (code, label) in sections)
        {
            AddItem(label, VotingItemKind.Canvasdeel, code);
        }
    }

    public WorkshopItem AddItem(string text, VotingItemKind source = VotingItemKind.AdHoc, string? sourceKey = null, string? hostName = null)
    {
        if (_items.Count >= MaxItems)
        {
            throw new DomainException("Workshops.Error.TooManyItems", MaxItems);
        }
        if (source != VotingItemKind.AdHoc)
        {
            ItemSource = source;
        }
        var item = new WorkshopItem(this, _items.Count == 0 ? 1 : _items.Max(i => i.Position) + 1, text, source, sourceKey, hostName);
        _items.Add(item);
        return item;
    }

    public void RemoveItem(WorkshopItem item)
    {
        EnsureEditable();
        if (!_items.Remove(item))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
    }

    /// <summary>
    /// A planned activity as it was prepared in another workshop: the settings and the prepared items (not the questions
    /// a "Hoe kunnen we…" collected, nor anything participants gave).
    /// </summary>
    internal void CopyPreparationFrom(WorkshopActivity source)
    {
        DotsPerParticipant = source.DotsPerParticipant;
        MaxDotsPerItem = source.MaxDotsPerItem;
        PollType = source.PollType;
        IdeasPerRound = source.IdeasPerRound;
        AmoreRoundId = source.AmoreRoundId;
        ItemSource = source.ItemSource;
        CanvasKind = source.CanvasKind;
        CanvasKey = source.CanvasKey;
        foreach (var item in source.OrderedItems().Where(i => i.Source != VotingItemKind.Vraag))
        {
            AddItem(item.Text, item.Source, item.SourceKey, item.HostName);
        }
    }

    /// <summary>Replaces the items typed in by hand (items copied from a source stay) while the activity has not run.</summary>
    public void ReplaceTypedItems(IReadOnlyList<(string Text, string? HostName)> lines)
    {
        EnsureEditable();
        if (_items.Count(i => i.Source != VotingItemKind.AdHoc) + lines.Count > MaxItems)
        {
            throw new DomainException("Workshops.Error.TooManyItems", MaxItems);
        }
        _items.RemoveAll(i => i.Source == VotingItemKind.AdHoc);
        foreach (var (text, host) in lines)
        {
            AddItem(text, VotingItemKind.AdHoc, null, host);
        }
    }

    public WorkshopItem Item(int itemId) => _items.FirstOrDefault(i => i.Id == itemId) ?? throw new DomainException("Errors.NotFoundItem");

    internal void Open(int participantCount, DateTime now)
    {
        if (State == ActivityState.Open)
        {
            throw new DomainException("Workshops.Error.ActivityAlreadyOpen");
        }
        if (NeedsItems && _items.Count == 0)
        {
            throw new DomainException("Workshops.Error.NoItems");
        }
        if (Round == 0 && HasRounds)
        {
            Round = 1;
        }
        Rules.Opening(this, participantCount);
        State = ActivityState.Open;
        OpenedAt ??= now;
        ClosedAt = null;
    }

    internal void Close(DateTime now)
    {
        EnsureOpen();
        State = ActivityState.Gesloten;
        ClosedAt = now;
        TimerEndsAt = null;
    }

    /// <summary>Items must exist before opening, except where participants make them (brainwriting, questions, open poll answers).</summary>
    public bool NeedsItems => Rules.NeedsItems(this);

    public void ShowResults() => ResultsVisible = true;

    public void HideResults() => ResultsVisible = false;

    public void StartTimer(int minutes, DateTime now)
    {
        EnsureOpen();
        if (minutes is < 1 or > MaxTimerMinutes)
        {
            throw new DomainException("Workshops.Error.TimerOutOfRange", 1, MaxTimerMinutes);
        }
        TimerEndsAt = now.AddMinutes(minutes);
    }

    public void StopTimer() => TimerEndsAt = null;

    /// <summary>Brainwriting: sheets move on to the next person. World café: everyone but the hosts moves to the next table.</summary>
    public void NextRound()
    {
        EnsureOpen();
        if (!HasRounds)
        {
            throw new DomainException("Workshops.Error.NoRounds");
        }
        if (Round >= MaxRounds)
        {
            throw new DomainException("Workshops.Error.TooManyRounds", MaxRounds);
        }
        Round++;
        TimerEndsAt = null;
    }

    /// <summary>"Hoe kunnen we…": the collected questions become the items that participants vote on with dots.</summary>
    public void StartVoting(IEnumerable<(int IdeaId, string Text)> questions)
    {
        EnsureOpen();
        if (Rules is not HowMightWeRules || Phase == QuestionPhase.Stemmen)
        {
            throw new DomainException("Workshops.Error.NotCollecting");
        }
        var list = questions.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Workshops.Error.NoQuestions");
        }
        foreach (var (id, text) in list.Take(MaxItems))
        {
            AddItem(text, VotingItemKind.Vraag, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Phase = QuestionPhase.Stemmen;
        TimerEndsAt = null;
    }

    public void WriteSummary(string? summary) => Summary = WorkshopText.Optional(summary, SummaryMaxLength);

    public void MarkFed(FeedOutcome outcome, DateTime now)
    {
        FeedOutcome = outcome;
        FedAt = now;
    }

    /// <summary>Participants' input is accepted only while the activity is open; otherwise 409 with a message.</summary>
    public void EnsureOpen()
    {
        if (State != ActivityState.Open)
        {
            throw new DomainException("Workshops.Error.ActivityClosed");
        }
    }

    private void EnsureEditable()
    {
        if (OpenedAt is not null)
        {
            throw new DomainException("Workshops.Error.ActivityHasRun");
        }
    }
}

/// <summary>
/// Something to vote on, rate or choose (an ad-hoc line, a domain, an idea, an action, a question, a poll
/// option) or, in a world café, a table with its topic and host.
/// </summary>
public sealed class WorkshopItem : IOrganisationScoped
{
    public const int TextMaxLength = 300;
    public const int HostNameMaxLength = 100;
    public const int SourceKeyMaxLength = 80;

    private WorkshopItem()
    {
        Text = "";
    }

    internal WorkshopItem(WorkshopActivity activity, int position, string text, VotingItemKind source, string? sourceKey, string? hostName)
    {
        OrganisationId = activity.OrganisationId;
        Activity = activity;
        Position = position;
        Text = WorkshopText.Required(text, TextMaxLength, "Workshops.Error.ItemRequired");
        Source = source;
        SourceKey = WorkshopText.Optional(sourceKey, SourceKeyMaxLength);
        HostName = WorkshopText.Optional(hostName, HostNameMaxLength);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int WorkshopActivityId { get; private set; }
    public WorkshopActivity Activity { get; private set; } = null!;
    public int Position { get; private set; }
    public string Text { get; private set; }
    public VotingItemKind Source { get; private set; }

    /// <summary>The item's key in its source (a domain code, an idea or action id), for feeding results back.</summary>
    public string? SourceKey { get; private set; }

    /// <summary>World café: the host's name as the facilitator wrote it.</summary>
    public string? HostName { get; private set; }

    /// <summary>World café: the participant whose phone types this table's notes.</summary>
    public int? HostParticipantId { get; private set; }

    public void ClaimHost(int participantId)
    {
        if (HostParticipantId is { } existing && existing != participantId)
        {
            throw new DomainException("Workshops.Error.TableHasHost");
        }
        HostParticipantId = participantId;
    }
}
