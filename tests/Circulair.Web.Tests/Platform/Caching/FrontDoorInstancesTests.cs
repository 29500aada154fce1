using System.Net;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// The page cache's front door with two app processes on one PostgreSQL database (decision 0172): a change saved
/// through one instance shows on the other, at once to the writer (the floor cookie) and to another member as soon as the
/// other instance hears PostgreSQL's announcement.
/// </summary>
public sealed class FrontDoorInstancesTests(SharedApp app, SharedTwoInstances pair)
{
    [Fact]
    public async Task A_change_saved_on_one_instance_shows_on_the_other_to_the_writer_at_once_and_to_another_member()
    {
        Assert.SkipUnless(app.Provider == "PostgreSql", "Needs PostgreSQL (CIRCULAIR_TEST_DATABASE=PostgreSql): two instances share one database.");
        var instances = await pair.GetAsync();
        var (a, b) = (instances.A, instances.B);

        // One browser (one cookie jar) whose requests go to either instance, and a second browser on B.
        var writerCookies = new CookieContainer();
        using var writerOnA = new AppClient(a.Client(writerCookies));
        using var writerOnB = new AppClient(b.Client(writerCookies));
        await instances.LogInAsync(writerOnA);
        using var readerOnB = new AppClient(b.Client());
        await instances.LogInAsync(readerOnB);
        const string dashboard = "/o/demostad";
        for (var i = 0; i < 3; i++)
        {
            await writerOnB.OpenAsync(dashboard);
            await readerOnB.OpenAsync(dashboard);
        }

        var name = "Voordeurstad " + Guid.NewGuid().ToString("N")[..6];
        var settings = await writerOnA.OpenAsync(dashboard + "/settings");
        var saved = await writerOnA.SubmitAsync(settings, new Dictionary<string, string?> { ["Organisation.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await writerOnA.OpenAsync(saved.Location!); // the flash message, shown once

        Assert.Equal(name, (await writerOnB.OpenAsync(dashboard)).Text(".cx-header__org"));
        string? seen = null;
        for (var attempt = 0; attempt < 300 && seen != name; attempt++)
        {
            seen = (await readerOnB.OpenAsync(dashboard)).Text(".cx-header__org");
            if (seen != name)
            {
                await Task.Delay(100);
            }
        }
        Assert.Equal(name, seen);
    }
}
