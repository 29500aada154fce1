namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>"Hoe kunnen we…" while questions are collected: the question being typed and the participant's own questions.</summary>
public sealed class QuestionPhone(PhoneContext phone, IReadOnlyList<IdeaView> mine, string? typed) : PhoneState(phone)
{
    public IReadOnlyList<IdeaView> MyQuestions { get; } = mine;

    public string? Typed { get; } = typed;
}
