using System.Net;
using Circulair.Organisations;
using Circulair.Trajectory;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>The vision canvas (Tool 3) and the AMORE check (Tool 4) each have their own entry in the organisation menu.</summary>
public sealed class VisionMenuTests(SharedApp app)
{
    [Fact]
    public async Task The_menu_leads_to_the_vision_and_to_the_amore_check_and_marks_where_you_are()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var trajectoryId = await app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });
        var dashboard = await client.OpenAsync(org.Url(""));
        var vision = dashboard.Document.QuerySelector($".cx-orgnav a[href='{org.Url("/vision")}']");
        var amore = dashboard.Document.QuerySelector($".cx-orgnav a[href='{org.Url("/amore")}']");
        Assert.Equal(("Visie", "AMORE-check"), (vision?.TextContent, amore?.TextContent));

        var overview = await client.OpenAsync(org.Url("/amore"));
        var canvas = await client.OpenAsync(org.Url($"/trajectories/{trajectoryId}/vision"));

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Equal("page", overview.Document.QuerySelector($".cx-orgnav a[href='{org.Url("/amore")}']")!.GetAttribute("aria-current"));
        Assert.Equal(org.Url($"/trajectories/{trajectoryId}/vision/amore"), overview.Document.QuerySelector("#amore-trajectories a")!.GetAttribute("href"));
        Assert.Equal("page", canvas.Document.QuerySelector($".cx-orgnav a[href='{org.Url("/vision")}']")!.GetAttribute("aria-current"));
    }
}
