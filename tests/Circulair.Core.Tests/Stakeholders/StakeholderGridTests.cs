using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderApproach;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Core.Tests.Stakeholders;

public sealed class StakeholderGridTests
{
    [Theory]
    [InlineData(Hoog, Laag, Observeer)]
    [InlineData(Hoog, Middel, HoudTevreden)]
    [InlineData(Hoog, Hoog, ContinuEnActiefManagement)]
    [InlineData(Middel, Laag, HoudBetrokken)]
    [InlineData(Middel, Middel, HoudBetrokken)]
    [InlineData(Middel, Hoog, HoudBetrokken)]
    [InlineData(Laag, Laag, GeenFocus)]
    [InlineData(Laag, Middel, HoudGeinformeerd)]
    [InlineData(Laag, Hoog, HoudGeinformeerd)]
    public void Each_of_the_nine_cells_gives_the_approach_of_our_reading_of_Tool_2(StakeholderLevel power, StakeholderLevel interest, StakeholderApproach expected)
    {
        Assert.Equal(expected, StakeholderGrid.ApproachFor(power, interest));
        Assert.Equal(expected, StakeholderGrid.Cells.Single(c => c.Power == power && c.Interest == interest).Approach);
    }

    [Fact]
    public void The_grid_has_exactly_nine_distinct_cells_drawn_with_high_power_on_top_and_low_interest_left()
    {
        Assert.Equal(9, StakeholderGrid.Cells.Select(c => (c.Power, c.Interest)).Distinct().Count());
        Assert.Equal([Hoog, Middel, Laag], StakeholderGrid.PowerRows);
        Assert.Equal([Laag, Middel, Hoog], StakeholderGrid.InterestColumns);
        Assert.Equal((Hoog, Laag), (StakeholderGrid.Cells[0].Power, StakeholderGrid.Cells[0].Interest));
    }

    [Fact]
    public void The_contact_list_order_starts_with_active_management_and_ends_with_no_focus()
    {
        Assert.Equal([ContinuEnActiefManagement, HoudTevreden, Observeer, HoudBetrokken, HoudGeinformeerd, GeenFocus], StakeholderGrid.PriorityOrder);
        Assert.True(StakeholderGrid.Rank(GeenFocus) < StakeholderGrid.Rank(null));
    }

    [Fact]
    public void An_unrated_stakeholder_has_no_approach_until_both_power_and_interest_are_known()
    {
        Assert.Null(StakeholderGrid.ApproachFor(Hoog, (StakeholderLevel?)null));
        Assert.Null(StakeholderGrid.ApproachFor(null, (StakeholderLevel?)Hoog));
        Assert.Equal(HoudTevreden, StakeholderGrid.ApproachFor((StakeholderLevel?)Hoog, Middel));
    }

    [Fact]
    public void Every_approach_holds_in_at_least_one_cell()
    {
        foreach (var approach in Enum.GetValues<StakeholderApproach>())
        {
            Assert.NotEmpty(StakeholderGrid.CellsOf(approach));
        }
        Assert.Equal(3, StakeholderGrid.CellsOf(HoudBetrokken).Count);
    }
}
