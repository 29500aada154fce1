namespace Circulair.Workshops;

// Where workshop results flow into the strategy. Phase 2 (goals, actions, the ideas backlog, Tool 6, the scan's
// shortlist as the strategy's domains) plugs in here by registering its own implementations
// (Circulair.Web.Features.Strategy.StrategyWorkshopServices). Without them the defaults below keep everything in
// the workshop, where the report shows it. See docs/decisions/0190-live-workshops.md and
// 0211-workshop-results-in-the-strategy.md.

/// <summary>Where a voting or rating item came from.</summary>
public enum VotingItemKind
{
    AdHoc = 1,

    /// <summary>A promising action domain from the circular scan's shortlist.</summary>
    Domein = 2,

    /// <summary>An idea from the ideas backlog (until Phase 2: ideas collected in this organisation's workshops).</summary>
    Idee = 3,

    /// <summary>An action (<c>PlannedAction</c>) of the strategy.</summary>
    Actie = 4,

    /// <summary>A "Hoe kunnen we…" question collected in the same activity.</summary>
    Vraag = 5,

    /// <summary>A case of the knowledge library (its key as the source key), shown in an <i>analogiedenken</i> activity.</summary>
    Praktijkvoorbeeld = 6,

    /// <summary>A section of a pilot canvas (its code as the source key), chosen per note in a <i>Verzamelen op een canvas</i> activity.</summary>
    Canvasdeel = 7,
}

/// <summary>An item a source offers: its key in the source (stable, at most 80 characters) and its text.</summary>
public sealed record VotingItem(string Key, string Text);

/// <summary>Lists the items of one kind for a workshop's strategy, to copy into a dot vote or an impact/effort rating.</summary>
public interface IVotingItemSource
{
    VotingItemKind Kind { get; }

    /// <summary>The items of the strategy of <paramref name="trajectoryId"/> (the workshop's trajectory) in the organisation.</summary>
    Task<IReadOnlyList<VotingItem>> ListAsync(int organisationId, int trajectoryId, CancellationToken ct);
}

public enum FeedOutcome
{
    /// <summary>No receiver took them (nothing in the strategy asks for this kind of result): the results stay in the workshop and its report.</summary>
    KeptInWorkshop = 1,

    /// <summary>A receiver took the results into the strategy.</summary>
    Delivered = 2,
}

/// <summary>An idea or question from a workshop, with its lineage and (for questions) the dots it got.</summary>
/// <param name="SourceCaseKey">The library case the idea was inspired by (<i>analogiedenken</i>); the backlog keeps it as the idea's lineage.</param>
public sealed record WorkshopIdeaRecord(
    int WorkshopId, int ActivityId, int IdeaId, IdeaKind Kind, string Text, int Round, int? Sheet, int? BuildsOnIdeaId, string? Author, DateTime CreatedAt, int Dots,
    string? SourceCaseKey = null);

/// <summary>Receives brainwriting ideas and "Hoe kunnen we…" questions when their activity closes (the ideas backlog).</summary>
public interface IIdeaSink
{
    Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<WorkshopIdeaRecord> ideas, CancellationToken ct);
}

/// <summary>A dot vote's result for one item: dots, voters and rank in that vote.</summary>
public sealed record ItemSupport(int WorkshopId, int ActivityId, VotingItemKind Kind, string? SourceKey, string Text, int Dots, int Voters, int Rank, int Participants);

/// <summary>Receives dot votes on domains (support, <i>draagvlak</i>, guide ch. 5 phase 2 step 1) when the vote closes.</summary>
public interface IDomainSupportSink
{
    Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ItemSupport> support, CancellationToken ct);
}

/// <summary>Receives dot votes on ideas (their ranking in the backlog) when the vote closes.</summary>
public interface IIdeaRankingSink
{
    Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ItemSupport> ranking, CancellationToken ct);
}

/// <summary>One rater's impact and effort (1–5) for one action; Tool 6 averages them per action. <paramref name="ParticipantId"/> keeps raters apart.</summary>
public sealed record ImpactEffortRating(int WorkshopId, int ActivityId, string? SourceKey, string Text, int ParticipantId, string Rater, int Impact, int Effort, DateTime At);

/// <summary>Receives impact/effort ratings (Tool 6) per rater when the rating activity closes.</summary>
public interface IImpactEffortSink
{
    Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ImpactEffortRating> ratings, CancellationToken ct);
}

/// <summary>The default receiver of every kind until Phase 2 lands: the workshop keeps the results (its report shows them).</summary>
public sealed class KeepInWorkshop : IIdeaSink, IDomainSupportSink, IIdeaRankingSink, IImpactEffortSink
{
    public Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<WorkshopIdeaRecord> ideas, CancellationToken ct) => Kept;

    public Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ItemSupport> support, CancellationToken ct) => Kept;

    public Task<FeedOutcome> ReceiveAsync(int organisationId, IReadOnlyList<ImpactEffortRating> ratings, CancellationToken ct) => Kept;

    private static Task<FeedOutcome> Kept => Task.FromResult(FeedOutcome.KeptInWorkshop);
}
