using Circulair.Persistence;

namespace Circulair.Strategy;

/// <summary>What a goal says, as the form and the SMART checklist see it.</summary>
public sealed record GoalDetails
{
    public string? Statement { get; init; }
    public string? Indicator { get; init; }
    public double? TargetValue { get; init; }
    public string? Unit { get; init; }
    public double? BaselineValue { get; init; }
    public int? BaselineYear { get; init; }
    public DateOnly? Deadline { get; init; }

    /// <summary>Who accepts ownership of the goal (a service, a person, a partner).</summary>
    public string? Owner { get; init; }

    public string? RealismNote { get; init; }
}

/// <summary>
/// A shared SMART goal of a retained action domain (phase 2, step 2), e.g. "from 2025 the municipality applies
/// circular principles in all its new-build projects". Only the statement is required: the SMART checklist
/// (<see cref="SmartChecklist"/>) shows what is still missing without blocking a save. Action lines hang below it.
/// </summary>
public sealed class StrategyGoal : IOrganisationScoped
{
    public const int StatementMaxLength = 1000;
    public const int IndicatorMaxLength = 300;
    public const int UnitMaxLength = 50;
    public const int OwnerMaxLength = 200;
    public const int RealismMaxLength = 2000;

    private readonly List<ActionLine> _lines = [];

    private StrategyGoal()
    {
        Statement = "";
    }

    /// <summary>A new goal at the end of <paramref name="domain"/>'s goals; only a retained domain takes goals.</summary>
    public StrategyGoal(StrategyDomain domain, int position, GoalDetails details)
    {
        if (!domain.IsRetained)
        {
            throw new DomainException("Strategy.Error.GoalNeedsRetainedDomain");
        }
        OrganisationId = domain.OrganisationId;
        TrajectoryId = domain.TrajectoryId;
        Domain = domain;
        Position = position;
        Statement = "";
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int StrategyDomainId { get; private set; }
    public StrategyDomain Domain { get; private set; } = null!;

    /// <summary>Place among the goals of its domain, 1 = first.</summary>
    public int Position { get; internal set; }

    public string Statement { get; private set; }
    public string? Indicator { get; private set; }
    public double? TargetValue { get; private set; }
    public string? Unit { get; private set; }
    public double? BaselineValue { get; private set; }
    public int? BaselineYear { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string? Owner { get; private set; }
    public string? RealismNote { get; private set; }

    public IReadOnlyList<ActionLine> Lines => _lines;

    public GoalDetails Details => new()
    {
        Statement = Statement, Indicator = Indicator, TargetValue = TargetValue, Unit = Unit, BaselineValue = BaselineValue,
        BaselineYear = BaselineYear, Deadline = Deadline, Owner = Owner, RealismNote = RealismNote,
    };

    public IReadOnlyList<SmartCheck> Smart(SmartContext context) => SmartChecklist.For(Details, context);

    public void Describe(GoalDetails details)
    {
        var statement = StrategyText.Clean(details.Statement, StatementMaxLength) ?? throw new DomainException("Strategy.Error.StatementRequired");
        if (details.TargetValue is { } t && !double.IsFinite(t) || details.BaselineValue is { } b && !double.IsFinite(b))
        {
            throw new DomainException("Strategy.Error.NotANumber");
        }
        if (details.BaselineYear is < 1900 or > 2100)
        {
            throw new DomainException("Strategy.Error.YearOutOfRange", 1900, 2100);
        }
        Statement = statement;
        Indicator = StrategyText.Clean(details.Indicator, IndicatorMaxLength);
        TargetValue = details.TargetValue;
        Unit = StrategyText.Clean(details.Unit, UnitMaxLength);
        BaselineValue = details.BaselineValue;
        BaselineYear = details.BaselineYear;
        Deadline = details.Deadline;
        Owner = StrategyText.Clean(details.Owner, OwnerMaxLength);
        RealismNote = StrategyText.Clean(details.RealismNote, RealismMaxLength);
    }
}

/// <summary>Text rules shared by the strategy's entities: blank becomes null, surrounding space goes, over-long text is refused (never cut).</summary>
internal static class StrategyText
{
    public static string? Clean(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Strategy.Error.TooLong", maxLength);
        }
        return trimmed;
    }
}
