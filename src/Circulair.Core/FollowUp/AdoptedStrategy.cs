using System.Text.Json;
using System.Text.Json.Serialization;
using Circulair.Strategy;

namespace Circulair.FollowUp;

/// <summary>One action as it stood when the strategy was adopted: its fields and its Tool 7 sheet.</summary>
public sealed record AdoptedAction(
    int Id,
    string Number,
    string Title,
    ActionStatus Status,
    ActionSize? Size,
    ActionPriority? Priority,
    DateOnly? Start,
    DateOnly? End,
    int? OwnerUserId,
    int? OwnerStakeholderId,
    string? Neighbours,
    string? Indicator,
    ActionSheet Sheet)
{
    public static AdoptedAction Of(PlannedAction a) => new(
        a.Id, a.Number, a.Title, a.Status, a.Size, a.Priority, a.StartDate, a.EndDate, a.OwnerUserId, a.OwnerStakeholderId, a.Neighbours, a.Indicator, a.Sheet);

    /// <summary>
    /// Whether the plan of the action differs from <paramref name="other"/>. Follow-up is not a change of plan: the status
    /// (set by progress updates) and the ticks on milestones are left out of the comparison.
    /// </summary>
    public bool PlanDiffersFrom(AdoptedAction other) => PlanJson() != other.PlanJson();

    private string PlanJson() => JsonSerializer.Serialize(
        this with { Status = ActionStatus.Idee, Sheet = Sheet with { Milestones = [.. Sheet.Milestones.Select(m => m with { Done = false })] } },
        AdoptedStrategy.Json);
}

public sealed record AdoptedLine(int Id, string Title, string? Description, IReadOnlyList<AdoptedAction> Actions);

public sealed record AdoptedGoal(int Id, string DomainCode, GoalDetails Details, IReadOnlyList<AdoptedLine> Lines);

/// <summary>
/// The strategy as it was ratified, stored in an <see cref="AdoptedVersion"/> as one JSON document (enum values by
/// name, a schema number for later changes), like the vision versions (decision 0150): the goals in their order
/// with their action lines and actions, and the actions that had no line yet.
/// </summary>
public sealed record AdoptedStrategy(int Schema, IReadOnlyList<AdoptedGoal> Goals, IReadOnlyList<AdoptedAction> Unplaced)
{
    public const int CurrentSchema = 1;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public IEnumerable<AdoptedAction> Actions => Goals.SelectMany(g => g.Lines).SelectMany(l => l.Actions).Concat(Unplaced);

    public int ActionCount => Actions.Count();

    /// <summary>
    /// Takes the strategy of one trajectory. Load the goals with their domain and lines, and the actions with every
    /// list of their sheet. Goals come in the order of their domain and place, lines and actions in their place.
    /// </summary>
    public static AdoptedStrategy Of(IEnumerable<StrategyGoal> goals, IEnumerable<PlannedAction> actions)
    {
        var byLine = actions.ToLookup(a => a.ActionLineId ?? 0);
        AdoptedLine Line(ActionLine l) => new(l.Id, l.Title, l.Description, [.. byLine[l.Id].OrderBy(a => a.Position).Select(AdoptedAction.Of)]);
        var adoptedGoals = goals
            .OrderBy(g => g.StrategyDomainId).ThenBy(g => g.Position)
            .Select(g => new AdoptedGoal(g.Id, g.Domain.DomainCode, g.Details, [.. g.Lines.OrderBy(l => l.Position).Select(Line)]))
            .ToList();
        return new AdoptedStrategy(CurrentSchema, adoptedGoals, [.. byLine[0].OrderBy(a => a.Position).Select(AdoptedAction.Of)]);
    }

    /// <summary>How each current action stands against this adopted version: unchanged, changed or new.</summary>
    public AdoptionChange ChangeOf(PlannedAction current) => ChangeOf(AdoptedAction.Of(current));

    /// <summary>How an action, as read for the comparison (its fields and whole sheet), stands against this adopted version.</summary>
    public AdoptionChange ChangeOf(AdoptedAction current)
    {
        var adopted = Actions.FirstOrDefault(a => a.Id == current.Id);
        return adopted is null ? AdoptionChange.Nieuw : current.PlanDiffersFrom(adopted) ? AdoptionChange.Gewijzigd : AdoptionChange.Ongewijzigd;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AdoptedStrategy FromJson(string json)
    {
        var snapshot = JsonSerializer.Deserialize<AdoptedStrategy>(json, Json) ?? throw new InvalidOperationException("Empty adopted strategy.");
        if (snapshot.Schema > CurrentSchema)
        {
            throw new InvalidOperationException($"Adopted strategy schema {snapshot.Schema} is newer than this build understands ({CurrentSchema}).");
        }
        return snapshot;
    }
}

public enum AdoptionChange
{
    Ongewijzigd = 1,
    Gewijzigd = 2,
    Nieuw = 3,
}
