using Circulair.Stakeholders;

namespace Circulair.Core.Tests.Stakeholders;

public sealed class LonglistTests
{
    private static readonly Dictionary<string, string> Empty = [];

    [Fact]
    public void Takes_one_name_per_line_and_skips_blank_lines_and_bullets()
    {
        var r = Longlist.Parse("Kringwinkel Demoland\r\n\n  - Dienst Aankoop \n• Hogeschool Demostad\n", Empty);
        Assert.True(r.IsValid);
        Assert.Equal(["Kringwinkel Demoland", "Dienst Aankoop", "Hogeschool Demostad"], r.Names);
    }

    [Fact]
    public void Names_a_duplicate_within_the_list_with_both_lines()
    {
        var r = Longlist.Parse("Milieuraad\nOndernemersraad\nmilieuraad", Empty);
        Assert.False(r.IsValid);
        var p = Assert.Single(r.Problems);
        Assert.Equal("Stakeholders.Longlist.Problem.Duplicate", p.Key);
        Assert.Equal(["milieuraad", 3, 1], p.Arguments);
    }

    [Fact]
    public void Names_a_name_that_is_already_in_the_register()
    {
        var r = Longlist.Parse("Milieuraad", new Dictionary<string, string> { ["milieuraad"] = "Milieuraad" });
        var p = Assert.Single(r.Problems);
        Assert.Equal("Stakeholders.Longlist.Problem.Exists", p.Key);
    }

    [Fact]
    public void Refuses_an_empty_list_and_a_too_long_name()
    {
        Assert.Equal("Stakeholders.Longlist.Problem.Empty", Assert.Single(Longlist.Parse(" \n ", Empty).Problems).Key);
        Assert.Equal("Stakeholders.Longlist.Problem.TooLong", Assert.Single(Longlist.Parse(new string('x', 151), Empty).Problems).Key);
    }
}
