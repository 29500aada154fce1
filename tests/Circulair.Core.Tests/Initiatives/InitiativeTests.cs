using Circulair.Initiatives;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Core.Tests.Initiatives;

public sealed class InitiativeTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static InitiativeDetails Details(string name = "Repair Café", string domain = "consumentengoederen") => new()
    {
        Name = name,
        Domain = domain,
        TargetGroups = Burgers,
        Status = InitiativeStatus.Lopend,
    };

    [Fact]
    public void An_own_sub_domain_that_is_a_listed_one_becomes_the_listed_one()
    {
        var i = new Initiative(1, Details() with { OwnSubdomain = "  herstel EN (her)gebruik " }, Now);

        Assert.Equal("herstel", i.SubdomainCode);
        Assert.Null(i.OwnSubdomain);
    }

    [Fact]
    public void An_own_sub_domain_is_kept_with_a_comparison_key()
    {
        var i = new Initiative(1, Details() with { OwnSubdomain = "Speelgoed  ruilen" }, Now);

        Assert.Null(i.SubdomainCode);
        Assert.Equal(("Speelgoed ruilen", "speelgoed ruilen"), (i.OwnSubdomain, i.OwnSubdomainKey));
    }

    [Fact]
    public void A_listed_sub_domain_of_another_domain_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => new Initiative(1, Details() with { SubdomainCode = "bio-afval" }, Now));
        Assert.Equal("Initiatives.Validation.SubdomainNotInDomain", e.Message);
    }

    [Theory]
    [InlineData("logistiek")]
    [InlineData("onbekend")]
    public void A_supporting_sector_or_unknown_code_is_not_a_domain(string code)
    {
        Assert.Throws<DomainException>(() => new Initiative(1, Details(domain: code), Now));
    }

    [Fact]
    public void Without_target_groups_an_initiative_is_refused()
    {
        Assert.Throws<DomainException>(() => new Initiative(1, Details() with { TargetGroups = None }, Now));
        Assert.Throws<DomainException>(() => new Initiative(1, Details() with { TargetGroups = (InitiativeTargetGroups)128 }, Now));
    }

    [Fact]
    public void Naming_an_other_target_group_adds_other()
    {
        var i = new Initiative(1, Details() with { OtherTargetGroup = "senioren" }, Now);

        Assert.Equal(Burgers | Andere, i.TargetGroups);
    }

    [Fact]
    public void Partners_are_kept_once_and_replaced_by_a_new_description()
    {
        var i = new Initiative(1, Details() with { PartnerIds = [5, 3, 5] }, Now);
        Assert.Equal([3, 5], i.Details.PartnerIds);

        i.Describe(i.Details with { PartnerIds = [5, 8] });

        Assert.Equal([5, 8], i.Partners.Select(p => p.StakeholderId).Order());
    }

    [Theory]
    [InlineData("www.kringwinkel.be", "https://www.kringwinkel.be", true)]
    [InlineData(" https://repair.example/cafe?x=1 ", "https://repair.example/cafe?x=1", true)]
    [InlineData("http://voorbeeld.be", "http://voorbeeld.be", true)]
    [InlineData("ftp://files.example", "ftp://files.example", false)]
    [InlineData("geen website", "https://geen website", false)]
    [InlineData("localhost", "https://localhost", false)]
    public void Web_links_get_a_scheme_and_must_be_web_addresses(string typed, string normalised, bool valid)
    {
        var n = InitiativeRules.NormaliseWebLink(typed);
        Assert.Equal(normalised, n);
        Assert.Equal(valid, InitiativeRules.IsValidWebLink(n));
    }

    [Fact]
    public void A_lead_linked_to_the_same_stakeholder_is_no_difference_even_under_another_name()
    {
        var a = Details() with { LeadStakeholderId = 4, LeadName = "Kringwinkel" };
        var b = Details() with { LeadStakeholderId = 4, LeadName = "Kringwinkel Demoland" };
        var c = Details() with { LeadName = "Kringwinkel" };

        Assert.Empty(InitiativeDetails.Differences(a.Normalised(), b.Normalised()));
        Assert.Equal([InitiativeColumn.Lead], InitiativeDetails.Differences(a.Normalised(), c.Normalised()));
    }
}
