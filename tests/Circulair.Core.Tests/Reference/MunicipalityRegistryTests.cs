using Circulair.Reference;

namespace Circulair.Core.Tests.Reference;

public sealed class MunicipalityRegistryTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Instance;

    [Fact]
    public void Holds_the_285_municipalities_of_2025()
    {
        Assert.Equal(285, Registry.All.Count);
        Assert.Equal(Registry.All.Count, Registry.All.Select(m => m.NisCode).Distinct().Count());
    }

    [Fact]
    public void Populations_on_2025_boundaries_add_up_to_the_Flemish_total_of_2020()
    {
        Assert.Equal(6_629_143, Registry.All.Sum(m => m.Population));
    }

    [Theory]
    [InlineData("Borsbeek", "11002", "Antwerpen")]
    [InlineData("11007", "11002", "Antwerpen")]
    [InlineData("Ruiselede", "37021", "Wingene")]
    [InlineData("Meulebeke", "37022", "Tielt")]
    [InlineData("De Pinte", "44086", "Nazareth-De Pinte")]
    [InlineData("Kruibeke", "46030", "Beveren-Kruibeke-Zwijndrecht")]
    public void A_municipality_merged_in_2025_is_found_under_its_old_name_and_code(string input, string nis, string name)
    {
        var match = Registry.Resolve(input);

        Assert.NotNull(match);
        Assert.Equal(nis, match.Municipality.NisCode);
        Assert.Equal(name, match.Municipality.Name);
        Assert.NotNull(match.MatchedFormer);
    }

    [Theory]
    [InlineData("Pajottegem (23106)", "23106")]
    [InlineData("pajottegem", "23106")]
    [InlineData("  Sint-Niklaas ", "46021")]
    [InlineData("sint niklaas", "46021")]
    [InlineData("44021", "44021")]
    public void Resolves_current_names_codes_and_the_pickers_form(string input, string nis)
    {
        Assert.Equal(nis, Registry.Resolve(input)?.Municipality.NisCode);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("99999")]
    [InlineData("Brussel")]
    public void Does_not_resolve_what_is_not_a_Flemish_municipality(string input)
    {
        Assert.Null(Registry.Resolve(input));
    }

    [Fact]
    public void Search_finds_the_new_municipality_by_a_former_name()
    {
        var hits = Registry.Search("gooik");

        var hit = Assert.Single(hits);
        Assert.Equal("Pajottegem", hit.Municipality.Name);
        Assert.Equal("Gooik", hit.MatchedFormer?.Name);
    }

    [Theory]
    [InlineData("Gent", 135)]
    [InlineData("Leuven", 111)]
    [InlineData("Oostende", 181)]
    [InlineData("Pajottegem", 90)]
    public void Gives_each_municipality_the_residual_waste_target_of_its_cluster(string name, double target)
    {
        Assert.Equal(target, Registry.Resolve(name)!.Municipality.ResidualWasteTarget.KgPerInhabitant);
    }
}
