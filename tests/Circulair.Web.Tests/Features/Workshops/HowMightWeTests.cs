namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>A typed "Hoe kunnen we …" question gets the opening words only where they make a sentence.</summary>
public sealed class HowMightWeTests(SharedApp app)
{
    [Fact]
    public async Task A_noun_is_kept_as_typed_and_a_verb_phrase_gets_the_opening()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var questions = await s.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", questions);

        var page = await phone.OpenAsync($"/w/{s.Code}");
        page = await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "herstelbonus" });
        page = await phone.OpenAsync(page.Location!);
        page = await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "meer herstellen" });
        page = await phone.OpenAsync(page.Location!);

        Assert.Equal(["Herstelbonus", "Hoe kunnen we meer herstellen?"], page.Document.QuerySelectorAll("#my-questions li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal));
    }
}
