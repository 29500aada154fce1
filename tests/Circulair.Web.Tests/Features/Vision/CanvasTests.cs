using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>Tool 3: the canvas working copy, edited through its one form without JavaScript.</summary>
public sealed class CanvasTests(SharedApp app)
{
    private Task<VisionCanvas> CanvasAsync(int trajectoryId) =>
        app.WithDbAsync(async (db, _) => await db.VisionCanvases.Include(c => c.Notes).Include(c => c.Policies).SingleAsync(c => c.TrajectoryId == trajectoryId));

    [Fact]
    public async Task Saves_block_texts_focus_policies_and_statement()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());

        var saved = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.Why"] = "Afval kost te veel",
            ["Input.Results"] = "Minder restafval",
            ["Input.AlreadyHappening"] = "Twee repair cafés",
            ["Input.Statement"] = "Demostad wordt circulair",
            ["Input.Focus"] = "Ondernemerschap",
            ["Input.Policies[4].Picked"] = "true",
            ["Input.Policies[4].Comment"] = "Klimaattafels",
        }, "button[value=save]");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(s.Url(), saved.Location);
        var canvas = await CanvasAsync(s.TrajectoryId);
        Assert.Equal("Afval kost te veel", canvas.Why);
        Assert.Equal("Twee repair cafés", canvas.AlreadyHappening);
        Assert.Equal("Demostad wordt circulair", canvas.Statement);
        Assert.Equal(VisionFocus.Ondernemerschap, canvas.Focus);
        var policy = Assert.Single(canvas.Policies);
        Assert.Equal(VisionPolicy.Lekp, policy.Policy);
        Assert.Equal("Klimaattafels", policy.Comment);

        var reread = await client.OpenAsync(s.Url());
        Assert.Equal("Demostad wordt circulair", reread.ValueOf("Input_Statement"));
        Assert.Equal("Het canvas is bewaard.", reread.Text(".cx-flash"));
        Assert.NotNull(reread.Document.QuerySelector("#focus-Ondernemerschap[checked]"));
    }

    [Fact]
    public async Task Keeps_everything_typed_and_answers_422_when_the_statement_is_too_long()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());
        var tooLong = new string('x', VisionCanvas.StatementMaxLength + 1);

        var refused = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.Why"] = "Dit mag niet verloren gaan",
            ["Input.Statement"] = tooLong,
            ["Input.NewNotes[0].Text"] = "Een nieuwe notitie",
        }, "button[value=save]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Contains("hoogstens 1000 tekens", refused.FieldError("Input_Statement"), StringComparison.Ordinal);
        Assert.Single(refused.ErrorSummary);
        Assert.Equal(tooLong, refused.ValueOf("Input_Statement"));
        Assert.Equal("Dit mag niet verloren gaan", refused.ValueOf("Input_Why"));
        Assert.Equal("Een nieuwe notitie", refused.ValueOf("Input_NewNotes_0__Text"));
        Assert.False(await app.WithDbAsync(async (db, _) => await db.VisionCanvases.AnyAsync(c => c.TrajectoryId == s.TrajectoryId)));
    }

    [Fact]
    public async Task Saving_the_canvas_leads_back_to_the_top_even_when_a_new_note_was_typed()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());

        var saved = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.NewNotes[0].Text"] = "Meegenomen bij het opslaan",
            ["Input.Why"] = "Omdat het kan",
        }, "button[value='save']");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(s.Url(), saved.Location);
        Assert.Contains((await CanvasAsync(s.TrajectoryId)).Notes, n => n.Text == "Meegenomen bij het opslaan");
    }

    [Fact]
    public async Task Adds_edits_recolours_moves_and_removes_notes_with_plain_buttons()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());

        var added = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.NewNotes[0].Text"] = "Eerste",
            ["Input.Why"] = "getypt voor de knop",
        }, "button[value='add:Waarom']");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        page = await client.OpenAsync(s.Url());
        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.NewNotes[0].Text"] = "Tweede", ["Input.NewNotes[0].Colour"] = "Blauw" }, "button[value='add:Waarom']"));

        var canvas = await CanvasAsync(s.TrajectoryId);
        Assert.Equal("getypt voor de knop", canvas.Why);
        Assert.Equal(["Eerste", "Tweede"], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Text));
        var second = canvas.NotesIn(VisionBlock.Waarom).Last();
        Assert.Equal(NoteColour.Blauw, second.Colour);
        Assert.Contains("kleur: blauw", page.Text($"#note-{second.Key}"), StringComparison.Ordinal);

        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>(), $"button[value='up:{second.Key}']"));
        Assert.Equal(["Tweede", "Eerste"], (await CanvasAsync(s.TrajectoryId)).NotesIn(VisionBlock.Waarom).Select(n => n.Text));

        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.Notes[0].Text"] = "Tweede, herschreven",
            ["Input.Notes[0].Colour"] = "Roze",
        }, "button[value=save]"));
        canvas = await CanvasAsync(s.TrajectoryId);
        Assert.Equal("Tweede, herschreven", canvas.Note(second.Key).Text);
        Assert.Equal(NoteColour.Roze, canvas.Note(second.Key).Colour);

        var first = canvas.NotesIn(VisionBlock.Waarom).Last();
        await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>(), $"button[value='remove:{first.Key}']"));
        Assert.Equal(["Tweede, herschreven"], (await CanvasAsync(s.TrajectoryId)).Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task Refuses_to_add_an_empty_note_and_an_emptied_note_with_Dutch_messages()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());

        var empty = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.Results"] = "blijft staan" }, "button[value='add:Resultaten']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Vul de tekst van de nieuwe notitie in.", empty.FieldError("Input_NewNotes_1__Text"));
        Assert.Equal("blijft staan", empty.ValueOf("Input_Results"));

        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.NewNotes[1].Text"] = "notitie" }, "button[value='add:Resultaten']"));
        var tooLong = new string('n', VisionNote.TextMaxLength + 1);
        var refused = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.Notes[0].Text"] = "" }, "button[value=save]");
        var over = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.Notes[0].Text"] = tooLong }, "button[value=save]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Vul de tekst van de notitie in", refused.FieldError("Input_Notes_0__Text"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.Status);
        Assert.Contains("hoogstens 500 tekens", over.FieldError("Input_Notes_0__Text"), StringComparison.Ordinal);
        Assert.Equal(tooLong, over.ValueOf("Input_Notes_0__Text"));
        Assert.Equal("notitie", Assert.Single((await CanvasAsync(s.TrajectoryId)).Notes).Text);
    }

    [Fact]
    public async Task Removing_a_note_works_even_when_its_text_was_emptied()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());
        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.NewNotes[2].Text"] = "weg ermee" }, "button[value='add:WatLeeftErAl']"));
        var key = Assert.Single((await CanvasAsync(s.TrajectoryId)).Notes).Key;

        var removed = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.Notes[0].Text"] = "" }, $"button[value='remove:{key}']");

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty((await CanvasAsync(s.TrajectoryId)).Notes);
    }

    [Fact]
    public async Task Positions_rewritten_by_dragging_are_stored_when_the_canvas_is_saved()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url());
        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.NewNotes[1].Text"] = "A" }, "button[value='add:Resultaten']"));
        page = await Follow(client, await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?> { ["Input.NewNotes[1].Text"] = "B" }, "button[value='add:Resultaten']"));

        // What the drag-and-drop module does in the browser: renumber the hidden Position fields in the new order.
        var saved = await client.SubmitAsync(page, "#canvas-form", new Dictionary<string, string?>
        {
            ["Input.Notes[0].Position"] = "2",
            ["Input.Notes[1].Position"] = "1",
        }, "button[value=save]");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(["B", "A"], (await CanvasAsync(s.TrajectoryId)).NotesIn(VisionBlock.Resultaten).Select(n => n.Text));
    }

    [Fact]
    public async Task A_Lezer_reads_the_canvas_without_a_form_and_cannot_post()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        await app.TwoVersionsAsync(s);
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);

        var page = await client.OpenAsync(s.Url());
        var forged = await client.PostAsync(s.Url(), [new("__RequestVerificationToken", page.AntiforgeryToken), new("Input.Statement", "gekaapt"), new("Command", "save")]);

        Assert.Null(page.Document.QuerySelector("#canvas-form"));
        Assert.Contains("zorgzame circulaire havenstad", page.MainText, StringComparison.Ordinal);
        Assert.Contains("kleur: geel", page.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.DoesNotContain("gekaapt", (await CanvasAsync(s.TrajectoryId)).Statement, StringComparison.Ordinal);
    }

    private static async Task<Page> Follow(AppClient client, Page redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        return await client.OpenAsync(redirect.Location!.Split('#')[0]);
    }
}
