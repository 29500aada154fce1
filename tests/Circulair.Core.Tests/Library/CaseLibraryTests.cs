using Circulair.Library;
using Circulair.Reference;

namespace Circulair.Core.Tests.Library;

public sealed class CaseLibraryTests
{
    private static readonly string[] GuideCases =
    [
        "deelfabriek-kortrijk", "papillon", "circulair-werkt-hasselt", "voedsaam", "mowi-sobo-zalmkroket", "stadsboerderij-turnhout",
        "mechelen-bouwregisseur", "materialenbank-leuven", "stadhuis-roeselare", "ivago-repair-cafes", "deeldepot-boechout",
        "ivago-mobiel-recyclagepark", "ivvo-kurk", "circuler", "grensland-circulair", "cico-banners", "iwva-waterhergebruik",
        "gent-wasbare-luiers", "zorg-leuven-printen", "vorselaar-deelwagens", "pelt-deelbakfietsen", "edegem-dienstwagens",
        "brugge-visie", "hasselt-ccd", "cocon-sint-niklaas", "mechelen-bevraging", "waas-circulair", "platform-leuven-circulair",
        "zulte-futureproofed",
    ];

    [Fact]
    public void Ships_every_case_the_method_lists_with_all_required_fields()
    {
        var library = CaseLibrary.Guide;

        Assert.Equal(GuideCases.Order(), library.All.Select(c => c.Key).Order());
        Assert.All(library.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title.Nl));
            Assert.False(string.IsNullOrWhiteSpace(c.Title.En));
            Assert.False(string.IsNullOrWhiteSpace(c.Place));
            Assert.NotEmpty(c.Organisations);
            Assert.NotNull(c.Domain);
            Assert.True(c.SubdomainCode is null || c.Subdomain is not null, c.Key);
            Assert.NotNull(c.RStrategy);
            Assert.True(Enum.IsDefined(c.ValueChain));
            Assert.True(Enum.IsDefined(c.Role));
            Assert.True(c.FromGuide);
            Assert.True(c.Summary.Nl.Length > 40, c.Key);
            Assert.True(c.Summary.En.Length > 40, c.Key);
            Assert.True(c.Url is null || c.Url.Scheme == "https", c.Key);
        });
        // Every role of Figure 5 has at least one example.
        Assert.Equal(Enum.GetValues<GovernmentRole>(), library.All.Select(c => c.Role).Distinct().Order());
    }

    [Fact]
    public void Filters_combine_and_search_ignores_case_and_accents()
    {
        var library = CaseLibrary.Guide;

        var sharing = library.Search(new CaseFilter(Domain: "consumentengoederen", Subdomain: "delen"));
        Assert.Equal(["deeldepot-boechout", "deelfabriek-kortrijk"], sharing.Select(c => c.Key).Order());
        Assert.Equal(["materialenbank-leuven"], library.Search(new CaseFilter(Query: "BOUWMATERIALEN webwinkel")).Select(c => c.Key));
        Assert.Contains(library.Search(new CaseFilter(Query: "geinfiltreerd")), c => c.Key == "iwva-waterhergebruik");
        Assert.All(library.Search(new CaseFilter(RStrategy: "R8", ValueChain: ValueChainStep.Inzameling)), c => Assert.Equal(("R8", ValueChainStep.Inzameling), (c.RStrategyCode, c.ValueChain)));
        Assert.Equal(new[] { "hasselt-ccd", "circulair-werkt-hasselt" }.Order(), library.Search(new CaseFilter(Place: "hasselt")).Select(c => c.Key).Order());
        Assert.All(library.Search(new CaseFilter(Role: GovernmentRole.Richting)), c => Assert.Equal(GovernmentRole.Richting, c.Role));
        Assert.Empty(library.Search(new CaseFilter(Domain: "bio-economie", Role: GovernmentRole.Intern)));
    }

    [Fact]
    public void Related_cases_share_the_sub_domain_first_and_never_include_the_case_itself()
    {
        var library = CaseLibrary.Guide;
        var pelt = library.Find("pelt-deelbakfietsen")!;

        var related = library.Related(pelt);

        Assert.DoesNotContain(pelt, related);
        Assert.Equal(["edegem-dienstwagens", "vorselaar-deelwagens"], related.Take(2).Select(c => c.Key).Order());
        Assert.All(related, c => Assert.True(CaseSearch.Score(pelt, c) >= 3));
    }

    [Fact]
    public void A_case_file_with_a_missing_column_or_broken_rows_adds_nothing_and_names_the_rows()
    {
        const string missingColumn = "key,title_nl,place\nx-1,Titel,Gent\n";
        var (none, columnProblems) = CaseLibrary.Read(new StringReader(missingColumn), fromGuide: false);
        Assert.Empty(none);
        Assert.Contains(columnProblems, p => p is { Row: 1, Column: "domain", MessageKey: "Library.Problem.MissingColumn" });

        var file = string.Join('\n',
            string.Join(',', CaseLibrary.Columns),
            "eigen-repair,Repair,Repair,Gent,Stad Gent,consumentengoederen,herstel,R4,gebruik,extern,,https://example.org/repair,Een goed voorbeeld van herstel in de stad.,A good repair example.",
            "kapot,Kapot,Broken,Gent,Stad Gent,nergens,,R12,overal,baas,,ftp://nope,Tekst,Text",
            "deelfabriek-kortrijk,Dubbel,Double,Kortrijk,Stad,consumentengoederen,,R1,gebruik,extern,,,Tekst,Text");
        var (cases, problems) = CaseLibrary.Read(new StringReader(file), fromGuide: false, CaseLibrary.Guide.All.Select(c => c.Key));

        Assert.Empty(cases);
        Assert.Equal(["domain", "r_strategy", "role", "url", "value_chain"], problems.Where(p => p.Row == 3).Select(p => p.Column).Order());
        Assert.Contains(problems, p => p is { Row: 4, Column: "key", MessageKey: "Library.Problem.KeyTaken" });
        Assert.DoesNotContain(problems, p => p.Row == 2);
    }

    [Fact]
    public void A_valid_case_file_extends_the_library_as_an_instance_case()
    {
        var file = string.Join('\n',
            string.Join(',', CaseLibrary.Columns),
            "eigen-repair,Repair in de bib,Repair at the library,Gent,Stad Gent; Bib,consumentengoederen,herstel,r4,gebruik,extern,,,Een herstelhoek in de bibliotheek.,A repair corner in the library.");

        var (cases, problems) = CaseLibrary.Read(new StringReader(file), fromGuide: false);
        var library = CaseLibrary.Guide.With(cases);

        Assert.Empty(problems);
        var added = library.Find("eigen-repair")!;
        Assert.Equal((false, "R4"), (added.FromGuide, added.RStrategyCode));
        Assert.Equal(["Stad Gent", "Bib"], added.Organisations);
        Assert.Equal(CaseLibrary.Guide.All.Count + 1, library.All.Count);
    }

    [Theory]
    [InlineData("https://www.kortrijk.be/deelfabriek", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("www.kortrijk.be", false)]
    [InlineData("https://localhost", false)]
    [InlineData("https://a.be/x y", false)]
    public void Links_must_be_absolute_web_addresses(string text, bool valid) =>
        Assert.Equal(valid, LinkCheck.Parse(text) is not null);

    [Fact]
    public void The_classification_codes_are_reference_data()
    {
        Assert.All(CaseLibrary.Guide.All, c => Assert.Contains(ActionDomains.All, d => d.Code == c.DomainCode));
        Assert.Equal(ValueChainStep.Gebruik, ValueChainSteps.Parse("GEBRUIK"));
        Assert.Null(GovernmentRoles.Parse("baas"));
    }
}
