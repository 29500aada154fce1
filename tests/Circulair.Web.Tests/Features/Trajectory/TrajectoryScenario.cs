using System.Globalization;
using System.Net;
using Circulair.Organisations;

namespace Circulair.Web.Tests.Features.Trajectory;

/// <summary>A member of a fresh organisation, logged in, who plans trajectories through the real forms.</summary>
public sealed record TrajectoryScenario(SharedApp App, TestOrganisation Organisation, TestUser User, AppClient Client) : IDisposable
{
    public static async Task<TrajectoryScenario> StartAsync(SharedApp app, OrganisationRole role = OrganisationRole.Beheerder)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(role);
        return new TrajectoryScenario(app, organisation, user, await app.LoggedInClientAsync(user));
    }

    public string Url(string path = "") => Organisation.Url("/trajectories" + path);

    /// <summary>Creates a trajectory with the "new" form and returns its id (from the redirect).</summary>
    public async Task<int> NewTrajectoryAsync(string title = "Circulair 2030", string start = "2026-03-02", string end = "2026-08-03")
    {
        var form = await Client.OpenAsync(Url("/new"));
        var done = await Client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.PeriodStartYear"] = "2025",
            ["Input.PeriodEndYear"] = "2030",
            ["Input.StartDate"] = start,
            ["Input.PlannedEndDate"] = end,
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        return int.Parse(done.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The session ids of a trajectory in plan order, read from its page.</summary>
    public async Task<IReadOnlyList<int>> SessionIdsAsync(int trajectoryId)
    {
        var page = await Client.OpenAsync(Url($"/{trajectoryId}"));
        return [.. page.Document.QuerySelectorAll("table.cx-sessions tbody tr").Select(tr => int.Parse(tr.Id!["session-".Length..], CultureInfo.InvariantCulture))];
    }

    public void Dispose() => Client.Dispose();
}
