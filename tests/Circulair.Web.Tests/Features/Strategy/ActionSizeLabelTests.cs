using System.Globalization;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy.Table;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>An action's size is not its Tool 6 quadrant: the labels differ, and old sheets' labels still import.</summary>
public sealed class ActionSizeLabelTests
{
    [Theory]
    [InlineData("nl-BE")]
    [InlineData("en")]
    public void Size_labels_do_not_repeat_the_quadrant_names(string culture)
    {
        var c = CultureInfo.GetCultureInfo(culture);
        var quadrants = Enum.GetValues<Quadrant>().Select(q => CirculairLocalizer.Find($"Enum.Quadrant.{q}", c)!.ToLowerInvariant()).ToHashSet();

        foreach (var size in Enum.GetValues<ActionSize>())
        {
            var label = CirculairLocalizer.Find($"Enum.ActionSize.{size}", c);
            Assert.NotNull(label);
            Assert.DoesNotContain(label.ToLowerInvariant(), quadrants);
        }
    }

    [Theory]
    [InlineData("Groot project", ActionSize.GrootProject)]
    [InlineData("Large project", ActionSize.GrootProject)]
    [InlineData("Kleine verbetering", ActionSize.KleineVerbetering)]
    [InlineData("Small improvement", ActionSize.KleineVerbetering)]
    [InlineData("Langlopend traject", ActionSize.GrootProject)]
    [InlineData("Small step", ActionSize.KleineVerbetering)]
    public void The_import_reads_old_and_new_size_labels(string label, ActionSize expected) =>
        Assert.Equal(expected, ActionTableWorkbook.Vocabulary().Size(label));
}
