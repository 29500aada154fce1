using System.Net;
using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Web.Tests.Features.Stakeholders;

public sealed class GridTests(SharedApp app)
{
    private static readonly DateOnly Today = StakeholderArrange.Today;

    private static string CellText(Page page, StakeholderLevel power, StakeholderLevel interest) =>
        page.Document.QuerySelector($"ul.cx-chips[data-power='{power}'][data-interest='{interest}']")!.ParentElement!.TextContent;

    [Fact]
    public async Task Shows_each_stakeholder_in_the_cell_of_its_rating_with_the_cells_approach_and_counts()
    {
        var (org, client) = await app.SignedInAsync();
        foreach (var cell in StakeholderGrid.Cells)
        {
            await app.AddStakeholderAsync(org, $"S-{cell.Power}-{cell.Interest}", StakeholderGroup.Bedrijven, (Today, cell.Power, cell.Interest));
        }
        await app.AddStakeholderAsync(org, "Nog te bekijken");

        var grid = await client.OpenAsync(org.Url("/stakeholders/grid"));

        Assert.Equal(["Macht hoog", "Macht middel", "Macht laag"], grid.Document.QuerySelectorAll("#stakeholder-grid tbody th").Select(th => th.TextContent));
        Assert.Equal(["Belang laag", "Belang middel", "Belang hoog"], grid.Document.QuerySelectorAll("#stakeholder-grid thead th").Select(th => th.TextContent));
        foreach (var cell in StakeholderGrid.Cells)
        {
            var text = CellText(grid, cell.Power, cell.Interest);
            Assert.Contains($"S-{cell.Power}-{cell.Interest}", text, StringComparison.Ordinal);
            Assert.Contains(cell.Approach switch
            {
                StakeholderApproach.ContinuEnActiefManagement => "Continu en actief management",
                StakeholderApproach.HoudTevreden => "Houd tevreden",
                StakeholderApproach.Observeer => "Observeer",
                StakeholderApproach.HoudBetrokken => "Houd betrokken",
                StakeholderApproach.HoudGeinformeerd => "Houd geïnformeerd",
                _ => "Geen focus",
            }, text, StringComparison.Ordinal);
        }
        var counts = grid.Document.QuerySelectorAll("#approach-counts tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(("Continu en actief management", "1"), counts[0]);
        Assert.Equal(("Houd betrokken", "3"), counts[3]);
        Assert.Equal(("Geen focus", "1"), counts[5]);
        Assert.Equal(("Nog niet ingeschat", "1"), counts[6]);
        Assert.Contains("Nog te bekijken", grid.Text("[data-unrated]"), StringComparison.Ordinal);
        Assert.Equal("stakeholder-grid", grid.Document.GetElementById("stakeholder-grid-region")!.GetAttribute("data-module"));
        Assert.Equal("true", grid.Document.GetElementById("stakeholder-grid-region")!.GetAttribute("data-can-drag"));
    }

    [Fact]
    public async Task Moving_with_the_form_records_a_dated_rating_returns_to_the_grid_and_flags_the_movement()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, "Kringwinkel", StakeholderGroup.Kringwinkel, (Today.AddDays(-30), Hoog, Hoog));
        var grid = await client.OpenAsync(org.Url("/stakeholders/grid"));
        var link = grid.Document.QuerySelector($"[data-stakeholder-id='{id}'] a")!.GetAttribute("href")!;
        var details = await client.OpenAsync(link);
        Assert.Equal(Today.ToString("yyyy-MM-dd"), details.ValueOf("Move_Date"));

        var moved = await client.SubmitAsync(details, "#move-form", new Dictionary<string, string?>
        {
            ["Move.Power"] = "Hoog",
            ["Move.Interest"] = "Laag",
            ["Move.Note"] = "Minder interesse na de reorganisatie",
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(org.Url("/stakeholders/grid"), moved.Location);
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal(StakeholderApproach.Observeer, s.Approach);
        Assert.Equal(2, s.Assessments.Count);
        var after = await client.OpenAsync(moved.Location!);
        Assert.Contains("Kringwinkel", CellText(after, Hoog, Laag), StringComparison.Ordinal);
        Assert.Equal("↓ belang gedaald", after.Text($"[data-stakeholder-id='{id}'] .cx-chip__moved"));
        Assert.Contains("1 stakeholder is verschoven", after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grid_on_an_earlier_date_shows_the_rating_that_held_then()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Bouwbedrijf", StakeholderGroup.Bedrijven, (Today.AddDays(-60), Middel, Laag), (Today.AddDays(-10), Middel, Hoog));
        await app.AddStakeholderAsync(org, "Laatkomer", StakeholderGroup.Bedrijven, (Today.AddDays(-5), Laag, Laag));

        var past = await client.OpenAsync(org.Url($"/stakeholders/grid?date={Today.AddDays(-20):yyyy-MM-dd}"));
        var now = await client.OpenAsync(org.Url("/stakeholders/grid"));
        var since = await client.OpenAsync(org.Url($"/stakeholders/grid?since={Today.AddDays(-7):yyyy-MM-dd}"));

        Assert.Contains("Bouwbedrijf", CellText(past, Middel, Laag), StringComparison.Ordinal);
        Assert.DoesNotContain("Laatkomer", past.Text("#stakeholder-grid"), StringComparison.Ordinal);
        Assert.DoesNotContain("Laatkomer", past.Text("[data-unrated]"), StringComparison.Ordinal);
        Assert.Equal("false", past.Document.GetElementById("stakeholder-grid-region")!.GetAttribute("data-can-drag"));
        Assert.NotNull(past.Document.QuerySelector(".cx-warning"));
        Assert.Contains("Bouwbedrijf", CellText(now, Middel, Hoog), StringComparison.Ordinal);
        Assert.Contains("belang gestegen", CellText(now, Middel, Hoog), StringComparison.Ordinal);
        Assert.DoesNotContain("gestegen", CellText(since, Middel, Hoog), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_without_power_or_in_the_future_is_refused_and_changes_nothing()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, "Milieuraad");
        var details = await client.OpenAsync(org.Url($"/stakeholders/{id}"));

        var refused = await client.SubmitAsync(details, "#move-form", new Dictionary<string, string?>
        {
            ["Move.Power"] = "",
            ["Move.Interest"] = "Hoog",
            ["Move.Date"] = Today.AddDays(3).ToString("yyyy-MM-dd"),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies de macht: laag, middel of hoog.", refused.FieldError("Move_Power"));
        Assert.Equal("Een inschatting kan niet in de toekomst liggen.", refused.FieldError("Move_Date"));
        Assert.Equal("Hoog", refused.ValueOf("Move_Interest"));
        Assert.Empty(Assert.Single(await app.StakeholdersAsync(org)).Assessments);
    }

    [Fact]
    public async Task Drag_and_drop_posts_the_same_form_fields_with_the_header_token_and_gets_the_grid_back()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, "Jeugdraad");
        var grid = await client.OpenAsync(org.Url("/stakeholders/grid"));
        var chip = grid.Document.QuerySelector($"[data-stakeholder-id='{id}']")!;
        var token = grid.Document.QuerySelector("#stakeholder-grid-region input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // What stakeholder-grid.js sends: Move.Power/Move.Interest of the target cell, ReturnUrl, the token as field and header.
        using var request = new HttpRequestMessage(HttpMethod.Post, chip.GetAttribute("data-move-url"))
        {
            Content = new FormUrlEncodedContent([new("Move.Power", "Laag"), new("Move.Interest", "Hoog"), new("ReturnUrl", org.Url("/stakeholders/grid"))]),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(org.Url("/stakeholders/grid"), response.Headers.Location!.OriginalString);
        Assert.Equal(StakeholderApproach.HoudGeinformeerd, Assert.Single(await app.StakeholdersAsync(org)).Approach);
    }

    [Fact]
    public async Task The_return_address_only_leads_back_into_the_register()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, "Milieuraad");
        var details = await client.OpenAsync(org.Url($"/stakeholders/{id}?returnUrl=https://evil.example/"));

        var moved = await client.SubmitAsync(details, "#move-form", new Dictionary<string, string?> { ["Move.Power"] = "Laag", ["Move.Interest"] = "Laag" });

        Assert.Equal(org.Url($"/stakeholders/{id}"), moved.Location);
    }

    [Fact]
    public async Task The_contact_list_orders_stakeholders_by_approach_priority_then_name()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Geen-focus", StakeholderGroup.Bedrijven, (Today, Laag, Laag));
        await app.AddStakeholderAsync(org, "Ongerated");
        await app.AddStakeholderAsync(org, "Observeer-mij", StakeholderGroup.Bedrijven, (Today, Hoog, Laag));
        await app.AddStakeholderAsync(org, "B-actief", StakeholderGroup.Politiek, (Today, Hoog, Hoog));
        await app.AddStakeholderAsync(org, "A-actief", StakeholderGroup.Politiek, (Today, Hoog, Hoog));
        await app.AddStakeholderAsync(org, "Tevreden", StakeholderGroup.Politiek, (Today, Hoog, Middel));
        await app.AddStakeholderAsync(org, "Betrokken", StakeholderGroup.Politiek, (Today, Middel, Laag));
        await app.AddStakeholderAsync(org, "Geinformeerd", StakeholderGroup.Politiek, (Today, Laag, Hoog));

        var page = await client.OpenAsync(org.Url("/stakeholders/contacts"));

        Assert.Equal(
            ["A-actief", "B-actief", "Tevreden", "Observeer-mij", "Betrokken", "Geinformeerd", "Geen-focus", "Ongerated"],
            page.Document.QuerySelectorAll("tbody th a").Select(a => a.TextContent));
        Assert.StartsWith("Continu en actief management", page.Text("h2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_earlier_date_stakeholders_not_rated_then_are_listed_rather_than_an_empty_list()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Bouwbedrijf", StakeholderGroup.Bedrijven, (Today.AddDays(-60), Middel, Laag));
        await app.AddStakeholderAsync(org, "Laatkomer", StakeholderGroup.Bedrijven, (Today.AddDays(-5), Laag, Laag));

        var past = await client.OpenAsync(org.Url($"/stakeholders/grid?date={Today.AddDays(-20):yyyy-MM-dd}"));

        Assert.Contains("Laatkomer", past.Text("[data-added-later]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Iedereen is ingeschat", past.Text(".cx-unrated"), StringComparison.Ordinal);
        Assert.Null(past.Document.QuerySelector(".cx-unrated .cx-empty"));
    }

    [Fact]
    public async Task A_comparison_marks_a_first_rating_as_such()
    {
        var (org, client) = await app.SignedInAsync();
        var first = await app.AddStakeholderAsync(org, "Nieuwkomer", StakeholderGroup.Bedrijven, (Today.AddDays(-3), Hoog, Hoog));
        var same = await app.AddStakeholderAsync(org, "Vaste partner", StakeholderGroup.Bedrijven, (Today.AddDays(-60), Hoog, Hoog));

        var since = await client.OpenAsync(org.Url($"/stakeholders/grid?since={Today.AddDays(-7):yyyy-MM-dd}"));
        var today = await client.OpenAsync(org.Url("/stakeholders/grid"));

        Assert.Equal("eerste inschatting", since.Text($"[data-stakeholder-id='{first}'] .cx-chip__first"));
        Assert.Null(since.Document.QuerySelector($"[data-stakeholder-id='{same}'] .cx-chip__first"));
        Assert.Null(today.Document.QuerySelector($"[data-stakeholder-id='{first}'] .cx-chip__first"));
    }
}
