using Circulair.FollowUp;
using Circulair.Strategy;

namespace Circulair.Core.Tests.FollowUp;

/// <summary>The comparison of two strategy versions on one fixed pair: every case (added, removed, moved, changed) and what is not a change.</summary>
public sealed class StrategyDiffTests
{
    private static AdoptedAction Action(int id, string number, string title, Func<ActionSheet, ActionSheet>? sheet = null, ActionStatus status = ActionStatus.Gepland) =>
        new(id, number, title, status, null, null, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), null, 7, null, null, (sheet ?? (s => s))(new ActionSheet()));

    private static AdoptedGoal Goal(int id, string domain, string statement, params AdoptedLine[] lines) =>
        new(id, domain, new GoalDetails { Statement = statement, TargetValue = 30, Unit = "%" }, lines);

    // Older: goal 1 (lines 10, 11), goal 2 (line 20). Actions 100 (kept), 101 (changed), 102 (moved 10 → 20), 103 (removed), 104 (unplaced → line 11).
    private static readonly AdoptedStrategy Older = new(1,
    [
        Goal(1, "gebouwde-omgeving", "Vanaf 2027 bouwt de stad circulair",
            new AdoptedLine(10, "Circulair aankopen", null, [Action(100, "A1", "Opleiding aankopers"), Action(101, "A2", "Sloopinventaris", s => s with { Description = "Een inventaris van elk gebouw voor de sloop." }), Action(102, "A3", "Hergebruikpunt")]),
            new AdoptedLine(11, "Eigen gebouwen", "Het eigen patrimonium als voorbeeld", [Action(103, "A4", "Materialenpaspoort")])),
        Goal(2, "voeding", "Minder voedselverlies", new AdoptedLine(20, "Scholen", null, [])),
    ],
    [Action(104, "A5", "Repaircaf\u00e9")]);

    // Newer: goal 1 rephrased and its target raised; goal 2 removed; goal 3 added (line 30 added); line 11 renamed; line 20 moved to goal 3.
    private static readonly AdoptedStrategy Newer = new(1,
    [
        new AdoptedGoal(1, "gebouwde-omgeving", new GoalDetails { Statement = "Vanaf 2027 bouwt de stad volledig circulair", TargetValue = 40, Unit = "%" },
        [
            new AdoptedLine(10, "Circulair aankopen", null,
            [
                Action(100, "A1", "Opleiding aankopers", status: ActionStatus.Lopend),
                Action(101, "A2", "Sloopinventaris voor elk gebouw", s => s with { Description = "Een inventaris van elk openbaar gebouw v\u00f3\u00f3r de sloop." }),
            ]),
            new AdoptedLine(11, "Eigen gebouwen en terreinen", "Het eigen patrimonium als voorbeeld", [Action(104, "A5", "Repaircaf\u00e9")]),
        ]),
        Goal(3, "voeding", "Geen voedselverlies in scholen",
            new AdoptedLine(20, "Scholen", null, [Action(102, "A3", "Hergebruikpunt")]),
            new AdoptedLine(30, "Markten", null, [Action(105, "A6", "Voedselbank op de markt")])),
    ],
    []);

    private static readonly StrategyComparison Diff = StrategyDiff.Compare(Older, Newer);

    private static StrategyChange Change(StrategyElement element, int id) => Assert.Single(Diff.Changes, c => c.Element == element && c.Id == id);

    [Fact]
    public void Lists_added_goals_lines_and_actions_with_where_they_now_hang()
    {
        Assert.Equal(StrategyChangeKind.Added, Change(StrategyElement.Goal, 3).Kind);
        var line = Change(StrategyElement.Line, 30);
        Assert.Equal(StrategyChangeKind.Added, line.Kind);
        Assert.Equal(3, line.To!.ParentId);
        var action = Change(StrategyElement.Action, 105);
        Assert.Equal(StrategyChangeKind.Added, action.Kind);
        Assert.Equal("A6 Voedselbank op de markt", action.Label);
        Assert.Equal("Markten", action.To!.ParentLabel);
        Assert.Empty(action.Fields);
        Assert.False(action.IsMoved);
    }

    [Fact]
    public void Lists_removed_goals_and_actions_with_where_they_hung()
    {
        var goal = Change(StrategyElement.Goal, 2);
        Assert.Equal(StrategyChangeKind.Removed, goal.Kind);
        Assert.Equal("Minder voedselverlies", goal.Label);
        var action = Change(StrategyElement.Action, 103);
        Assert.Equal(StrategyChangeKind.Removed, action.Kind);
        Assert.Equal("Eigen gebouwen", action.From!.ParentLabel);
        Assert.Equal([103], Diff.Removed.Where(c => c.Element == StrategyElement.Action).Select(c => c.Id));
    }

    [Fact]
    public void Lists_moved_lines_and_actions_from_their_old_parent_to_the_new_one()
    {
        var line = Change(StrategyElement.Line, 20);
        Assert.Equal(StrategyChangeKind.Modified, line.Kind);
        Assert.Equal((2, 3), (line.From!.ParentId, line.To!.ParentId));
        Assert.Empty(line.Fields);

        var moved = Change(StrategyElement.Action, 102);
        Assert.True(moved.IsMoved);
        Assert.False(moved.IsChanged);
        Assert.Equal(("Circulair aankopen", "Scholen"), (moved.From!.ParentLabel, moved.To!.ParentLabel));

        var placed = Change(StrategyElement.Action, 104);
        Assert.Equal((null, 11), (placed.From!.ParentId, placed.To!.ParentId));
        Assert.Equal([20, 102, 104], Diff.Moved.Select(c => c.Id).Order());
    }

    [Fact]
    public void Lists_changed_fields_one_by_one_with_their_old_and_new_value()
    {
        var goal = Change(StrategyElement.Goal, 1);
        Assert.Equal(["Statement", "TargetValue"], goal.Fields.Select(f => f.Field));
        Assert.Equal(new FieldChange("TargetValue", "30", "40"), goal.Fields[1]);
        Assert.True(goal.Fields[0].Long);

        Assert.Equal([new FieldChange("Title", "Eigen gebouwen", "Eigen gebouwen en terreinen")], Change(StrategyElement.Line, 11).Fields);

        var action = Change(StrategyElement.Action, 101);
        Assert.False(action.IsMoved);
        Assert.Equal(["Title", "Description"], action.Fields.Select(f => f.Field));
        Assert.Equal("Een inventaris van elk gebouw voor de sloop.", action.Fields[1].Before);
    }

    [Fact]
    public void Leaves_out_what_did_not_change_and_what_is_follow_up_rather_than_plan()
    {
        // Action 100 only changed status (a progress update); line 10 lost an action but is itself unchanged.
        Assert.DoesNotContain(Diff.Changes, c => c.Element == StrategyElement.Action && c.Id == 100);
        Assert.DoesNotContain(Diff.Changes, c => c.Element == StrategyElement.Line && c.Id == 10);
        Assert.True(StrategyDiff.Compare(Older, Older).IsEmpty);
    }

    [Fact]
    public void Orders_goals_then_lines_then_actions_and_new_order_before_removed()
    {
        Assert.Equal(
            ["Goal 1", "Goal 3", "Goal 2", "Line 11", "Line 20", "Line 30", "Action 101", "Action 104", "Action 102", "Action 105", "Action 103"],
            Diff.Changes.Select(c => $"{c.Element} {c.Id}"));
    }
}
