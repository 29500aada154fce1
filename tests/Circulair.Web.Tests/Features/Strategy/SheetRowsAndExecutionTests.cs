using System.Net;
using Circulair.Strategy;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Tool 7: rows added on the page without saving, and the list for executing a priority action.</summary>
public sealed class SheetRowsAndExecutionTests(SharedApp app)
{
    [Fact]
    public async Task Extra_row_adds_an_empty_row_to_that_list_and_keeps_everything_typed_without_saving()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));
        Assert.Equal(2, form.Document.QuerySelectorAll("[data-rows=Milestones] > fieldset").Length);

        var typed = Form(("Input.Description", "Een opslag"), ("Input.Milestones[0].Description", "Opening"), ("Input.Milestones[1].Description", "Eerste levering"),
            ("Input.Steps[0].Step", "Rekken plaatsen"));
        var more = await client.SubmitAsync(form, "#sheet-form", typed, "button[data-add-row=Milestones]");

        Assert.Equal(HttpStatusCode.OK, more.Status);
        Assert.Equal(3, more.Document.QuerySelectorAll("[data-rows=Milestones] > fieldset").Length);
        Assert.Equal(2, more.Document.QuerySelectorAll("[data-rows=Steps] > fieldset").Length);
        Assert.Equal(("Een opslag", "Opening", "Eerste levering", "Rekken plaatsen", ""),
            (more.ValueOf("Input_Description"), more.ValueOf("Input_Milestones_0__Description"), more.ValueOf("Input_Milestones_1__Description"), more.ValueOf("Input_Steps_0__Step"), more.ValueOf("Input_Milestones_2__Description")));
        Assert.Null((await app.LoadActionAsync(action)).Description);

        // The third row is saved like the others.
        var saved = await client.SubmitAsync(more, "#sheet-form", Form(("Input.Milestones[2].Description", "Evaluatie")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(["Opening", "Eerste levering", "Evaluatie"], (await app.LoadActionAsync(action)).Sheet.Milestones.Select(m => m.Description));
    }

    [Fact]
    public async Task Enter_saves_the_sheet_because_the_first_button_of_the_form_is_the_save_button()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);

        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));

        var first = form.Document.QuerySelector("#sheet-form button[type=submit]")!;
        Assert.False(first.HasAttribute("name"));
        Assert.Equal(5, form.Document.QuerySelectorAll("#sheet-form button[name=AddRow]").Length);
    }

    [Fact]
    public async Task Saves_the_execution_plan_and_ticks_off_what_the_action_already_has()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01", "Materialenbank", d => d with { Priority = ActionPriority.Hoog, Owner = ActionOwner.Member(s.User.Id) });
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));
        Assert.Equal("met", form.Document.QuerySelector("#execution-list li[data-item=Trekker]")?.GetAttribute("data-state"));
        Assert.Equal("open", form.Document.QuerySelector("#execution-list li[data-item=Funding]")?.GetAttribute("data-state"));
        Assert.Contains("prioriteit hoog", form.MainText, StringComparison.Ordinal);

        var saved = await client.SubmitAsync(form, "#sheet-form", Form(("Input.BusinessCase", "Terugverdiend in vier jaar"), ("Input.Funding", "Oproep Vlaanderen Circulair"),
            ("Input.Communication", "Infoavond voor aannemers"), ("Input.Monitoring", "Ton per jaar, halfjaarlijks gerapporteerd"),
            ("Input.Steps[0].Step", "Locatie kiezen"), ("Input.Steps[0].Deadline", "2026-09-01")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var sheet = (await app.LoadActionAsync(action)).Sheet;
        Assert.Equal(("Terugverdiend in vier jaar", "Oproep Vlaanderen Circulair", "Infoavond voor aannemers", "Ton per jaar, halfjaarlijks gerapporteerd"),
            (sheet.BusinessCase, sheet.Funding, sheet.Communication, sheet.Monitoring));
        var after = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));
        Assert.All(after.Document.QuerySelectorAll("#execution-list li"), li => Assert.Equal("met", li.GetAttribute("data-state")));
        var print = await client.OpenAsync(s.Url($"/actions/{action}/sheet/print"));
        Assert.Contains("Oproep Vlaanderen Circulair", print.MainText, StringComparison.Ordinal);
        Assert.Equal(6, print.Document.QuerySelectorAll("#execution-list li").Length);
    }
}
