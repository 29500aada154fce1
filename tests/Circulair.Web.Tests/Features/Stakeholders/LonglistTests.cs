using System.Net;
using Circulair.Stakeholders;

namespace Circulair.Web.Tests.Features.Stakeholders;

public sealed class LonglistTests(SharedApp app)
{
    [Fact]
    public async Task Adds_every_pasted_name_with_the_chosen_group_and_side_then_opens_the_grid()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/longlist"));

        var done = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Longlist.Names"] = "Dienst Aankoop\r\n\r\n- Dienst Milieu\n• Communicatiedienst\n",
            ["Longlist.Group"] = "InterneDienst",
            ["Longlist.Side"] = "Intern",
        });

        Assert.Equal(org.Url("/stakeholders/grid"), done.Location);
        var all = await app.StakeholdersAsync(org);
        Assert.Equal(["Communicatiedienst", "Dienst Aankoop", "Dienst Milieu"], all.Select(s => s.Name).Order());
        Assert.All(all, s => Assert.Equal((StakeholderGroup.InterneDienst, StakeholderSide.Intern, (StakeholderLevel?)null), (s.Group, s.Side, s.Power)));
        var grid = await client.OpenAsync(done.Location!);
        Assert.Equal(3, grid.Document.QuerySelectorAll("[data-unrated] .cx-chip").Length);
    }

    [Fact]
    public async Task Refuses_the_whole_list_and_names_the_duplicate_and_the_name_already_in_the_register()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Kringwinkel Demoland");
        var form = await client.OpenAsync(org.Url("/stakeholders/longlist"));
        var text = "Milieuraad\nKRINGWINKEL demoland\nOndernemersraad\nmilieuraad";

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Longlist.Names"] = text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(2, refused.ErrorSummary.Count);
        Assert.Contains(refused.ErrorSummary, e => e.Contains("‘milieuraad’ (regel 4) staat al op regel 1", StringComparison.Ordinal));
        Assert.Contains(refused.ErrorSummary, e => e.Contains("‘KRINGWINKEL demoland’ (regel 2) staat al in het register als ‘Kringwinkel Demoland’", StringComparison.Ordinal));
        Assert.Equal(text, refused.ValueOf("Longlist_Names")?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Single(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task Refuses_an_empty_list()
    {
        var (org, client) = await app.SignedInAsync();
        var refused = await client.SubmitAsync(await client.OpenAsync(org.Url("/stakeholders/longlist")), new Dictionary<string, string?> { ["Longlist.Names"] = "\n  \n" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Vul minstens één naam in.", refused.FieldError("Longlist_Names"));
    }
}
