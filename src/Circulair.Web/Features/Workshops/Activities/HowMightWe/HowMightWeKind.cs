using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// "Hoe kunnen we…": participants collect questions (at most <see cref="HowMightWeRules.MaxQuestionsPerParticipant"/>
/// each), then the facilitator turns them into items and everyone votes with dots. When it closes, the questions go
/// to the ideas backlog with their dots (decision 0211, 0213).
/// </summary>
public sealed class HowMightWeKind(IIdeaSink ideas, IIdeaRankingSink ranking) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.HoeKunnenWe;

    public string Folder => "HowMightWe";

    public bool HasControls => true;

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) =>
        phone.Activity.Phase == QuestionPhase.Stemmen ? await DotVoting.PhoneAsync(phone, ct) : await QuestionsAsync(phone, null, ct);

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        if (phone.Activity.Phase == QuestionPhase.Stemmen)
        {
            return await DotVoting.AnswerAsync(phone, ct);
        }
        var key = phone.Key;
        if (await phone.AlreadySubmittedAsync(key, ct))
        {
            return PhoneAnswer.Saved("Workshops.Participate.QuestionSaved");
        }
        var typed = phone.Field("question");
        var text = Circulair.Workshops.HowMightWe.Question(typed);
        var asked = (await QuestionsAsync(phone, typed, ct)).MyQuestions.Count;
        if (text is null)
        {
            phone.ModelState.AddModelError("Question", phone.T["Workshops.Participate.QuestionRequired"]);
        }
        else if (text.Length > WorkshopIdea.TextMaxLength)
        {
            phone.ModelState.AddModelError("Question", phone.T["Workshops.Participate.TooLong", WorkshopIdea.TextMaxLength]);
        }
        else if (!HowMightWeRules.MayAsk(asked))
        {
            phone.ModelState.AddModelError("Question", phone.T["Workshops.Participate.TooManyQuestions", HowMightWeRules.MaxQuestionsPerParticipant]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(await QuestionsAsync(phone, typed, ct));
        }
        phone.Db.WorkshopIdeas.Add(new WorkshopIdea(phone.Activity, phone.Me, IdeaKind.Vraag, text!, 1, null, 0, null, key, phone.Now));
        await phone.SaveOnceAsync(ct);
        return PhoneAnswer.Saved("Workshops.Participate.QuestionSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var outcomes = new List<FeedOutcome>();
        var support = DotVoting.Support(feed).Where(s => s.Kind is VotingItemKind.Idee or VotingItemKind.Vraag).ToList();
        if (support.Count > 0)
        {
            outcomes.Add(await ranking.ReceiveAsync(feed.Workshop.OrganisationId, support, ct));
        }
        var dotsByQuestion = feed.Activity.Items.Where(i => i.Source == VotingItemKind.Vraag && i.SourceKey is not null)
            .ToDictionary(i => i.SourceKey!, i => feed.Results.Dots?.Rows.FirstOrDefault(r => r.ItemId == i.Id)?.Dots ?? 0);
        var records = IdeaFeed.Records(feed, IdeaKind.Vraag, i => dotsByQuestion.GetValueOrDefault(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (records.Count > 0)
        {
            outcomes.Add(await ideas.ReceiveAsync(feed.Workshop.OrganisationId, records, ct));
        }
        return outcomes;
    }

    private static async Task<QuestionPhone> QuestionsAsync(PhoneContext phone, string? typed, CancellationToken ct)
    {
        var mine = (await phone.IdeasAsync(ct)).Where(i => i.ParticipantId == phone.Me.Id).Select(i => i.View).ToList();
        return new QuestionPhone(phone, mine, typed);
    }
}
