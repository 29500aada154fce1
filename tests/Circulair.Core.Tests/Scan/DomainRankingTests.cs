using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class DomainRankingTests
{
    private static readonly IReadOnlyList<CategoryValue> Jobs = [new("41", 980), new("42", 520), new("43", 1450), new("47", 1900), new("85", 1650), new("10", 1350), new("84", 1150)];
    private static readonly IReadOnlyList<CategoryValue> FlemishJobs = [new("41", 60000), new("42", 25000), new("43", 110000), new("47", 190000), new("85", 230000), new("10", 62000), new("84", 150000)];
    private static readonly IReadOnlyList<CategoryValue> Waste = [new("restafval", 68), new("bouw-sloopafval", 12), new("gft", 20), new("eindtotaal", 100)];

    private static readonly Func<CategoryScheme, string, IReadOnlyList<string>> Default = DomainRanking.Mapping([]);

    [Fact]
    public void Scores_each_domain_from_its_share_of_jobs_location_quotient_and_waste_and_explains_it()
    {
        EvidenceSource[] sources =
        [
            new(EvidenceKind.Jobs, CategoryScheme.NaceBel2008, "Tewerkstelling", 2023, Jobs, FlemishJobs, "Vlaams Gewest"),
            new(EvidenceKind.Waste, CategoryScheme.OvamWasteFractions, "Afval", 2023, Waste),
        ];

        var scores = DomainRanking.Rank(sources, RankingWeights.Default, Default);

        var built = scores.Single(s => s.Domain.Code == "gebouwde-omgeving");
        var jobs = built.Parts.Single(p => p.Kind == EvidenceKind.Jobs);
        var lq = built.Parts.Single(p => p.Kind == EvidenceKind.Specialisation);
        var waste = built.Parts.Single(p => p.Kind == EvidenceKind.Waste);
        var totalJobs = Jobs.Sum(j => j.Value);
        Assert.Equal(2950 / totalJobs, jobs.Share, 9);
        Assert.Equal(["43", "41"], jobs.TopCategories);
        Assert.Equal(2950 / totalJobs / (195000.0 / FlemishJobs.Sum(j => j.Value)), lq.LocationQuotient!.Value, 9);
        Assert.Equal(0.12, waste.Share, 9); // the total row is not counted
        Assert.Equal(["bouw-sloopafval"], waste.TopCategories);
        var expected = (jobs.Points * 3 + lq.Points * 2 + waste.Points * 2) / 7;
        Assert.Equal(expected, built.Score, 9);
        Assert.Equal(Math.Min(lq.LocationQuotient.Value * 50, 100), lq.Points, 9);
    }

    [Fact]
    public void Orders_domains_by_score_and_follows_the_weights()
    {
        EvidenceSource[] sources =
        [
            new(EvidenceKind.Jobs, CategoryScheme.NaceBel2008, "Tewerkstelling", 2023, Jobs),
            new(EvidenceKind.Waste, CategoryScheme.OvamWasteFractions, "Afval", 2023, Waste),
        ];

        var wasteOnly = DomainRanking.Rank(sources, new RankingWeights(0, 0, 0, 1, 0), Default);
        var jobsOnly = DomainRanking.Rank(sources, new RankingWeights(1, 0, 0, 0, 0), Default);

        Assert.Equal("consumentengoederen", wasteOnly[0].Domain.Code); // restafval 68 %
        Assert.Equal(68, wasteOnly[0].Score, 9);
        Assert.True(wasteOnly.Zip(wasteOnly.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(Jobs.Where(j => j.Code is "41" or "42" or "43").Sum(j => j.Value) / Jobs.Sum(j => j.Value) * 100,
            jobsOnly.Single(s => s.Domain.Code == "gebouwde-omgeving").Score, 9);
    }

    [Fact]
    public void Uses_the_organisations_own_mapping_where_it_has_one()
    {
        var own = new ScanDomainMapping(1, CategoryScheme.OvamWasteFractions, "gft", ["consumentengoederen"]);
        EvidenceSource[] sources = [new(EvidenceKind.Waste, CategoryScheme.OvamWasteFractions, "Afval", 2023, Waste)];

        var scores = DomainRanking.Rank(sources, RankingWeights.Default, DomainRanking.Mapping([own]));

        Assert.Equal(0, scores.Single(s => s.Domain.Code == "bio-economie").Score, 9);
        Assert.Equal(88, scores.Single(s => s.Domain.Code == "consumentengoederen").Score, 9);
    }

    [Fact]
    public void Scores_zero_without_evidence()
    {
        var scores = DomainRanking.Rank([], RankingWeights.Default, Default);

        Assert.Equal(9, scores.Count);
        Assert.All(scores, s => Assert.Equal(0, s.Score));
    }
}
