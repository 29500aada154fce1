using Circulair.Initiatives;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Core.Tests.Initiatives;

public sealed class InitiativeMatrixTests
{
    private static MatrixEntry Entry(string domain, InitiativeTargetGroups groups, string? sub = null, string? own = null) => new(domain, sub, own, groups);

    [Fact]
    public void An_empty_inventory_has_every_domain_and_target_group_with_every_cell_empty()
    {
        var matrix = InitiativeMatrix.Count([]);

        Assert.Equal(["bio-economie", "gebouwde-omgeving", "consumentengoederen", "industrie", "andere"], matrix.Domains.Select(d => d.Row.Domain.Code));
        Assert.Equal([Burgers, Ondernemers, EigenOrganisatie, ScholenEnJongeren, Verenigingen, KwetsbareGroepen, Andere], InitiativeMatrix.Columns);
        Assert.Equal(35, matrix.CellCount);
        Assert.Equal(35, matrix.EmptyCells);
        Assert.Equal(0, matrix.Total);
        // Every listed sub-domain has its row, empty, and there is no "without sub-domain" row.
        var bio = matrix.Domains[0];
        Assert.Equal(6, bio.Subdomains.Count);
        Assert.All(bio.Subdomains, r => Assert.Equal(SubdomainKind.Listed, r.Subdomain!.Kind));
        Assert.All(bio.Subdomains, r => Assert.All(r.Counts, c => Assert.Equal(0, c)));
    }

    [Fact]
    public void An_initiative_for_several_target_groups_counts_in_each_column_but_once_in_the_totals()
    {
        var matrix = InitiativeMatrix.Count(
        [
            Entry("consumentengoederen", Burgers | KwetsbareGroepen, sub: "herstel"),
            Entry("consumentengoederen", Burgers, sub: "delen"),
            Entry("bio-economie", ScholenEnJongeren | EigenOrganisatie),
        ]);

        var goods = matrix.Domains.Single(d => d.Row.Domain.Code == "consumentengoederen").Row;
        Assert.Equal(2, goods.CountFor(Burgers));
        Assert.Equal(1, goods.CountFor(KwetsbareGroepen));
        Assert.True(goods.IsEmpty(Ondernemers));
        Assert.Equal(2, goods.Total);
        Assert.Equal(3, matrix.Total);
        Assert.Equal(2, matrix.ColumnTotal(Burgers));
        Assert.Equal(1, matrix.ColumnTotal(EigenOrganisatie));
        Assert.Equal(0, matrix.ColumnTotal(Verenigingen));
        // 5 domains x 7 groups = 35 cells; filled: goods 2 (Burgers, Kwetsbare), bio 2 (Scholen, Eigen organisatie).
        Assert.Equal(31, matrix.EmptyCells);
    }

    [Fact]
    public void The_breakdown_lists_listed_sub_domains_then_own_ones_then_those_without()
    {
        var matrix = InitiativeMatrix.Count(
        [
            Entry("bio-economie", Burgers, sub: "bio-afval"),
            Entry("bio-economie", Burgers | Verenigingen, own: "Zadenbibliotheek"),
            Entry("bio-economie", Verenigingen, own: "zadenbibliotheek "),
            Entry("bio-economie", Ondernemers, own: "Bijenhotels"),
            Entry("bio-economie", Ondernemers),
        ]);

        var bio = matrix.Domains[0];
        Assert.Equal(5, bio.Row.Total);
        var rows = bio.Subdomains;
        Assert.Equal(6 + 2 + 1, rows.Count);
        Assert.Equal("bio-afval", rows[0].Subdomain!.Key);
        Assert.Equal(1, rows[0].CountFor(Burgers));
        Assert.Equal(["eigen:bijenhotels", "eigen:zadenbibliotheek"], rows.Skip(6).Take(2).Select(r => r.Subdomain!.Key));
        var seeds = rows[7];
        Assert.Equal("Zadenbibliotheek", seeds.Subdomain!.OwnLabel);
        Assert.Equal((2, 1, 2), (seeds.CountFor(Verenigingen), seeds.CountFor(Burgers), seeds.Total));
        Assert.Equal(SubdomainKind.None, rows[8].Subdomain!.Kind);
        Assert.Equal(1, rows[8].CountFor(Ondernemers));
    }

    [Fact]
    public void Entries_outside_the_five_domains_are_not_counted()
    {
        var matrix = InitiativeMatrix.Count([Entry("logistiek", Burgers), Entry("andere", Burgers, sub: "warmtenetten")]);

        Assert.Equal(1, matrix.Total);
        Assert.Equal(1, matrix.ColumnTotal(Burgers));
    }

    [Fact]
    public void Sub_domain_filter_keys_read_back()
    {
        Assert.Equal(SubdomainKind.None, SubdomainRef.Parse("geen")!.Kind);
        Assert.Equal("bijenhotels", SubdomainRef.Parse("eigen:bijenhotels")!.OwnKey);
        Assert.Equal(SubdomainKind.Listed, SubdomainRef.Parse("bio-afval")!.Kind);
        Assert.Null(SubdomainRef.Parse(""));
        Assert.Null(SubdomainRef.Parse("eigen:"));
        Assert.Equal("eigen:cafe hele", SubdomainRef.Own("Café  Hélé").Key);
    }
}
