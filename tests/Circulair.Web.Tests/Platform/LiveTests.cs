using System.Net;
using Circulair.Web.Tests.Features.Workshops;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// Live updates by server-sent events: within one app (any database), and across two app processes that share
/// one PostgreSQL database (LISTEN/NOTIFY). No timing assertions: each wait has a generous timeout and the
/// subscription is known to be in place (the "hello" event) before the change is made.
/// </summary>
public sealed class LiveTests(SharedApp app, SharedTwoInstances pair)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_projector_stream_hears_a_vote_and_a_phone_stream_hears_only_state_changes()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var activityId = await s.AddActivityAsync("Peiling", "Schaal", new() { ["Input.PollType"] = "Schaal" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        using var projector = await EventReader.OpenAsync(s.Client.Http, s.Url("/events"));
        using var phoneEvents = await EventReader.OpenAsync(phone.Http, $"/w/{s.Code}/events");

        await s.ControlAsync("open", activityId);
        Assert.Equal("state", await projector.NextEventAsync(Patience));
        Assert.Equal("state", await phoneEvents.NextEventAsync(Patience));
        var page = await phone.OpenAsync($"/w/{s.Code}");
        await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["scale"] = "4" });

        Assert.Equal("results", await projector.NextEventAsync(Patience));
        await s.ControlAsync("close", activityId);
        // The phone never saw the vote: its next event is the close.
        Assert.Equal("state", await phoneEvents.NextEventAsync(Patience));
        var fragment = await s.Client.OpenAsync(s.Url("/projector?handler=live"));
        Assert.Equal("1 deelnemer gaf al antwoord", fragment.Text("#results-hidden"));
    }

    [Fact]
    public async Task A_vote_on_one_instance_reaches_the_projector_stream_of_another_instance_through_PostgreSQL()
    {
        Assert.SkipUnless(app.Provider == "PostgreSql", "Needs PostgreSQL (CIRCULAIR_TEST_DATABASE=PostgreSql): two instances share one database.");
        var instances = await pair.GetAsync();
        var (a, b) = (instances.A, instances.B);
        using var facilitatorA = new AppClient(a.Client());
        await instances.LogInAsync(facilitatorA);
        using var facilitatorB = new AppClient(b.Client());
        await instances.LogInAsync(facilitatorB);
        var workshops = await facilitatorA.OpenAsync("/o/demostad/workshops");
        var workshopUrl = workshops.Document.QuerySelector("#workshops a")!.GetAttribute("href")!;
        var code = workshops.Text("#workshops .cx-code");
        var control = await facilitatorA.OpenAsync(workshopUrl);
        var pollForm = control.Document.QuerySelectorAll("#activities li").Last().QuerySelector("form[action$='handler=open']")!;
        var opened = await facilitatorA.PostAsync(pollForm.GetAttribute("action")!, [
            new("__RequestVerificationToken", control.AntiforgeryToken),
            new("activityId", pollForm.QuerySelector("input[name=activityId]")!.GetAttribute("value")!)]);
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);

        using var projectorOnB = await EventReader.OpenAsync(facilitatorB.Http, workshopUrl + "/events");
        using var phone = new AppClient(a.Client());
        var landing = await phone.OpenAsync($"/w/{code}");
        await phone.SubmitAsync(landing, "#join", new Dictionary<string, string?>());
        var page = await phone.OpenAsync($"/w/{code}");
        var voted = await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["scale"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, voted.Status);

        // The join and the vote on A each notify; B's stream hears them through PostgreSQL.
        Assert.Equal("results", await projectorOnB.NextEventAsync(Patience));
        var fragment = await facilitatorB.OpenAsync(workshopUrl + "/projector?handler=live");
        Assert.Equal("1 deelnemer gaf al antwoord", fragment.Text("#results-hidden"));
    }
}

/// <summary>Reads a text/event-stream response event by event; waits until "hello" before the test goes on.</summary>
internal sealed class EventReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventReader> OpenAsync(HttpClient http, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal("hello", await reader.NextEventAsync(TimeSpan.FromSeconds(60)));
        return reader;
    }

    /// <summary>The name of the next event (comments and keep-alives skipped).</summary>
    public async Task<string> NextEventAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line["event: ".Length..];
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
