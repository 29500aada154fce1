using Circulair.Reference;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class ReferenceDataTests
{
    [Fact]
    public void Ships_both_nace_bel_versions_with_their_sections_and_divisions()
    {
        var v2008 = CategoryCatalog.For(CategoryScheme.NaceBel2008);
        var v2025 = CategoryCatalog.For(CategoryScheme.NaceBel2025);

        Assert.Equal((21, 88), (v2008.All.Count(c => c.Level == CategoryLevel.Section), v2008.All.Count(c => c.Level == CategoryLevel.Division)));
        Assert.Equal((22, 87), (v2025.All.Count(c => c.Level == CategoryLevel.Section), v2025.All.Count(c => c.Level == CategoryLevel.Division)));
        Assert.NotNull(v2008.Find("45"));
        Assert.Null(v2025.Find("45"));
        Assert.Equal("J", v2008.Find("62")!.Parent); // ICT sat in J in 2008 …
        Assert.Equal("K", v2025.Find("62")!.Parent); // … and in K from 2025
    }

    [Theory]
    [InlineData("41", "41")]
    [InlineData("41 - Bouw van gebouwen", "41")]
    [InlineData("NACE 43", "43")]
    [InlineData("F", "F")]
    [InlineData("F Bouwnijverheid", "F")]
    [InlineData("bouwnijverheid", "F")]
    [InlineData("1", "01")]
    public void Matches_nace_codes_as_exports_write_them(string text, string code)
    {
        Assert.Equal(code, CategoryCatalog.For(CategoryScheme.NaceBel2008).Match(text)?.Code);
    }

    [Theory]
    [InlineData("Papier en karton", "papier-karton")]
    [InlineData("GFT", "gft")]
    [InlineData("groente-, fruit- en tuinafval", "gft")]
    [InlineData("Bouw- en sloopafval", "bouw-sloopafval")]
    public void Matches_waste_fractions_by_label_and_synonym(string text, string code)
    {
        Assert.Equal(code, CategoryCatalog.For(CategoryScheme.OvamWasteFractions).Match(text)?.Code);
    }

    [Fact]
    public void Ships_the_veka_sectors_and_the_action_domains()
    {
        Assert.Equal(["huishoudens", "tertiair", "industrie-niet-ets", "transport", "landbouw", "eigen-gebouwen-vloot"], CategoryCatalog.For(CategoryScheme.VekaCo2Sectors).All.Select(c => c.Code));
        Assert.Equal(5, ActionDomains.All.Count(d => d.Kind == ActionDomainKind.Domain));
        Assert.Equal(4, ActionDomains.All.Count(d => d.Kind == ActionDomainKind.Supporting));
        Assert.Equal("Gebouwde omgeving", ActionDomains.Find("gebouwde-omgeving")!.Label.Nl);
        Assert.Equal(6, ActionDomains.Find("gebouwde-omgeving")!.Subdomains.Count);
        Assert.Equal(10, RLadder.All.Count);
    }

    [Fact]
    public void The_r_ladder_groups_have_their_own_english_names()
    {
        // Each R-strategy's group is shown in the reader's language: English must not fall back to the Dutch column.
        Assert.All(RLadder.All, r => Assert.NotEqual(r.Group.Nl, r.Group.En));
        Assert.Equal("Useful application of materials", RLadder.Find("R8")!.Group.En);
    }

    [Fact]
    public void Knows_the_region_the_provinces_and_old_and_new_municipalities()
    {
        var areas = AreaRegistry.Instance;

        Assert.Equal(5, areas.Provinces.Count());
        Assert.Equal(6629143, areas.Region.Population);
        Assert.Equal("02000", areas.Resolve("2000")?.Code); // a spreadsheet dropped the leading zero
        Assert.Equal("02000", areas.Resolve("Vlaams Gewest")?.Code);
        Assert.Equal("10000", areas.Resolve("Provincie Antwerpen")?.Code);
        Assert.Equal("11002", areas.Resolve("Antwerpen")?.Code);
        Assert.Equal(AreaKind.FormerMunicipality, areas.Find("11007")!.Kind);
        Assert.Equal(["11002", "11007"], areas.ConstituentCodes("11002"));
        Assert.Equal(areas.All.Count, areas.All.Select(a => a.Code).Distinct().Count());
        Assert.True(areas.All.Count < 1024, "area indexes must fit the import's 10-bit key");
        Assert.Null(areas.Resolve("Atlantis"));
    }

    [Fact]
    public void Maps_every_shipped_category_link_and_opportunity_to_existing_reference_data()
    {
        foreach (var scheme in new[] { CategoryScheme.NaceBel2008, CategoryScheme.NaceBel2025, CategoryScheme.OvamWasteFractions, CategoryScheme.VekaCo2Sectors })
        {
            foreach (var c in CategoryCatalog.For(scheme).All)
            {
                Assert.All(DomainMappingDefaults.For(scheme, c.Code), d => Assert.NotNull(ActionDomains.Find(d)));
            }
        }
        Assert.Equal(["bouw-sloopafval"], CategoryCatalog.For(CategoryScheme.OvamWasteFractions).All.Where(c => DomainMappingDefaults.For(CategoryScheme.OvamWasteFractions, c.Code).SequenceEqual(["gebouwde-omgeving"])).Select(c => c.Code).Take(1));
        foreach (var o in OpportunityCatalog.All)
        {
            Assert.NotNull(ActionDomains.Find(o.DomainCode));
            Assert.All(o.RStrategies, r => Assert.NotNull(RLadder.Find(r)));
            Assert.All(o.AppliesTo, key =>
            {
                var (kind, code) = (key.Split(':')[0], key.Split(':')[1]);
                var scheme = kind switch { "nace" => CategoryScheme.NaceBel2008, "waste" => CategoryScheme.OvamWasteFractions, _ => CategoryScheme.VekaCo2Sectors };
                Assert.NotNull(CategoryCatalog.For(scheme).Find(code));
            });
        }
        Assert.Contains(OpportunityCatalog.ForCategory(CategoryScheme.NaceBel2025, "41"), o => o.Id == "bouw-hergebruik");
        Assert.Contains(OpportunityCatalog.ForCategory(CategoryScheme.OvamWasteFractions, "gft"), o => o.Id == "bio-gft");
    }

    [Theory]
    [InlineData("  Sint-Niklaas ", "sint niklaas")]
    [InlineData("O'Neill & Co", "o neill & co")]
    [InlineData("Dienst Milieu (Sam Demo)", "dienst milieu (sam demo)")]
    [InlineData("Zele", "zele")]
    [InlineData("Hamme-Zogge ", "hamme zogge")]
    [InlineData("Schaarbeek\t", "schaarbeek")]
    [InlineData("Évergem-Belzele", "evergem belzele")]
    [InlineData("Ruïne Sint-Anna", "ruine sint anna")]
    public void A_name_is_normalised_the_same_way_with_or_without_accents(string name, string expected) =>
        Assert.Equal(expected, MunicipalityRegistry.Normalise(name));
}
