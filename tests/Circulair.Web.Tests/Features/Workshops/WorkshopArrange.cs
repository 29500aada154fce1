using System.Net;
using Circulair.Organisations;
using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>Arranges a workshop through the real forms, and participants as phones without JavaScript.</summary>
internal static class WorkshopArrange
{
    public sealed record Setup(TestOrganisation Organisation, TestUser Facilitator, AppClient Client, int WorkshopId, string Code, int TrajectoryId)
    {
        public string Url(string rest = "") => Organisation.Url($"/workshops/{WorkshopId}{rest}");
    }

    public static async Task<Setup> NewAsync(CirculairFactory app, OrganisationRole role = OrganisationRole.Coordinator)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(role);
        var (trajectoryId, sessionId) = await app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            var session = trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return (trajectory.Id, session.Id);
        });
        var client = await app.LoggedInClientAsync(user);
        var index = await client.OpenAsync(org.Url("/workshops"));
        var created = await client.SubmitAsync(index, "#new-workshop", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Stakeholderworkshop",
            ["Input.TrajectorySessionId"] = sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var workshopId = int.Parse(created.Location!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var code = await app.WithDbAsync(async (db, _) => await db.Workshops.Where(w => w.Id == workshopId).Select(w => w.Code).SingleAsync());
        return new Setup(org, user, client, workshopId, code, trajectoryId);
    }

    public static async Task<int> AddActivityAsync(this Setup s, string kind, string title, Dictionary<string, string?>? extra = null)
    {
        var page = await s.Client.OpenAsync(s.Url("/activities/new"));
        var values = new Dictionary<string, string?> { ["Input.Kind"] = kind, ["Input.Title"] = title };
        foreach (var (k, v) in extra ?? [])
        {
            values[k] = v;
        }
        var added = await s.Client.SubmitAsync(page, "#add-activity", values);
        Assert.True(added.Status == HttpStatusCode.Redirect, $"{(int)added.Status}: {string.Join(" | ", added.ErrorSummary)}");
        return int.Parse(added.Location!.Split("#activity-").Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<Page> ControlAsync(this Setup s, string handler, int activityId, Dictionary<string, string?>? extra = null)
    {
        var page = await s.Client.OpenAsync(s.Url());
        var form = $"#activity-{activityId} form[action$='handler={handler}']";
        var result = await s.Client.SubmitAsync(page, form, extra ?? new Dictionary<string, string?>());
        return result;
    }

    /// <summary>Ends the workshop as the facilitator does: "Workshop beëindigen" in the control room, then the confirmation.</summary>
    public static async Task<Page> EndAsync(this Setup s)
    {
        var control = await s.Client.OpenAsync(s.Url());
        Assert.Equal(s.Url("/end"), control.Document.QuerySelector("#end-workshop")!.GetAttribute("action"));
        var confirm = await s.Client.OpenAsync(s.Url("/end"));
        return await s.Client.SubmitAsync(confirm, "#confirm-end", new Dictionary<string, string?>());
    }

    /// <summary>A phone that joined (without JavaScript) and now shows the workshop page.</summary>
    public static async Task<AppClient> JoinAsync(CirculairFactory app, string code, string? name = null)
    {
        var phone = app.NewClient();
        var join = await phone.OpenAsync("/join");
        var found = await phone.SubmitAsync(join, "#join-code", new Dictionary<string, string?> { ["Code"] = code.ToLowerInvariant() });
        Assert.Equal($"/w/{code}", found.Location);
        var landing = await phone.OpenAsync(found.Location!);
        var joined = await phone.SubmitAsync(landing, "#join", new Dictionary<string, string?> { ["DisplayName"] = name });
        Assert.Equal(HttpStatusCode.Redirect, joined.Status);
        return phone;
    }

    public static Dictionary<string, string?> Dots(params (int ItemId, int Dots)[] dots) =>
        dots.ToDictionary(d => $"dots[{d.ItemId}]", d => (string?)d.Dots.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Task<int[]> ItemIdsAsync(CirculairFactory app, int activityId) =>
        app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activityId).OrderBy(i => i.Position).Select(i => i.Id).ToArrayAsync());
}
