using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Features.Vision.Amore;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// AMORE (Tool 4) in the room: each participant rates the vision statement on five criteria. A rating lands in the
/// linked AMORE round as it comes in (one rater per participant), and in the workshop too, so nothing is lost; there
/// is nothing left to hand over when the activity closes.
/// </summary>
public sealed class AmoreKind : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Amore;

    public string Folder => "Amore";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct)
    {
        var mine = await phone.MyResponsesAsync(ct);
        var rating = new RatingInput();
        if (WorkshopAmore.Scores([.. mine.Select(r => new ResponseValue(r.ParticipantId, r.ItemKey, r.Slot, r.Value, r.Text))]) is { } given)
        {
            rating = new RatingInput
            {
                Ambitieus = given.Scores.Ambitieus, Motiverend = given.Scores.Motiverend, Onderscheidend = given.Scores.Onderscheidend,
                Relevant = given.Scores.Relevant, Echt = given.Scores.Echt, Comment = given.Comment,
            };
        }
        return new AmorePhone(phone, await StatementAsync(phone, ct), rating);
    }

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        if (a.AmoreRoundId is not { } roundId)
        {
            throw PhoneContext.WrongActivity();
        }
        var t = phone.T;
        int? Score(AmoreCriterion c)
        {
            var field = $"Rating.{c}";
            if (phone.Int(field) is { } v && v is >= AmoreScores.Min and <= AmoreScores.Max)
            {
                return v;
            }
            phone.ModelState.AddModelError(field, t["Vision.Validation.ScoreRequired", t.Enum(c)]);
            return null;
        }
        var rating = new RatingInput
        {
            Ambitieus = Score(AmoreCriterion.Ambitieus), Motiverend = Score(AmoreCriterion.Motiverend), Onderscheidend = Score(AmoreCriterion.Onderscheidend),
            Relevant = Score(AmoreCriterion.Relevant), Echt = Score(AmoreCriterion.Echt), Comment = phone.Field("Rating.Comment"),
        };
        var comment = string.IsNullOrWhiteSpace(rating.Comment) ? null : rating.Comment.Trim();
        if (comment is { Length: > AmoreRating.CommentMaxLength })
        {
            phone.ModelState.AddModelError("Rating.Comment", t["Shared.Validation.TooLong", t["Vision.Amore.Field.Comment"], AmoreRating.CommentMaxLength]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(new AmorePhone(phone, await StatementAsync(phone, ct), rating));
        }
        var round = await phone.Db.AmoreRounds.InOrganisation(phone.Workshop.OrganisationId).Include(r => r.Ratings).FirstOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new DomainException("Vision.Error.AmoreRoundClosed");
        var scores = rating.ToScores();
        // The rating lands in the AMORE round of the vision version (Tool 4) and, so nothing is lost, in the workshop.
        round.Rate(phone.Me.RaterKey, phone.People.NameOf(phone.Me.Id, t), scores, comment, phone.Now);
        var values = Enum.GetValues<AmoreCriterion>().Select(c => new PhoneValue(0, (int)c, scores[c], null)).ToList();
        if (comment is not null)
        {
            values.Add(new PhoneValue(0, WorkshopAmore.CommentSlot, 0, comment.Length > WorkshopResponse.TextMaxLength ? comment[..WorkshopResponse.TextMaxLength] : comment));
        }
        await phone.SaveResponsesAsync(values, ct);
        return PhoneAnswer.Saved("Workshops.Participate.RatingSaved");
    }

    private static async Task<string?> StatementAsync(PhoneContext phone, CancellationToken ct)
    {
        if (phone.Activity.AmoreRoundId is not { } roundId)
        {
            return null;
        }
        var json = await phone.Db.AmoreRounds.InOrganisation(phone.Workshop.OrganisationId).Where(r => r.Id == roundId)
            .Select(r => r.VisionVersion.SnapshotJson).FirstOrDefaultAsync(ct);
        return json is null ? null : VisionSnapshot.FromJson(json).Statement;
    }
}
