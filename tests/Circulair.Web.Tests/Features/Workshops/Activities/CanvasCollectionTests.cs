using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Pilots.Canvases;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>
/// <i>Verzamelen op een canvas</i> (issue 17 item 10): the facilitator points the activity at a pilot canvas of the
/// organisation, phones send notes per section, the projector groups them, and the team keeps or discards each note;
/// kept notes land on the canvas once, with a new canvas version.
/// </summary>
public sealed class CanvasCollectionTests(SharedApp app)
{
    private static Dictionary<string, string?> Note(int section, string text) =>
        new() { ["section"] = section.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = text };

    private Task<(int PilotId, Guid ValueKey, Guid PersonaKey)> CanvasesAsync(int organisationId, string pilotName) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var pilot = new Pilot(organisationId, PilotTemplate.Materialenbank, new PilotDetails { Name = pilotName }, DateOnly.FromDateTime(now), now);
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            var canvas = new PilotValueCanvas(pilot, now);
            canvas.Describe(new ValueCanvasSnapshot { Segment = "Doe-het-zelvers", Items = [new ValueItem(Guid.NewGuid(), ValueItemKind.ProductDienst, "Uitleenpunt", [])] });
            var persona = new PilotPersona(pilot, new PersonaSnapshot { Name = "Lotte", Frustrations = "Wachttijden" }, now);
            db.PilotValueCanvases.Add(canvas);
            db.PilotPersonas.Add(persona);
            await db.SaveChangesAsync();
            return (pilot.Id, canvas.CanvasKey, persona.CanvasKey);
        });

    private static async Task<Dictionary<string, int>> SectionsAsync(CirculairFactory app, int activityId) =>
        await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activityId).ToDictionaryAsync(i => i.SourceKey!, i => i.Id));

    [Fact]
    public async Task Phones_send_notes_per_part_of_the_value_canvas_and_kept_notes_land_on_it_once_with_a_new_version()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var (pilotId, valueKey, _) = await CanvasesAsync(w.Organisation.Id, "Materialenbank Proefdonk");
        var (otherOrg, _) = await app.NewOrganisationWithMemberAsync();
        var (_, foreignKey, _) = await CanvasesAsync(otherOrg.Id, "Buurpilot");

        // Another organisation's canvas (its key typed into the form) and no canvas at all are refused; input kept.
        var form = await w.Client.OpenAsync(w.Url("/activities/new"));
        Assert.Contains(form.Document.QuerySelectorAll("#Input_CanvasTarget option"), o => o.GetAttribute("value") == $"value:{valueKey:N}");
        Assert.DoesNotContain(form.Document.QuerySelectorAll("#Input_CanvasTarget option"), o => o.GetAttribute("value") == $"value:{foreignKey:N}");
        foreach (var target in new[] { $"value:{foreignKey:N}", "" })
        {
            var refused = await w.Client.PostAsync(w.Url("/activities/new"),
            [
                new("__RequestVerificationToken", form.AntiforgeryToken), new("Input.Kind", "Canvasverzameling"), new("Input.Title", "Wat zegt de buurt?"), new("Input.CanvasTarget", target),
            ]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.Contains("Kies het canvas van een van jullie pilots waarop de notities komen.", refused.ErrorSummary);
            Assert.Equal("Wat zegt de buurt?", refused.ValueOf("Input_Title"));
        }
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.WorkshopActivities.CountAsync(a => a.WorkshopId == w.WorkshopId)));

        var activity = await w.AddActivityAsync("Canvasverzameling", "Wat zegt de buurt?", new() { ["Input.CanvasTarget"] = $"value:{valueKey:N}" });
        var sections = await SectionsAsync(app, activity);
        Assert.Equal(["EmotioneleKlus", "FunctioneleKlus", "Pijn", "SocialeKlus", "Winst"], sections.Keys.Order(StringComparer.Ordinal));
        using var anna = await WorkshopArrange.JoinAsync(app, w.Code, "Anna");
        await w.ControlAsync("open", activity);

        var phone = await anna.OpenAsync($"/w/{w.Code}");
        Assert.Equal(5, phone.Document.QuerySelectorAll("#canvas-note input[name=section]").Length);
        var noSection = await anna.SubmitAsync(phone, "#canvas-note", new Dictionary<string, string?> { ["note"] = "Materiaal is duur" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSection.Status);
        Assert.Equal("Kies bij welk deel van het canvas je notitie hoort.", noSection.FieldError("Section"));
        Assert.Equal("Materiaal is duur", noSection.ValueOf("Note"));
        foreach (var (section, text) in new[] { ("Pijn", "Materiaal is duur"), ("FunctioneleKlus", "Snel een klus afwerken"), ("Winst", "Onzin") })
        {
            var sent = await anna.SubmitAsync(await anna.OpenAsync($"/w/{w.Code}"), "#canvas-note", Note(sections[section], text));
            Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        }
        var mine = await anna.OpenAsync($"/w/{w.Code}");
        Assert.Equal(3, mine.Document.QuerySelectorAll("#my-notes li").Length);

        var screen = await w.Client.OpenAsync(w.Url("/projector?handler=live"));
        Assert.Equal("Materiaal is duur", screen.Text("[data-section='Pijn'] [data-note]"));
        Assert.Equal("Snel een klus afwerken", screen.Text("[data-section='FunctioneleKlus'] [data-note]"));
        Assert.Empty(screen.Document.QuerySelectorAll("[data-section='SocialeKlus'] [data-note]"));

        var notes = await app.WithDbAsync(async (db, _) => await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activity).ToDictionaryAsync(i => i.Text, i => i.Id));
        var review = await w.Client.OpenAsync(w.Url($"/activities/{activity}/canvas"));
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("Materialenbank Proefdonk", review.Text("#canvas-target"), StringComparison.Ordinal);
        var keepPain = $"#note-{notes["Materiaal is duur"]} form[action$='handler=keep']";
        var kept = await w.Client.SubmitAsync(review, keepPain, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, kept.Status);
        // The same keep sent again (an old tab, a double click) adds nothing.
        await w.Client.SubmitAsync(review, keepPain, new Dictionary<string, string?>());
        await w.Client.SubmitAsync(await w.Client.OpenAsync(w.Url($"/activities/{activity}/canvas")), $"#note-{notes["Onzin"]} form[action$='handler=discard']", new Dictionary<string, string?>());
        var keepAll = await w.Client.SubmitAsync(await w.Client.OpenAsync(w.Url($"/activities/{activity}/canvas")), "#keep-all", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, keepAll.Status);
        await w.Client.SubmitAsync(review, "#keep-all", new Dictionary<string, string?>());

        var (items, versions, reviews) = await app.WithDbAsync(async (db, _) => (
            await db.PilotValueItems.Where(i => i.Canvas.CanvasKey == valueKey).OrderBy(i => i.Position).Select(i => new { i.Kind, i.Text }).ToListAsync(),
            await db.PilotVersionsAsync(pilotId),
            await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activity).ToDictionaryAsync(i => i.Text, i => i.Review)));
        Assert.Equal([(ValueItemKind.ProductDienst, "Uitleenpunt"), (ValueItemKind.Pijn, "Materiaal is duur"), (ValueItemKind.FunctioneleKlus, "Snel een klus afwerken")],
            items.Select(i => (i.Kind, i.Text)));
        Assert.Equal([("value", 1, "Workshop Wat zegt de buurt?: 1 notitie bewaard"), ("value", 2, "Workshop Wat zegt de buurt?: 1 notitie bewaard")], versions);
        Assert.Equal(NoteReview.Verworpen, reviews["Onzin"]);
        Assert.Equal(NoteReview.Bewaard, reviews["Materiaal is duur"]);
        var after = await w.Client.OpenAsync(w.Url($"/activities/{activity}/canvas"));
        Assert.Null(after.Document.QuerySelector("#keep-all"));
        Assert.Equal("Bewaard", after.Text($"#note-{notes["Materiaal is duur"]} [data-review-state]"));
        // A discarded note can still be kept afterwards; it is the only one that form adds.
        Assert.NotNull(after.Document.QuerySelector($"#note-{notes["Onzin"]} form[action$='handler=keep']"));
        Assert.Null(after.Document.QuerySelector($"#note-{notes["Materiaal is duur"]} form"));
    }

    [Fact]
    public async Task Notes_kept_for_a_persona_become_new_lines_of_the_fields_chosen_on_the_phone()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var (pilotId, _, personaKey) = await CanvasesAsync(w.Organisation.Id, "Deelplek");
        var activity = await w.AddActivityAsync("Canvasverzameling", "Lotte beter leren kennen", new() { ["Input.CanvasTarget"] = $"persona:{personaKey:N}" });
        var sections = await SectionsAsync(app, activity);
        Assert.Contains("Frustrations", sections.Keys);
        using var bram = await WorkshopArrange.JoinAsync(app, w.Code, "Bram");
        await w.ControlAsync("open", activity);
        await bram.SubmitAsync(await bram.OpenAsync($"/w/{w.Code}"), "#canvas-note", Note(sections["Frustrations"], "Geen plek om te herstellen"));
        await bram.SubmitAsync(await bram.OpenAsync($"/w/{w.Code}"), "#canvas-note", Note(sections["Motivation"], "Minder weggooien"));
        await w.ControlAsync("close", activity);

        var review = await w.Client.OpenAsync(w.Url($"/activities/{activity}/canvas"));
        await w.Client.SubmitAsync(review, "#keep-all", new Dictionary<string, string?>());

        var persona = await app.WithDbAsync((db, _) => db.PilotPersonas.AsNoTracking().SingleAsync(p => p.CanvasKey == personaKey));
        Assert.Equal("Wachttijden\nGeen plek om te herstellen", persona.Frustrations);
        Assert.Equal("Minder weggooien", persona.Motivation);
        Assert.Equal([("persona", 1, "Workshop Lotte beter leren kennen: 2 notities bewaard")], await app.WithDbAsync((db, _) => db.PilotVersionsAsync(pilotId)));
        // The control room links the results to the review.
        var control = await w.Client.OpenAsync(w.Url());
        Assert.Equal(w.Url($"/activities/{activity}/canvas"), control.Document.QuerySelector($"#activity-{activity} [data-review-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_review_answers_404_to_another_organisation_and_a_reader_sees_no_forms_and_may_not_keep()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var (_, valueKey, _) = await CanvasesAsync(w.Organisation.Id, "Materialenbank");
        var activity = await w.AddActivityAsync("Canvasverzameling", "Pijnen verzamelen", new() { ["Input.CanvasTarget"] = $"value:{valueKey:N}" });
        var sections = await SectionsAsync(app, activity);
        using var anna = await WorkshopArrange.JoinAsync(app, w.Code, "Anna");
        await w.ControlAsync("open", activity);
        await anna.SubmitAsync(await anna.OpenAsync($"/w/{w.Code}"), "#canvas-note", Note(sections["Pijn"], "Te ver weg"));
        var noteId = await app.WithDbAsync((db, _) => db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activity).Select(i => i.Id).SingleAsync());
        var path = $"/workshops/{w.WorkshopId}/activities/{activity}/canvas";

        var (outsiderOrg, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var stranger = await app.LoggedInClientAsync(outsider);
        var token = (await stranger.OpenAsync(outsiderOrg.Url())).AntiforgeryToken;
        foreach (var url in new[] { w.Organisation.Url(path), outsiderOrg.Url(path) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).Status);
            foreach (var handler in new[] { "keep", "keepall", "discard" })
            {
                var post = await stranger.PostAsync($"{url}?handler={handler}", [new("__RequestVerificationToken", token), new("noteId", noteId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
                Assert.Equal(HttpStatusCode.NotFound, post.Status);
            }
        }
        // A note of another activity is not this review's.
        var other = await w.AddActivityAsync("Canvasverzameling", "Nog een ronde", new() { ["Input.CanvasTarget"] = $"value:{valueKey:N}" });
        var page = await w.Client.OpenAsync(w.Organisation.Url($"/workshops/{w.WorkshopId}/activities/{other}/canvas"));
        var wrong = await w.Client.PostAsync(w.Organisation.Url($"/workshops/{w.WorkshopId}/activities/{other}/canvas?handler=keep"),
            [new("__RequestVerificationToken", page.AntiforgeryToken), new("noteId", noteId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.NotFound, wrong.Status);

        var (_, reader) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        await app.AddMemberAsync(w.Organisation, reader, OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);
        var read = await readerClient.OpenAsync(w.Organisation.Url(path));
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("Te ver weg", read.Text($"#note-{noteId} .cx-canvas-review__text").Split(" (")[0]);
        Assert.Empty(read.Document.QuerySelectorAll("main form[method=post]"));
        var forbidden = await readerClient.PostAsync(w.Organisation.Url(path) + "?handler=keepall", [new("__RequestVerificationToken", read.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Null(await app.WithDbAsync((db, _) => db.WorkshopIdeas.Where(i => i.Id == noteId).Select(i => i.Review).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PilotValueItems.CountAsync(i => i.Canvas.CanvasKey == valueKey)));
    }
}

internal static class CanvasCollectionQueries
{
    public static async Task<List<(string Kind, int Number, string Label)>> PilotVersionsAsync(this Circulair.Persistence.CirculairDbContext db, int pilotId) =>
        [.. (await db.PilotCanvasVersions.Where(v => v.PilotId == pilotId).OrderBy(v => v.Number).Select(v => new { v.Kind, v.Number, v.Label }).ToListAsync()).Select(v => (v.Kind, v.Number, v.Label))];
}
