using Circulair.Library;
using Circulair.Library.Profile;
using Circulair.Reference;

namespace Circulair.Core.Tests.Library;

public sealed class CircularityProfileTests
{
    private static ProfileItem Action(int id, string? r, ValueChainStep? step, string? domain = null) => new(ProfileItemKind.Action, id, $"Actie {id}", r, step, domain);

    [Fact]
    public void Counts_each_item_in_the_cell_of_its_strategy_and_step_and_keeps_untagged_ones_apart()
    {
        var profile = CircularityProfile.Count(
        [
            Action(1, "R3", ValueChainStep.Gebruik),
            Action(2, "R3", ValueChainStep.Gebruik),
            new ProfileItem(ProfileItemKind.Pilot, 3, "Pilot", "R3", ValueChainStep.Gebruik, null),
            Action(4, "R8", ValueChainStep.Verwerking),
            Action(5, "R1", null),
            Action(6, null, ValueChainStep.Ontwerp),
            Action(7, "R42", ValueChainStep.Ontwerp),
        ]);

        Assert.Equal(3, profile.Cell("R3", ValueChainStep.Gebruik).Count);
        Assert.Equal(1, profile.Cell("R8", ValueChainStep.Verwerking).Count);
        Assert.Equal(0, profile.Cell("R0", ValueChainStep.Ontwerp).Count);
        Assert.Equal([5, 6, 7], profile.Untagged.Select(i => i.Id));
        Assert.Equal(7, profile.Total);
        Assert.Equal(4, profile.Tagged);
        Assert.Equal(3, profile.Max);
        Assert.Equal(3, profile.RowTotal("R3"));
        Assert.Equal(1, profile.ColumnTotal(ValueChainStep.Verwerking));
    }

    [Fact]
    public void Has_a_cell_for_every_strategy_and_step_even_when_empty()
    {
        var profile = CircularityProfile.Count([]);

        Assert.Equal(RLadder.All.Count * Enum.GetValues<ValueChainStep>().Length, profile.Cells.Count);
        Assert.All(profile.Cells, c => Assert.Equal(0, c.Count));
        Assert.Equal("R0", profile.Cells[0].RStrategyCode);
        Assert.Equal(0, profile.Max);
    }

    [Fact]
    public void Points_to_cases_higher_on_the_ladder_in_the_same_domain_only()
    {
        var library = CaseLibrary.Guide;
        var someCase = library.All.First(c => c.LadderRung >= 3);
        var profile = CircularityProfile.Count([Action(1, someCase.RStrategyCode, someCase.ValueChain, someCase.DomainCode)]);
        var cell = profile.Cell(someCase.RStrategyCode, someCase.ValueChain);

        var higher = CircularityProfile.HigherCases(library, cell, count: 50);

        var expected = library.All.Where(c => c.DomainCode == someCase.DomainCode && c.LadderRung < someCase.LadderRung).Select(c => c.Key).Order().ToList();
        Assert.Equal(expected, higher.Select(c => c.Key).Order().ToList());
        Assert.Equal(higher.Select(c => c.LadderRung).Order().ToList(), higher.Select(c => c.LadderRung).ToList());
    }

    [Fact]
    public void Points_nowhere_for_a_cell_whose_items_have_no_domain()
    {
        var profile = CircularityProfile.Count([Action(1, "R9", ValueChainStep.Verwerking)]);

        Assert.Empty(CircularityProfile.HigherCases(CaseLibrary.Guide, profile.Cell("R9", ValueChainStep.Verwerking)));
    }
}
