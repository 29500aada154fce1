using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Pilots.Canvases;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>Tools 9, 10 and 11 on a pilot: persona with sliders and photo, user journey, value proposition canvas, their versions and print views.</summary>
public sealed class PilotCanvasTests(SharedApp app)
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> Personas(PilotArrange.PilotSetup s) => app.WithDbAsync((db, _) => db.PilotPersonas.CountAsync(p => p.PilotId == s.PilotId));

    private async Task<int> PersonaAsync(PilotArrange.PilotSetup s, string name) =>
        await app.WithDbAsync(async (db, _) =>
        {
            var pilot = await db.Pilots.SingleAsync(p => p.Id == s.PilotId);
            var persona = new PilotPersona(pilot, new PersonaSnapshot { Name = name, Job = "kinesitherapeut" }, Now(app));
            db.PilotPersonas.Add(persona);
            await db.SaveChangesAsync();
            return persona.Id;
        });

    /// <summary>The name of the <paramref name="nth"/> empty text of a part of the canvas form (the form keeps rows numbered 0, 1, 2… so binding sees them all).</summary>
    private static string Blank(Circulair.TestKit.Page page, string part, int nth = 0) =>
        page.Document.QuerySelectorAll($"#edit-{part} textarea[name$='.Text']").Where(t => t.TextContent.Length == 0).ElementAt(nth).GetAttribute("name")!;

    private static string Sibling(string textName, string field) => textName[..textName.LastIndexOf('.')] + "." + field;

    [Fact]
    public async Task A_persona_keeps_every_field_its_sliders_own_scale_and_photo_which_only_members_can_see()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/personas/new"));
        Assert.NotNull(form.Document.QuerySelector("select#Input_Sliders_IntrovertExtravert_[data-module=persona-slider]"));

        var saved = await client.SubmitWithFileAsync(form, "#persona-form", Form(
            ("Input.Name", "Lotte Verhaegen"), ("Input.Job", "kinesitherapeut"), ("Input.Quote", "Geen tijd om te zoeken"), ("Input.AgeCategory", "35–44"),
            ("Input.Gender", "vrouw"), ("Input.Household", "twee kinderen"), ("Input.Brands", "deelauto"),
            ("Input.Sliders[IntrovertExtravert]", "4"), ("Input.Sliders[OnverschilligMilieubewust]", "5"), ("Input.Sliders[KennisCirculair]", "1"),
            ("Input.Biography", "verbouwt een rijwoning"), ("Input.Motivation", "betaalbaar"), ("Input.Frustrations", "zoeken"),
            ("Input.ProblemWho", "Lotte"), ("Input.ProblemGoal", "tegels te vinden"), ("Input.ProblemObstacle", "onzekerheid over kwaliteit"),
            ("Input.SolvesToday", "tweedehandssites"), ("Input.SolutionFrustration", "partij is weg"),
            ("Input.OwnScales[0].Left", "doet alles zelf"), ("Input.OwnScales[0].Right", "laat alles doen"), ("Input.OwnScales[0].Value", "2"),
            ("Input.PhotoAlt", "Vrouw met een verfrol")), "Input.Photo", "lotte.png", Png, "image/png");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var p = await app.WithDbAsync((db, _) => db.PilotPersonas.Include(x => x.Scales).SingleAsync(x => x.PilotId == s.PilotId));
        Assert.Equal(("Lotte Verhaegen", 4, 5, 1, PersonaScale.Middle, "tegels te vinden", "image/png", "Vrouw met een verfrol"),
            (p.Name, p.IntrovertExtravert, p.OnverschilligMilieubewust, p.KennisCirculair, p.Comfort, p.ProblemGoal, p.PhotoContentType, p.PhotoAlt));
        var scale = Assert.Single(p.Scales);
        Assert.Equal(("doet alles zelf", "laat alles doen", 2), (scale.LeftLabel, scale.RightLabel, scale.Value));

        var page = await client.OpenAsync(saved.Location!);
        Assert.Equal("Lotte probeert tegels te vinden en ervaart daarbij onzekerheid over kwaliteit", page.Text("#problem-sentence"));
        Assert.Equal("4", page.Document.QuerySelector("#scale-IntrovertExtravert meter")!.GetAttribute("value"));
        var photoUrl = page.Document.QuerySelector("#persona-photo")!.GetAttribute("src")!;
        Assert.Equal("Vrouw met een verfrol", page.Document.QuerySelector("#persona-photo")!.GetAttribute("alt"));
        var photo = await client.GetAsync(photoUrl);
        Assert.Equal((HttpStatusCode.OK, "image/png"), (photo.Status, photo.ContentType));
        Assert.Equal(Png, photo.Bytes);
        Assert.Equal("nosniff", photo.Headers["X-Content-Type-Options"]);

        var (_, stranger) = await app.SignedInAsync(OrganisationRole.Beheerder);
        using (stranger)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(photoUrl)).Status);
        }
    }

    [Fact]
    public async Task A_slider_outside_its_range_is_refused_in_Dutch_with_the_input_kept_and_nothing_written()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/personas/new"));

        var refused = await client.SubmitWithFileAsync(form, "#persona-form", Form(("Input.Name", "Lotte"), ("Input.Biography", "verbouwt"),
            ("Input.Sliders[Comfort]", "9"), ("Input.OwnScales[0].Left", "zelf"), ("Input.OwnScales[0].Right", ""), ("Input.OwnScales[0].Value", "0")), "Input.Photo", null, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Verkiest comfort moet tussen 1 en 5 liggen.", refused.FieldError("Input_Sliders_Comfort_"));
        Assert.NotNull(refused.FieldError("Input_OwnScales_0__Right"));
        Assert.Equal("De waarde van een eigen schaal ligt tussen 1 en 5.", refused.FieldError("Input_OwnScales_0__Value"));
        Assert.Contains(refused.ErrorSummary, e => e.StartsWith("Verkiest comfort", StringComparison.Ordinal));
        Assert.Equal("Lotte", refused.ValueOf("Input_Name"));
        Assert.Equal("verbouwt", refused.ValueOf("Input_Biography"));
        Assert.Equal("9", refused.Document.QuerySelector("#Input_Sliders_Comfort_ option[selected]")!.GetAttribute("value"));
        Assert.Equal(0, await Personas(s));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("large")]
    [InlineData("noalt")]
    public async Task A_photo_that_is_not_an_image_or_is_above_5_MB_or_has_no_alt_text_is_refused_and_nothing_is_written(string kind)
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/personas/new"));
        (byte[] Bytes, string Alt) input = kind switch
        {
            "pdf" => (Pdf, "foto"),
            "large" => ([.. Png, .. new byte[PersonaPhoto.MaxBytes]], "foto"),
            _ => (Png, ""),
        };

        var refused = await client.SubmitWithFileAsync(form, "#persona-form", Form(("Input.Name", "Ahmed"), ("Input.PhotoAlt", input.Alt)), "Input.Photo", "ahmed.png", input.Bytes, "image/png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var expected = kind switch
        {
            "pdf" => ("Input_Photo", "Dit bestand is geen foto in PNG, JPEG of WebP. Kies een andere foto."),
            "large" => ("Input_Photo", "De foto is 5 MB; dat mag hoogstens 5 MB zijn. Verklein hem en kies hem opnieuw."),
            _ => ("Input_PhotoAlt", "Schrijf een alternatieve tekst bij de foto: wat staat erop?"),
        };
        Assert.Equal(expected.Item2, refused.FieldError(expected.Item1));
        Assert.Equal("Ahmed", refused.ValueOf("Input_Name"));
        Assert.Equal(0, await Personas(s));
    }

    [Fact]
    public async Task A_value_proposition_canvas_starts_from_the_sketch_links_relievers_to_pains_and_shows_the_fit_and_circularity_checks()
    {
        var s = await app.PilotAsync();
        await app.WithDbAsync(async db =>
        {
            var pilot = await db.Pilots.SingleAsync(p => p.Id == s.PilotId);
            pilot.Describe(pilot.Details with { PersonaSketch = "Buren die zelden een boormachine gebruiken", ValueSketch = "Spullen lenen in plaats van kopen" });
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(s.User);
        var empty = await client.OpenAsync(s.Url("/value-proposition"));
        Assert.NotNull(empty.Document.QuerySelector("#no-canvas"));

        var started = await client.SubmitAsync(empty, "#start-canvas", Form());
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        var edit = await client.OpenAsync(started.Location!);
        Assert.Equal("Spullen lenen in plaats van kopen", edit.Document.QuerySelector("#edit-ProductDienst textarea")!.TextContent);
        Assert.Equal("Buren die zelden een boormachine gebruiken", edit.ValueOf("Input_Segment"));

        var fields = Form((Blank(edit, "Pijn"), "duur om alles zelf te kopen"), (Blank(edit, "Pijn", 1), "geen plaats om te bewaren"),
            (Blank(edit, "Winst"), "buren leren kennen"), (Blank(edit, "FunctioneleKlus"), "een gat in de muur boren"));
        var saved = await client.SubmitAsync(edit, "#value-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var canvas = await client.OpenAsync(s.Url("/value-proposition"));
        Assert.Equal(["duur om alles zelf te kopen", "geen plaats om te bewaren"], canvas.Document.QuerySelectorAll("#unanswered-pains li").Select(l => l.TextContent.Trim()));
        Assert.Equal(["buren leren kennen"], canvas.Document.QuerySelectorAll("#unanswered-gains li").Select(l => l.TextContent.Trim()));

        edit = await client.OpenAsync(s.Url("/value-proposition/edit"));
        var items = await app.WithDbAsync((db, _) => db.PilotValueItems.Where(i => i.Canvas.PilotId == s.PilotId).ToListAsync());
        var pain = items.Single(i => i.Text == "duur om alles zelf te kopen");
        var product = edit.Document.QuerySelector("#edit-ProductDienst select")!.GetAttribute("name")!;
        var relieverRow = edit.Document.QuerySelectorAll("#edit-Pijnstiller textarea").First().GetAttribute("name")!;
        var prefix = relieverRow[..relieverRow.LastIndexOf('.')];
        var linked = await client.SubmitAsync(edit, "#value-form", Form((product, "R8"), (relieverRow, "uitleendienst met kleine waarborg"), (prefix + ".Answers", pain.Key.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, linked.Status);

        canvas = await client.OpenAsync(s.Url("/value-proposition"));
        Assert.Equal(["geen plaats om te bewaren"], canvas.Document.QuerySelectorAll("#unanswered-pains li").Select(l => l.TextContent.Trim()));
        Assert.Contains("antwoordt op: duur om alles zelf te kopen", canvas.Text("#part-Pijnstiller"), StringComparison.Ordinal);
        var prompt = canvas.Text("#circularity-list");
        Assert.Contains("Werkt op R8 Recyclen", prompt, StringComparison.Ordinal);
        Assert.Contains("R3 Hergebruiken", prompt, StringComparison.Ordinal);
        Assert.Contains("Kan het aanbod daar een stap naartoe zetten?", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_R_step_on_the_canvas_is_refused_with_the_input_kept()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var started = await client.SubmitAsync(await client.OpenAsync(s.Url("/value-proposition")), "#start-canvas", Form());
        var edit = await client.OpenAsync(started.Location!);

        var row = Blank(edit, "ProductDienst");
        var refused = await client.SubmitAsync(edit, "#value-form", Form((row, "deelkast"), (Sibling(row, "RStrategy"), "R42")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een trede van de R-ladder uit de lijst.", Assert.Single(refused.ErrorSummary));
        Assert.Contains(refused.Document.QuerySelectorAll("#edit-ProductDienst textarea"), t => t.TextContent == "deelkast");
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotValueItems.CountAsync(i => i.Canvas.PilotId == s.PilotId)));
    }

    [Fact]
    public async Task A_user_journey_has_phases_as_columns_its_personas_and_the_emotion_as_curve_and_table()
    {
        var s = await app.PilotAsync();
        var lotte = await PersonaAsync(s, "Lotte");
        using var client = await app.LoggedInClientAsync(s.User);
        var started = await client.SubmitAsync(await client.OpenAsync(s.Url("/journey")), "#start-journey", Form());
        var edit = await client.OpenAsync(started.Location!);
        Assert.Equal("Ontdekken", edit.ValueOf("Input_Phases_0__Name"));

        var refused = await client.SubmitAsync(edit, "#journey-form", Form(("Input.Phases[0].Emotion", "5"), ("Input.Phases[1].Goal", "weten wat er is")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Het gevoel ligt tussen -2 en 2.", refused.FieldError("Input_Phases_0__Emotion"));
        Assert.Equal("weten wat er is", refused.ValueOf("Input_Phases_1__Goal"));

        var saved = await client.SubmitAsync(edit, "#journey-form", Form(("Input.Title", "Van buur tot lener"), ($"Input.Personas", await app.WithDbAsync((db, _) => db.PilotPersonas.Where(p => p.Id == lotte).Select(p => p.CanvasKey.ToString()).SingleAsync())),
            ("Input.Phases[0].Emotion", "-1"), ("Input.Phases[0].Goal", "weten wat er is"), ("Input.Phases[1].Emotion", "2"), ("Input.Phases[2].Name", ""), ("Input.Phases[2].Emotion", "0"),
            ("Input.Phases[4].Name", "Terugbrengen"), ("Input.Phases[4].Experience", "vlot"), ("Input.Phases[4].Emotion", "1")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var page = await client.OpenAsync(s.Url("/journey"));
        Assert.Equal("Klantreis: Van buur tot lener", page.Text("h1"));
        Assert.Equal(["Ontdekken", "Kennismaken", "Vaste gebruiker", "Terugbrengen"], page.Document.QuerySelectorAll("#journey-table thead th").Select(t => t.TextContent.Trim()));
        Assert.Equal(["-1", "2", "0", "1"], page.Document.QuerySelectorAll("#emotion-table td[data-emotion]").Select(t => t.GetAttribute("data-emotion")!));
        Assert.Equal(4, page.Document.QuerySelector("#emotion-curve polyline")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal("Lotte", page.Text("#journey-personas"));
    }

    [Fact]
    public async Task A_persona_version_is_saved_compared_field_by_field_and_restored_after_keeping_the_current_state()
    {
        var s = await app.PilotAsync();
        var persona = await PersonaAsync(s, "Lotte");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/personas/{Id(persona)}"));
        var versions = await client.OpenAsync(page.Document.QuerySelector("#canvas-versions")!.GetAttribute("href")!);

        var noLabel = await client.SubmitAsync(versions, "#save-version", Form(("Input.Label", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noLabel.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotCanvasVersions.CountAsync(v => v.PilotId == s.PilotId)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(versions, "#save-version", Form(("Input.Label", "Na de interviews")))).Status);
        var edit = await client.OpenAsync(s.Url($"/personas/{Id(persona)}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitWithFileAsync(edit, "#persona-form", Form(("Input.Job", "verpleegkundige"), ("Input.Sliders[Comfort]", "5")), "Input.Photo", null, null)).Status);
        versions = await client.OpenAsync(versions.Url);
        await client.SubmitAsync(versions, "#save-version", Form(("Input.Label", "Na de pop-up")));

        versions = await client.OpenAsync(versions.Url);
        var changed = versions.Document.QuerySelectorAll("#compare tr[data-change=Changed] th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(2, changed.Count);
        Assert.StartsWith("Beroep", changed[0], StringComparison.Ordinal);
        Assert.StartsWith("Verkiest comfort", changed[1], StringComparison.Ordinal);
        Assert.Contains("kinesitherapeut", versions.Text("#compare tr[data-change=Changed] td"), StringComparison.Ordinal);

        var first = await app.WithDbAsync((db, _) => db.PilotCanvasVersions.SingleAsync(v => v.PilotId == s.PilotId && v.Number == 1));
        await app.WithDbAsync(async db =>
        {
            var p = await db.PilotPersonas.SingleAsync(x => x.Id == persona);
            p.Describe(p.TakeSnapshot() with { Job = "nog niet bewaard" });
            await db.SaveChangesAsync();
        });
        var view = await client.OpenAsync(s.Url($"/versions/{Id(first.Id)}"));
        var restored = await client.SubmitAsync(view, "#restore-version", Form());

        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        var after = await app.WithDbAsync((db, _) => db.PilotPersonas.SingleAsync(x => x.Id == persona));
        Assert.Equal(("kinesitherapeut", PersonaScale.Middle), (after.Job, after.Comfort));
        var kept = await app.WithDbAsync((db, _) => db.PilotCanvasVersions.SingleAsync(v => v.PilotId == s.PilotId && v.Number == 3));
        Assert.Equal((1, "Voor het terugzetten van versie 1"), (kept.RestoredFromNumber, kept.Label));
        Assert.Contains("nog niet bewaard", kept.SnapshotJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_value_canvas_and_the_journey_are_versioned_and_restored_through_the_same_store()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        await client.SubmitAsync(await client.OpenAsync(s.Url("/value-proposition")), "#start-canvas", Form());
        await client.SubmitAsync(await client.OpenAsync(s.Url("/journey")), "#start-journey", Form());
        var value = await client.OpenAsync(s.Url("/value-proposition/edit"));
        await client.SubmitAsync(value, "#value-form", Form((Blank(value, "Pijn"), "dure boormachine")));

        foreach (var (canvas, form) in new[] { ("/value-proposition", "#value-form"), ("/journey", "#journey-form") })
        {
            var page = await client.OpenAsync(s.Url(canvas));
            var versions = await client.OpenAsync(page.Document.QuerySelector("#canvas-versions")!.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(versions, "#save-version", Form(("Input.Label", "Eerste")))).Status);
            var edit = await client.OpenAsync(s.Url(canvas + "/edit"));
            var pain = canvas == "/journey" ? null : edit.Document.QuerySelector("#edit-Pijn textarea")!.GetAttribute("name")!;
            var values = pain is null ? Form(("Input.Title", "Andere titel")) : Form((pain, ""), (Blank(edit, "Winst"), "buren leren kennen"));
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(edit, form, values)).Status);
            var version = await app.WithDbAsync((db, _) => db.PilotCanvasVersions.Where(v => v.PilotId == s.PilotId && v.Number == 1).OrderByDescending(v => v.Id).FirstAsync());
            var view = await client.OpenAsync(s.Url($"/versions/{Id(version.Id)}"));
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(view, "#restore-version", Form())).Status);
        }

        var items = await app.WithDbAsync((db, _) => db.PilotValueItems.Where(i => i.Canvas.PilotId == s.PilotId).Select(i => i.Text).ToListAsync());
        Assert.Equal(["dure boormachine"], items);
        Assert.Equal("Klantreis van Deelplek Proefdonk", await app.WithDbAsync((db, _) => db.PilotJourneys.Where(j => j.PilotId == s.PilotId).Select(j => j.Title).SingleAsync()));
        Assert.Equal(4, await app.WithDbAsync((db, _) => db.PilotCanvasVersions.CountAsync(v => v.PilotId == s.PilotId)));
    }

    [Fact]
    public async Task A_reader_sees_the_canvases_and_their_print_views_but_cannot_save_or_restore_a_version()
    {
        var s = await app.PilotAsync(OrganisationRole.Lezer);
        var persona = await PersonaAsync(s, "Lotte");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/personas/{Id(persona)}"));
        Assert.Null(page.Document.QuerySelector("#edit-persona"));
        var print = await client.OpenAsync(s.Url($"/personas/{Id(persona)}/print"));
        Assert.Null(print.Document.QuerySelector("nav"));
        Assert.NotNull(print.Document.QuerySelector("link[href^='/css/canvas-print.css']"));
        var versions = await client.OpenAsync(page.Document.QuerySelector("#canvas-versions")!.GetAttribute("href")!);
        Assert.Null(versions.Document.QuerySelector("#save-version"));

        var key = await app.WithDbAsync((db, _) => db.PilotPersonas.Where(p => p.Id == persona).Select(p => p.CanvasKey).SingleAsync());
        var forged = await client.PostAsync(s.Url($"/versions?handler=Save&kind=persona&canvas={key:N}"), [new("Input.Label", "poging"), new("__RequestVerificationToken", (await client.OpenAsync("/account/profile")).AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotCanvasVersions.CountAsync(v => v.PilotId == s.PilotId)));
    }

    [Fact]
    public async Task The_pilot_page_links_to_each_tool_and_another_organisations_canvases_answer_404()
    {
        var s = await app.PilotAsync();
        var persona = await PersonaAsync(s, "Lotte");
        using var client = await app.LoggedInClientAsync(s.User);
        var details = await client.OpenAsync(s.Url());
        Assert.Equal(s.Url("/personas"), details.Document.QuerySelector("#tool-personas")!.GetAttribute("href"));
        Assert.Equal(s.Url("/journey"), details.Document.QuerySelector("#tool-journey")!.GetAttribute("href"));
        Assert.Equal(s.Url("/value-proposition"), details.Document.QuerySelector("#tool-value")!.GetAttribute("href"));
        Assert.Contains("1 persona", details.Text("#pilot-tools"), StringComparison.Ordinal);

        var other = await app.PilotAsync();
        using var stranger = await app.LoggedInClientAsync(other.User);
        // The other organisation's slug with this pilot's id, and this organisation's persona under the other's pilot.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(other.Organisation.Url($"/pilots/{Id(s.PilotId)}/personas/{Id(persona)}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(other.Url($"/personas/{Id(persona)}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(other.Url($"/personas/{Id(persona)}?handler=Photo"))).Status);
        var key = await app.WithDbAsync((db, _) => db.PilotPersonas.Where(p => p.Id == persona).Select(p => p.CanvasKey).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(other.Url($"/versions?kind=persona&canvas={key:N}"))).Status);
    }
}
