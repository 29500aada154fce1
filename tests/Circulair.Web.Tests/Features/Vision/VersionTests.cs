using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>Versions of the canvas: save (coordinator), list, view, compare side by side, restore as a new version.</summary>
public sealed class VersionTests(SharedApp app)
{
    [Fact]
    public async Task A_coordinator_saves_the_canvas_as_a_labelled_version_that_later_edits_do_not_change()
    {
        var s = await VisionArrange.NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var canvas = await client.OpenAsync(s.Url());
        await client.SubmitAsync(canvas, "#canvas-form", new Dictionary<string, string?> { ["Input.Statement"] = "Versie één" }, "button[value=save]");
        var versions = await client.OpenAsync(s.Url("/versions"));

        var saved = await client.SubmitAsync(versions, "#save-version", new Dictionary<string, string?> { ["Input.Label"] = "Na kernteam" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var version = await client.OpenAsync(saved.Location!);
        Assert.Contains("Versie 1: Na kernteam", version.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("Versie één", version.Text(".cx-statement__text"), StringComparison.Ordinal);
        canvas = await client.OpenAsync(s.Url());
        await client.SubmitAsync(canvas, "#canvas-form", new Dictionary<string, string?> { ["Input.Statement"] = "Later gewijzigd" }, "button[value=save]");
        version = await client.OpenAsync(saved.Location!);
        Assert.Contains("Versie één", version.Text(".cx-statement__text"), StringComparison.Ordinal);
        var list = await client.OpenAsync(s.Url("/versions"));
        Assert.Contains("Na kernteam", list.Text("#versions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_over_long_label_is_refused_with_the_input_kept()
    {
        var s = await VisionArrange.NewAsync(app);
        await app.TwoVersionsAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var versions = await client.OpenAsync(s.Url("/versions"));
        var tooLong = new string('v', VisionVersion.LabelMaxLength + 1);

        var empty = await client.SubmitAsync(versions, "#save-version", new Dictionary<string, string?> { ["Input.Label"] = " " });
        var over = await client.SubmitAsync(versions, "#save-version", new Dictionary<string, string?> { ["Input.Label"] = tooLong });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Geef de versie een naam.", empty.FieldError("Input_Label"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.Status);
        Assert.Contains("hoogstens 100 tekens", over.FieldError("Input_Label"), StringComparison.Ordinal);
        Assert.Equal(tooLong, over.ValueOf("Input_Label"));
        Assert.Equal(2, await app.WithDbAsync(async (db, _) => await db.VisionVersions.CountAsync(v => v.TrajectoryId == s.TrajectoryId)));
    }

    [Fact]
    public async Task A_Teamlid_sees_the_versions_but_cannot_save_or_restore_one()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        var (first, _) = await app.TwoVersionsAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);

        var list = await client.OpenAsync(s.Url("/versions"));
        var version = await client.OpenAsync(s.Url($"/versions/{first}"));
        var save = await client.PostAsync(s.Url("/versions"), [new("__RequestVerificationToken", list.AntiforgeryToken), new("Input.Label", "x")]);
        var restore = await client.PostAsync(s.Url($"/versions/{first}"), [new("__RequestVerificationToken", version.AntiforgeryToken), new("Input.Label", "x")]);

        Assert.Null(list.Document.QuerySelector("#save-version"));
        Assert.Null(version.Document.QuerySelector("#restore"));
        Assert.Equal(HttpStatusCode.Forbidden, save.Status);
        Assert.Equal(HttpStatusCode.Forbidden, restore.Status);
    }

    [Fact]
    public async Task Compare_shows_both_versions_side_by_side_with_insertions_and_deletions_marked_in_text()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Lezer);
        var (first, second) = await app.TwoVersionsAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url($"/compare?left={first}&right={second}"));
        var byDefault = await client.OpenAsync(s.Url("/compare"));

        var statement = page.Document.QuerySelectorAll("#compare-texts tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Visietekst", StringComparison.Ordinal));
        var cells = statement.QuerySelectorAll("td");
        Assert.Equal("weg: wordt circulair", cells[0].QuerySelector("del")!.TextContent.Trim());
        Assert.Null(cells[0].QuerySelector("ins"));
        Assert.Contains(cells[1].QuerySelectorAll("ins"), i => i.TextContent.Contains("nieuw: is een zorgzame", StringComparison.Ordinal));
        Assert.Contains("gewijzigd", statement.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        var focus = page.Document.QuerySelectorAll("#compare-focus tbody tr").Single(r => r.TextContent.Contains("Ondernemerschap", StringComparison.Ordinal));
        Assert.Contains("nieuw: gekozen", focus.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var why = page.Document.QuerySelector("#compare-notes-Waarom")!;
        Assert.Contains("verwijderde notitie: wordt geschrapt", why.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(why.QuerySelectorAll("td")[1].QuerySelectorAll("ins"), i => i.TextContent.Contains("veel", StringComparison.Ordinal));
        Assert.Contains("nieuwe notitie: herstelpunt in elke wijk", page.Text("#compare-notes-Resultaten"), StringComparison.Ordinal);
        Assert.Equal(page.Text("#compare-texts"), byDefault.Text("#compare-texts"));
        Assert.Equal(["Kruimelpad"], page.Document.QuerySelectorAll("nav.cx-breadcrumbs").Select(n => n.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_the_canvas_equal_to_it_and_saves_that_as_a_new_version()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/versions/{first}"));
        Assert.Equal("Herstel van versie 1: Eerste ontwerp", page.ValueOf("Input_Label"));

        var restored = await client.SubmitAsync(page, "#restore", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        var third = await client.OpenAsync(restored.Location!);
        Assert.Contains("Versie 3: Herstel van versie 1", third.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("hersteld van versie 1", third.MainText, StringComparison.Ordinal);
        var (canvas, versions) = await app.WithDbAsync(async (db, _) => (
            await db.VisionCanvases.Include(c => c.Notes).Include(c => c.Policies).SingleAsync(c => c.TrajectoryId == s.TrajectoryId),
            await db.VisionVersions.Where(v => v.TrajectoryId == s.TrajectoryId).OrderBy(v => v.Number).ToListAsync()));
        Assert.Equal("Demostad wordt circulair tegen 2030", canvas.Statement);
        Assert.Equal(["restafval daalt te traag", "wordt geschrapt"], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Text));
        Assert.Empty(canvas.NotesIn(VisionBlock.Resultaten));
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal(1, versions[2].RestoredFromNumber);
        Assert.False(VisionComparison.Between(versions[0].Snapshot(), versions[2].Snapshot()).HasChanges);

        var compare = await client.OpenAsync(s.Url($"/compare?left={versions[0].Id}&right={versions[2].Id}"));
        Assert.Equal("Deze twee versies zijn inhoudelijk gelijk.", compare.Text("main p.cx-flash"));
    }

    [Fact]
    public async Task Versions_of_another_trajectory_of_the_same_organisation_answer_404()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, second) = await app.TwoVersionsAsync(s);
        var other = await app.NewTrajectoryAsync(s.Organisation, "Ander traject");
        using var client = await app.LoggedInClientAsync(s.User);
        var otherUrl = s.Organisation.Url($"/trajectories/{other}/vision");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{otherUrl}/versions/{first}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{otherUrl}/compare?left={first}&right={second}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(s.Url($"/compare?left={first}&right=999999"))).Status);
    }
}
