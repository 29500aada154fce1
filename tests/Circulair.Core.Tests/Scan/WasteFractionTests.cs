using Circulair.Reference;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class WasteFractionTests
{
    private static readonly CategoryCatalog Waste = CategoryCatalog.For(CategoryScheme.OvamWasteFractions);

    [Theory]
    [InlineData("Grofvuil", "grofvuil")]
    [InlineData("grof huisvuil", "grofvuil")]
    [InlineData("Huisvuil", "huisvuil")]
    [InlineData("Asbestcement", "asbestcement")]
    [InlineData("Restafval", "restafval")]
    public void The_list_knows_the_fractions_of_OVAMs_yearly_inventory(string text, string code)
    {
        var category = Waste.Match(text);

        Assert.NotNull(category);
        Assert.Equal(code, category.Code);
        Assert.Equal(CategoryLevel.Item, category.Level);
    }

    [Fact]
    public void A_wide_household_waste_export_with_a_column_for_bulky_waste_imports_without_unknown_categories()
    {
        var header = new[] { "NIS", "Jaar", "Huisvuil", "Grofvuil", "Gft", "Papier en karton", "Asbestcement" };
        var mapping = new ImportMapping { Layout = ImportLayout.WideCategories, AreaColumn = 1, YearColumn = 2, ValueColumns = [3, 4, 5, 6, 7] };
        var checker = new ImportChecker(mapping, header, 1, DatasetKind.Huishoudafval, new CategoryResolver(Waste, new Dictionary<string, string>()), new NumberFormat(',', "."), Units.Tonnes);

        checker.CheckRow(2, ["41002", "2023", "5.100", "1.700", "3.400", "2.900", "120"]);

        Assert.Equal(0, checker.ProblemCount);
        Assert.Empty(checker.UnknownCategories);
        Assert.Equal(["huisvuil", "grofvuil", "gft", "papier-karton", "asbestcement"], checker.Categories.Select(c => c.Code));
    }

    [Fact]
    public void Residual_waste_counts_once_when_a_file_gives_it_beside_household_and_bulky_waste()
    {
        IReadOnlyList<CategoryValue> values = [new("restafval", 6800), new("huisvuil", 5100), new("grofvuil", 1700), new("gft", 3400), new("eindtotaal", 10200)];

        var leaves = ScanAnalysis.Leaves(Waste, values);

        Assert.Equal(["huisvuil", "grofvuil", "gft"], leaves.Select(v => v.Code));
        Assert.Equal(["restafval", "gft"], ScanAnalysis.Leaves(Waste, [new("restafval", 6800), new("gft", 3400)]).Select(v => v.Code));
    }

    [Fact]
    public void Every_fraction_has_a_default_domain()
    {
        Assert.All(Waste.All.Where(c => c.Level == CategoryLevel.Item), c => Assert.NotEmpty(DomainMappingDefaults.For(CategoryScheme.OvamWasteFractions, c.Code)));
    }
}
