using Circulair.Monitoring;

namespace Circulair.Core.Tests.Monitoring;

public sealed class StandardIndicatorSetTests
{
    private static Dictionary<string, string> Row(string code, string candidate, string level = "Impact") => new()
    {
        ["code"] = code, ["level"] = level, ["direction"] = "LowerIsBetter", ["instrument"] = "CijfersBijhouden", ["frequency"] = "Jaarlijks",
        ["unit"] = "kg", ["name_nl"] = "Naam " + code, ["name_en"] = "Name " + code, ["definition_nl"] = "Def", ["definition_en"] = "Def",
        ["source"] = "OVAM", ["candidate"] = candidate, ["flemish_reference"] = "",
    };

    private static readonly List<Dictionary<string, string>> Candidates =
        [new() { ["indicator"] = "Household residual waste per inhabitant", ["framework_or_source"] = "OVAM / Lokaal Materialenplan" }];

    [Fact]
    public void Parses_levels_and_takes_the_origin_from_the_candidate_or_the_guide()
    {
        var set = StandardIndicatorSet.Parse([Row("A", "Household residual waste per inhabitant"), Row("B", "", "Middelen")], Candidates);

        Assert.Equal("OVAM / Lokaal Materialenplan", set.Find("a")!.Origin);
        Assert.Equal(StandardIndicatorSet.GuideOrigin, set.Find("B")!.Origin);
        Assert.Equal(IndicatorLevel.Middelen, set.Find("B")!.Level);
    }

    [Fact]
    public void Refuses_an_unknown_candidate_and_a_code_used_twice()
    {
        Assert.Throws<InvalidOperationException>(() => StandardIndicatorSet.Parse([Row("A", "Something else")], Candidates));
        Assert.Throws<InvalidOperationException>(() => StandardIndicatorSet.Parse([Row("A", ""), Row("a", "")], Candidates));
    }

    [Fact]
    public void The_shipped_set_starts_with_residual_waste_covers_every_level_and_has_its_Flemish_reference()
    {
        var set = StandardIndicatorSet.Instance;

        Assert.Equal(StandardIndicatorSet.ResidualWaste, set.All[0].Code);
        Assert.Equal(Enum.GetValues<IndicatorLevel>(), set.All.Select(s => s.Level).Distinct().Order());
        Assert.All(set.All, s => Assert.False(string.IsNullOrWhiteSpace(s.DefinitionNl) || string.IsNullOrWhiteSpace(s.DefinitionEn) || string.IsNullOrWhiteSpace(s.Source)));
        Assert.Equal([(2016, 150d), (2021, 140d)], set.ReferencesFor("RESTAFVAL").Select(r => (r.Year, r.Value)));
        Assert.StartsWith("VVSG", set.ReferencesFor("RESTAFVAL")[1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16", 181)]
    [InlineData("15a", 135)]
    [InlineData("15b", 111)]
    [InlineData("main", 90)]
    public void Residual_waste_starts_with_the_2030_target_of_the_cluster(string cluster, double kg)
    {
        var set = StandardIndicatorSet.Instance;
        Assert.Equal([new TargetValue(2030, kg)], set.StartingTargets(set.Find("RESTAFVAL")!, set.Cluster(cluster)));
        Assert.Empty(set.StartingTargets(set.Find("PILOTS")!, set.Cluster(cluster)));
    }
}
