using Circulair.Organisations;
using Circulair.Reference;

namespace Circulair.Core.Tests.Organisations;

public sealed class OrganisationTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Stad Sint-Niklaas", "stad-sint-niklaas")]
    [InlineData("Gemeente Kortessem–Hasselt", "gemeente-kortessem-hasselt")]
    [InlineData("Intercommunale Leiedal (IL)", "intercommunale-leiedal-il")]
    [InlineData("Ézé  Ñandú", "eze-nandu")]
    [InlineData("!!!", "organisatie")]
    public void Slug_is_readable_ascii(string name, string slug) => Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void Slug_gets_a_number_when_taken() =>
        Assert.Equal("gent-3", Slug.Unique("Gent", new HashSet<string> { "gent", "gent-2" }));

    [Fact]
    public void Picking_a_municipality_fills_its_facts()
    {
        var organisation = new Organisation("Stad Gent", "gent", OrganisationType.Gemeente, Now);

        organisation.PickMunicipality(MunicipalityRegistry.Instance.Resolve("Gent")!.Municipality);

        Assert.Equal("44021", organisation.NisCode);
        Assert.Equal("Oost-Vlaanderen", organisation.Province);
        Assert.Equal(2020, organisation.PopulationYear);
        Assert.Equal(135, organisation.ResidualWasteTarget2030);
    }

    [Fact]
    public void Only_a_gemeente_picks_a_municipality_and_changing_kind_clears_it()
    {
        var province = new Organisation("Provincie", "p", OrganisationType.Provincie, Now);
        var gemeente = new Organisation("Gent", "g", OrganisationType.Gemeente, Now);
        gemeente.PickMunicipality(MunicipalityRegistry.Instance.Resolve("Gent")!.Municipality);

        var refused = Assert.Throws<DomainException>(() => province.PickMunicipality(MunicipalityRegistry.Instance.All[0]));
        gemeente.ChangeType(OrganisationType.Andere);

        Assert.Equal("Errors.MunicipalityOnlyForGemeente", refused.MessageKey);
        Assert.Null(gemeente.NisCode);
        Assert.Null(gemeente.Population);
    }

    [Fact]
    public void Only_an_intercommunale_or_province_can_be_a_parent()
    {
        var city = new Organisation("Stad", "s", OrganisationType.Gemeente, Now);
        var other = new Organisation("Andere stad", "a", OrganisationType.Gemeente, Now);
        var intercommunale = new Organisation("IC", "ic", OrganisationType.Intercommunale, Now);

        Assert.Equal("Errors.ParentWrongType", Assert.Throws<DomainException>(() => city.AttachTo(other)).MessageKey);
        city.AttachTo(intercommunale);
        Assert.Same(intercommunale, city.Parent);
        city.AttachTo(null);
        Assert.Null(city.ParentId);
    }

    [Fact]
    public void The_last_beheerder_cannot_be_demoted()
    {
        var membership = new Membership(1, 1, OrganisationRole.Beheerder, Now);

        Assert.Throws<DomainException>(() => membership.ChangeRole(OrganisationRole.Lezer, beheerdersLeft: 1));
        membership.ChangeRole(OrganisationRole.Lezer, beheerdersLeft: 2);
        Assert.Equal(OrganisationRole.Lezer, membership.Role);
    }

    [Theory]
    [InlineData(OrganisationRole.Beheerder, OrganisationRole.Coordinator, true)]
    [InlineData(OrganisationRole.Coordinator, OrganisationRole.Teamlid, true)]
    [InlineData(OrganisationRole.Teamlid, OrganisationRole.Teamlid, true)]
    [InlineData(OrganisationRole.Lezer, OrganisationRole.Teamlid, false)]
    [InlineData(OrganisationRole.Coordinator, OrganisationRole.Beheerder, false)]
    public void Roles_include_the_roles_below_them(OrganisationRole role, OrganisationRole required, bool included) =>
        Assert.Equal(included, role.Includes(required));
}
