using Circulair.Strategy;
using Circulair.Persistence;

namespace Circulair.Pilots;

/// <summary>
/// A test card (Tool 13) on a pilot's progress board (Tool 14): a hypothesis ("We geloven dat…") and how critical it
/// is, the test ("Om dit te verifiëren, zullen we…") with its cost and data reliability, the metric ("En meten…") with
/// the time it needs, and the criterion ("We zijn correct als…"). The criterion must be set before the test starts and
/// is fixed from then on, so a result cannot be argued into a success afterwards. A card in Learn takes a result, and
/// a card with a result is done: a new question gets a new card.
/// </summary>
public sealed class PilotTestCard : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int ShortMaxLength = 100;
    public const int TextMaxLength = 2000;

    private PilotTestCard() { }

    public PilotTestCard(Pilot pilot, TestCardDetails details, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        Stage = TestStage.Backlog;
        CreatedAt = now;
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Owner { get; private set; }
    public string? Duration { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string Hypothesis { get; private set; } = "";
    public TestLevel Criticality { get; private set; }
    public string? Test { get; private set; }
    public TestLevel Cost { get; private set; }
    public TestLevel Reliability { get; private set; }
    public string? Metric { get; private set; }
    public TestLevel TimeNeeded { get; private set; }
    public string? Criterion { get; private set; }
    public TestStage Stage { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public LearningResult? Result { get; private set; }
    public string? Learning { get; private set; }
    public DateOnly? ResultOn { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public bool HasCriterion => !string.IsNullOrWhiteSpace(Criterion);

    /// <summary>Whether the criterion can still change: only while the card waits in the backlog.</summary>
    public bool CriterionOpen => Stage == TestStage.Backlog;

    public TestNextStep? NextStep => Result is { } r ? TestOutcome.NextStepFor(r) : null;

    public TestCardDetails Details => new()
    {
        Name = Name, Owner = Owner, Duration = Duration, Deadline = Deadline, Hypothesis = Hypothesis, Criticality = Criticality,
        Test = Test, Cost = Cost, Reliability = Reliability, Metric = Metric, TimeNeeded = TimeNeeded, Criterion = Criterion,
    };

    public void Describe(TestCardDetails details)
    {
        if (!Enum.IsDefined(details.Criticality) || !Enum.IsDefined(details.Cost) || !Enum.IsDefined(details.Reliability) || !Enum.IsDefined(details.TimeNeeded))
        {
            throw new DomainException("Errors.NotFound");
        }
        var criterion = StrategyText.Clean(details.Criterion, TextMaxLength);
        if (!CriterionOpen && criterion != Criterion)
        {
            throw new DomainException("Pilots.Error.CriterionLocked");
        }
        Name = StrategyText.Clean(details.Name, NameMaxLength) ?? throw new DomainException("Pilots.Error.NameRequired");
        Hypothesis = StrategyText.Clean(details.Hypothesis, TextMaxLength) ?? throw new DomainException("Pilots.Error.HypothesisRequired");
        Owner = StrategyText.Clean(details.Owner, NameMaxLength);
        Duration = StrategyText.Clean(details.Duration, ShortMaxLength);
        Deadline = details.Deadline;
        Criticality = details.Criticality;
        Test = StrategyText.Clean(details.Test, TextMaxLength);
        Cost = details.Cost;
        Reliability = details.Reliability;
        Metric = StrategyText.Clean(details.Metric, TextMaxLength);
        TimeNeeded = details.TimeNeeded;
        Criterion = criterion;
    }

    /// <summary>
    /// Moves the card to another column. Refused: staying put, moving a card that already has its result, and starting
    /// a test (leaving the backlog) without a criterion.
    /// </summary>
    public void MoveTo(TestStage to, DateOnly today)
    {
        if (!Enum.IsDefined(to))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (Result is not null)
        {
            throw new DomainException("Pilots.Error.CardLearned");
        }
        if (to == Stage)
        {
            throw new DomainException("Pilots.Error.SameColumn");
        }
        if (Stage == TestStage.Backlog && !HasCriterion)
        {
            throw new DomainException("Pilots.Error.CriterionFirst");
        }
        if (to == TestStage.Backlog)
        {
            StartedOn = null;
        }
        else
        {
            StartedOn ??= today;
        }
        Stage = to;
    }

    /// <summary>Records what the test taught; only a card that is being measured or learned from can take a result.</summary>
    public TestNextStep RecordResult(LearningResult result, string? learning, DateOnly on)
    {
        if (!Enum.IsDefined(result))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (Stage is not (TestStage.Measure or TestStage.Learn))
        {
            throw new DomainException("Pilots.Error.ResultTooEarly");
        }
        Stage = TestStage.Learn;
        Result = result;
        Learning = StrategyText.Clean(learning, TextMaxLength);
        ResultOn = on;
        return TestOutcome.NextStepFor(result);
    }
}
