using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>Tools 13 and 14: test cards with every field, the progress board moved by form, the criterion rule and the result → next step.</summary>
public sealed class TestCardTests(SharedApp app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_test_card_keeps_every_field_and_an_invalid_one_answers_422_with_the_input_kept()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/tests/new"));
        Assert.Equal("Gemiddeld", form.Document.QuerySelector("input[name='Input.Cost'][checked]")?.NextElementSibling?.TextContent.Trim());

        var refused = await client.SubmitAsync(form, "#testcard-form", Form(("Input.Name", "Interviews"), ("Input.Hypothesis", ""), ("Input.Metric", "aandeel dat subsidiekanalen als meerwaarde ziet"), ("Input.Deadline", "geen datum")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Schrijf de hypothese die je wilt toetsen.", refused.FieldError("Input_Hypothesis"));
        Assert.NotNull(refused.FieldError("Input_Deadline"));
        Assert.Equal("aandeel dat subsidiekanalen als meerwaarde ziet", refused.ValueOf("Input_Metric"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotTestCards.CountAsync(c => c.PilotId == s.PilotId)));

        var saved = await client.SubmitAsync(refused, "#testcard-form", Form(
            ("Input.Owner", "Marie"), ("Input.Duration", "3 weken"), ("Input.Deadline", "2026-06-30"),
            ("Input.Hypothesis", "de doelgroep geen zicht heeft op subsidiekanalen voor circulaire projecten"), ("Input.Criticality", "Hoog"),
            ("Input.Test", "bedrijfsleiders uit de regio interviewen"), ("Input.Cost", "Laag"), ("Input.Reliability", "Gemiddeld"),
            ("Input.TimeNeeded", "Hoog"), ("Input.Criterion", "minstens 6 van de 10")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var card = await app.WithDbAsync((db, _) => db.PilotTestCards.SingleAsync(c => c.PilotId == s.PilotId));
        Assert.Equal(("Marie", "3 weken", new DateOnly(2026, 6, 30), TestLevel.Hoog, TestLevel.Laag, TestLevel.Gemiddeld, TestLevel.Hoog, "minstens 6 van de 10", TestStage.Backlog),
            (card.Owner, card.Duration, card.Deadline, card.Criticality, card.Cost, card.Reliability, card.TimeNeeded, card.Criterion, card.Stage));
        var page = await client.OpenAsync(saved.Location!);
        Assert.Equal("minstens 6 van de 10", page.Text("#card-criterion"));
    }

    [Fact]
    public async Task Starting_a_test_without_a_criterion_is_refused_with_the_reason_and_the_card_stays_in_the_backlog()
    {
        var s = await app.PilotAsync();
        var cardId = await app.CardAsync(s, "Pop-up", criterion: null);
        using var client = await app.LoggedInClientAsync(s.User);
        var board = await client.OpenAsync(s.Url("/tests"));

        var refused = await client.SubmitAsync(board, $"#move-{cardId}", Form(("stage", "Build")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var message = Assert.Single(refused.ErrorSummary);
        Assert.StartsWith("‘Pop-up’ kan nog niet starten: leg eerst het criterium vast", message, StringComparison.Ordinal);
        Assert.Contains("pas na de test beslist wat een succes is", message, StringComparison.Ordinal);
        Assert.Equal($"#card-{cardId}", refused.Document.QuerySelector(".cx-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(refused.Document.QuerySelector($"#column-Backlog ~ ul #card-{cardId}"));
        Assert.Equal(TestStage.Backlog, (await app.LoadCardAsync(cardId)).Stage);
    }

    [Fact]
    public async Task A_card_moves_on_the_board_by_form_and_arrow_button_fixes_its_criterion_and_a_result_shows_the_next_step()
    {
        var s = await app.PilotAsync();
        var cardId = await app.CardAsync(s, "Online catalogus", criterion: "minstens de helft van de kopers");
        using var client = await app.LoggedInClientAsync(s.User);
        var board = await client.OpenAsync(s.Url("/tests"));

        var moved = await client.SubmitAsync(board, $"#move-{cardId}", Form(("stage", "Build")));
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        board = await client.OpenAsync(s.Url("/tests"));
        Assert.NotNull(board.Document.QuerySelector($"#column-Build ~ ul #card-{cardId}"));
        Assert.Contains("‘Online catalogus’ staat nu in Build.", board.Text(".cx-flash"), StringComparison.Ordinal);

        var arrowed = await client.SubmitAsync(board, $"#arrows-{cardId}", Form(), submitter: "button[value=Measure]");
        Assert.Equal(HttpStatusCode.Redirect, arrowed.Status);
        Assert.Equal(TestStage.Measure, (await app.LoadCardAsync(cardId)).Stage);

        var edit = await client.OpenAsync(s.Url($"/tests/{cardId}/edit"));
        Assert.Null(edit.Document.QuerySelector("#Input_Criterion"));
        Assert.Equal("minstens de helft van de kopers", edit.Text("#criterion-locked"));
        var forged = await client.SubmitAsync(edit, "#testcard-form", Form(("Input.Owner", "Marie"), ("Input.Criterion", "minstens 1 koper")));
        Assert.Equal(HttpStatusCode.Redirect, forged.Status);
        var kept = await app.LoadCardAsync(cardId);
        Assert.Equal(("Marie", "minstens de helft van de kopers"), (kept.Owner, kept.Criterion));

        var resultForm = await client.OpenAsync(s.Url($"/tests/{cardId}/result"));
        var noChoice = await client.SubmitAsync(resultForm, "#result-form", Form(("Input.Learning", "Te weinig antwoorden")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noChoice.Status);
        Assert.Equal("Kies gevalideerd, niet gevalideerd of onduidelijk.", noChoice.FieldError("Input_Result"));
        Assert.Equal("Te weinig antwoorden", noChoice.ValueOf("Input_Learning"));
        var recorded = await client.SubmitAsync(noChoice, "#result-form", Form(("Input.Result", "Onduidelijk")));
        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);

        var card = await client.OpenAsync(s.Url($"/tests/{cardId}"));
        Assert.Contains("Een andere test ontwerpen", card.Text("#next-step"), StringComparison.Ordinal);
        Assert.NotNull(card.Document.QuerySelector("#next-new-test"));
        board = await client.OpenAsync(s.Url("/tests"));
        Assert.NotNull(board.Document.QuerySelector($"#column-Learn ~ ul #card-{cardId}"));
        Assert.Null(board.Document.QuerySelector($"#move-{cardId}"));
    }

    [Theory]
    [InlineData("Gevalideerd", "Naar de volgende stap", "#next-step-link")]
    [InlineData("NietGevalideerd", "Terug naar de waardepropositie", "#next-value-link")]
    public async Task A_result_sends_the_team_where_the_board_rule_says(string result, string next, string link)
    {
        var s = await app.PilotAsync();
        var cardId = await app.CardAsync(s, "Pop-up", "minstens 30 kopers", TestStage.Measure);
        using var client = await app.LoggedInClientAsync(s.User);

        var form = await client.OpenAsync(s.Url($"/tests/{cardId}/result"));
        var recorded = await client.SubmitAsync(form, "#result-form", Form(("Input.Result", result)));

        var card = await client.OpenAsync(recorded.Location!);
        Assert.Contains(next, card.Text("#next-step"), StringComparison.Ordinal);
        Assert.NotNull(card.Document.QuerySelector(link));
    }

    [Fact]
    public async Task Moving_a_learned_card_answers_409_and_another_organisations_card_answers_404()
    {
        var s = await app.PilotAsync();
        var cardId = await app.CardAsync(s, "Pop-up", "minstens 30 kopers", TestStage.Measure);
        await app.WithDbAsync(async db =>
        {
            var card = await db.PilotTestCards.SingleAsync(c => c.Id == cardId);
            card.RecordResult(LearningResult.Gevalideerd, null, DateOnly.FromDateTime(Now(app)));
            await db.SaveChangesAsync();
        });
        var other = await app.PilotAsync();
        var otherCard = await app.CardAsync(other, "Vreemde kaart", "iets");
        using var client = await app.LoggedInClientAsync(s.User);
        var board = await client.OpenAsync(s.Url("/tests"));
        var token = board.AntiforgeryToken;

        var learned = await client.PostAsync(s.Url("/tests?handler=Move"), [new("cardId", Id(cardId)), new("stage", "Build"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, learned.Status);
        var foreign = await client.PostAsync(s.Url("/tests?handler=Move"), [new("cardId", Id(otherCard)), new("stage", "Build"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(s.Url($"/tests/{otherCard}"))).Status);
        Assert.Equal(TestStage.Backlog, (await app.LoadCardAsync(otherCard)).Stage);
    }

    [Fact]
    public async Task A_reader_sees_the_board_without_move_forms_and_gets_403_on_the_card_forms()
    {
        var s = await app.PilotAsync();
        var cardId = await app.CardAsync(s, "Pop-up", "minstens 30 kopers");
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);

        var board = await client.OpenAsync(s.Url("/tests"));

        Assert.NotNull(board.Document.QuerySelector($"#card-{cardId}"));
        Assert.Empty(board.Document.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url("/tests/new"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url($"/tests/{cardId}/edit"))).Status);
    }
}
