using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// Spreading dots, as a dot vote and the vote phase of "Hoe kunnen we…" both do: the phone form, its checks
/// (<see cref="DotBudget"/>) and the hand-over of the ranking to the strategy.
/// </summary>
public static class DotVoting
{
    public static async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct)
    {
        var mine = await phone.MyResponsesAsync(ct);
        return new DotVotePhone(phone, mine.Where(r => r.Slot == 0 && r.ItemKey != 0 && r.Value > 0).ToDictionary(r => r.ItemKey, r => r.Value));
    }

    public static async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        if (!a.UsesDots)
        {
            throw PhoneContext.WrongActivity();
        }
        var t = phone.T;
        var dots = phone.Numbers("dots");
        if (dots is null)
        {
            phone.ModelState.AddModelError("Dots", t["Workshops.Participate.DotsNotNumbers"]);
            return PhoneAnswer.Refuse(new DotVotePhone(phone, new Dictionary<int, int>()));
        }
        var problem = DotBudget.Check(dots, a.DotsPerParticipant, a.MaxDotsPerItem, [.. a.Items.Select(i => i.Id)]);
        if (!problem.IsNone)
        {
            phone.ModelState.AddModelError("Dots", problem.Kind switch
            {
                DotProblemKind.OverBudget => t["Workshops.Participate.OverBudget", problem.Given, problem.Allowed],
                DotProblemKind.OverItemMaximum => t.Count("Workshops.Participate.OverItemMax", problem.Allowed),
                _ => t["Workshops.Participate.DotsNotNumbers"],
            });
            return PhoneAnswer.Refuse(new DotVotePhone(phone, dots.Where(d => d.Value > 0).ToDictionary()));
        }
        await phone.SaveResponsesAsync(dots.Where(d => d.Value > 0).Select(d => new PhoneValue(d.Key, 0, d.Value, null)), ct);
        return PhoneAnswer.Saved("Workshops.Participate.VoteSaved");
    }

    /// <summary>The vote's result per item, as the strategy's receivers take it.</summary>
    public static IReadOnlyList<ItemSupport> Support(ActivityFeed feed) =>
        feed.Results.Dots is { } dots
            ? [.. dots.Rows.Select(r => new ItemSupport(feed.Workshop.Id, feed.Activity.Id, r.Source, r.SourceKey, r.Text, r.Dots, r.Voters, r.Rank, dots.Participants))]
            : [];
}
