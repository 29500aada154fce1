using Circulair.Web.Features.Stakeholders;

namespace Circulair.Web.Features.Shared;

/// <summary>
/// The search field beside a form's long list of choices (<c>_ChoiceSearch</c>, decision 0416): <paramref name="Name"/>
/// is the bound search text, <paramref name="Button"/> the bound flag its button sets, <paramref name="FormAction"/> where
/// the form goes back to (with an anchor at the list). <paramref name="Texts"/> is the prefix of its strings
/// (".Search", ".Hint", ".NoMatch", ".More", ".Found"); <paramref name="Found"/> counts the matches offered besides the
/// chosen ones, <paramref name="More"/> says more matched than were offered.
/// </summary>
public sealed record ChoiceSearchField(string Name, string Button, string FormAction, string Texts, string? Search, int Found, bool More)
{
    /// <summary>How many matches a list offers besides the chosen ones.</summary>
    public const int Limit = 50;

    public string Id => Name.Replace('.', '_');

    /// <summary>The field for a list of stakeholders.</summary>
    public static ChoiceSearchField ForStakeholders(string name, string button, string formAction, StakeholderChoices choices) =>
        new(name, button, formAction, "Stakeholders.Choices", choices.Search, choices.Options.Count(o => !o.Chosen), choices.More);
}
