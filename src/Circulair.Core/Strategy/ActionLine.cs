using Circulair.Persistence;

namespace Circulair.Strategy;

/// <summary>
/// An action line (<i>actielijn</i>) of a goal: what is needed in broad lines (guide, Figure 9: "embed circular
/// principles in tenders and award criteria"). Actions hang below it.
/// </summary>
public sealed class ActionLine : IOrganisationScoped
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private ActionLine()
    {
        Title = "";
    }

    public ActionLine(StrategyGoal goal, int position, string? title, string? description)
    {
        OrganisationId = goal.OrganisationId;
        TrajectoryId = goal.TrajectoryId;
        Goal = goal;
        Position = position;
        Title = "";
        Describe(title, description);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int StrategyGoalId { get; private set; }
    public StrategyGoal Goal { get; private set; } = null!;

    /// <summary>Place among the lines of its goal, 1 = first.</summary>
    public int Position { get; internal set; }

    public string Title { get; private set; }
    public string? Description { get; private set; }

    public void Describe(string? title, string? description)
    {
        Title = StrategyText.Clean(title, TitleMaxLength) ?? throw new DomainException("Strategy.Error.LineTitleRequired");
        Description = StrategyText.Clean(description, DescriptionMaxLength);
    }
}
