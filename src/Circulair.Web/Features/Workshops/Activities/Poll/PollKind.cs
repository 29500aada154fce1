using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>A quick poll: one or several choices, a 1–5 scale, an open answer or up to three words for a word cloud. Its results stay in the workshop.</summary>
public sealed class PollKind : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Peiling;

    public string Folder => "Poll";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct)
    {
        var mine = await phone.MyResponsesAsync(ct);
        return new PollPhone(phone,
            mine.Where(r => r.ItemKey != 0).Select(r => r.ItemKey).ToHashSet(),
            mine.FirstOrDefault(r => r.ItemKey == 0 && r.Slot == 0 && r.Text is null)?.Value,
            mine.FirstOrDefault(r => r.ItemKey == 0 && r.Slot == 0)?.Text,
            [.. mine.Where(r => r.ItemKey == 0 && r.Slot > 0).OrderBy(r => r.Slot).Select(r => r.Text)]);
    }

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        var t = phone.T;
        var itemIds = a.Items.Select(i => i.Id).ToHashSet();
        var values = new List<PhoneValue>();
        var choice = phone.Int("choice");
        var choices = phone.Form["choices"].Select(c => int.TryParse(c, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1).ToList();
        var scale = phone.Int("scale");
        var answer = phone.Field("answer");
        var words = phone.Fields("words");
        var state = new PollPhone(phone, choices.ToHashSet(), scale, answer, words);
        switch (a.PollType)
        {
            case PollType.EenKeuze when choice is { } c && itemIds.Contains(c):
                values.Add(new PhoneValue(c, 0, 1, null));
                break;
            case PollType.MeerKeuze when choices.Count > 0 && choices.All(itemIds.Contains):
                values.AddRange(choices.Distinct().Select(c => new PhoneValue(c, 0, 1, null)));
                break;
            case PollType.Schaal when scale is >= PollResults.ScaleMin and <= PollResults.ScaleMax:
                values.Add(new PhoneValue(0, 0, scale.Value, null));
                break;
            case PollType.OpenTekst when !string.IsNullOrWhiteSpace(answer):
                if (answer.Trim().Length > WorkshopResponse.TextMaxLength)
                {
                    phone.ModelState.AddModelError("Answer", t["Workshops.Participate.TooLong", WorkshopResponse.TextMaxLength]);
                }
                values.Add(new PhoneValue(0, 0, 0, answer.Trim()));
                break;
            case PollType.Woordwolk when words.Any(w => !string.IsNullOrWhiteSpace(w)):
                var list = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim()).Take(PollResults.MaxWords).ToList();
                if (!list.All(PollRules.IsOneWord))
                {
                    phone.ModelState.AddModelError("Words", t["Workshops.Participate.OneWord", PollRules.WordMaxLength]);
                }
                values.AddRange(list.Select((w, i) => new PhoneValue(0, i + 1, 0, w)));
                break;
            default:
                phone.ModelState.AddModelError(state.Field, t["Workshops.Participate.AnswerRequired"]);
                break;
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(state);
        }
        await phone.SaveResponsesAsync(values, ct);
        return PhoneAnswer.Saved("Workshops.Participate.AnswerSaved");
    }
}
