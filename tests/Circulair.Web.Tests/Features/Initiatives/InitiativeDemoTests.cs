using Circulair.Initiatives;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Initiatives;

public sealed class InitiativeDemoTests
{
    [Fact]
    public async Task The_demo_organisation_gets_a_worked_inventory_with_partners_from_its_register_and_gaps_in_the_matrix()
    {
        await using var demo = new CirculairFactory();
        await demo.InitializeAsync();
        await demo.WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, TestContext.Current.CancellationToken));

        var initiatives = await demo.WithDbAsync((db, _) => db.Initiatives.Include(i => i.Partners).ToListAsync());

        Assert.InRange(initiatives.Count, 12, 20);
        Assert.Equal(5, initiatives.Select(i => i.Domain).Distinct().Count());
        Assert.Equal(3, initiatives.Select(i => i.Status).Distinct().Count());
        Assert.All(initiatives, i => Assert.NotEmpty(i.Partners));
        Assert.True(initiatives.Count(i => i.LeadStakeholderId is not null) >= 12);
        Assert.Contains(initiatives, i => i.LeadStakeholderId is null && i.LeadName is not null);
        Assert.Contains(initiatives, i => i.OwnSubdomain is not null);
        Assert.Contains(initiatives, i => TargetGroupSet.Split(i.TargetGroups).Count() > 1);
        var matrix = InitiativeMatrix.Count(initiatives.Select(i => new MatrixEntry(i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups)));
        Assert.All(InitiativeMatrix.Columns, g => Assert.True(matrix.ColumnTotal(g) > 0, $"{g} has no initiative"));
        Assert.InRange(matrix.EmptyCells, 8, 24);
    }
}
