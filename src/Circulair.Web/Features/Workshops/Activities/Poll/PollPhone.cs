using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>A quick poll on the phone: the options and whatever the participant answered (or typed, when refused).</summary>
public sealed class PollPhone(PhoneContext phone, IReadOnlySet<int> choices, int? scale, string? answer, IReadOnlyList<string?> words) : PhoneState(phone)
{
    public IReadOnlyList<WorkshopItem> Options { get; } = phone.Activity.OrderedItems();

    public IReadOnlySet<int> Choices { get; } = choices;

    public int? Scale { get; } = scale;

    public string? Answer { get; } = answer;

    public IReadOnlyList<string?> Words { get; } = words;

    /// <summary>The field that carries the answer (and its error) for this poll type.</summary>
    public string Field => Activity.PollType switch
    {
        PollType.MeerKeuze => "Choices",
        PollType.Schaal => "Scale",
        PollType.OpenTekst => "Answer",
        PollType.Woordwolk => "Words",
        _ => "Choice",
    };
}
