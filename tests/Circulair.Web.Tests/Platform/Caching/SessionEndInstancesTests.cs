using System.Net;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// Two app processes on one PostgreSQL database (decisions 0172, 0240): a session ended through one instance is
/// refused by the other one's front door as soon as it hears PostgreSQL's announcement, not when its entry runs out.
/// </summary>
public sealed class SessionEndInstancesTests(SharedApp app, SharedTwoInstances pair)
{
    [Fact]
    public async Task A_logout_on_one_instance_ends_the_copied_cookie_at_the_other_instances_front_door()
    {
        Assert.SkipUnless(app.Provider == "PostgreSql", "Needs PostgreSQL (CIRCULAIR_TEST_DATABASE=PostgreSql): two instances share one database.");
        var instances = await pair.GetAsync();
        var (a, b) = (instances.A, instances.B);

        var cookies = new CookieContainer();
        using var ownerOnA = new AppClient(a.Client(cookies));
        await instances.LogInAsync(ownerOnA);
        var copied = new CookieContainer();
        foreach (Cookie c in cookies.GetAllCookies())
        {
            copied.Add(new Cookie(c.Name, c.Value, c.Path, c.Domain));
        }
        using var copyOnB = new AppClient(b.Client(copied));
        const string dashboard = "/o/demostad";
        for (var i = 0; i < 3; i++)
        {
            await copyOnB.OpenAsync(dashboard);
        }

        var logout = await ownerOnA.OpenAsync("/logout");
        Assert.Equal(HttpStatusCode.Redirect, (await ownerOnA.SubmitAsync(logout, new Dictionary<string, string?>())).Status);

        var answer = await copyOnB.GetAsync(dashboard);
        for (var attempt = 0; attempt < 300 && answer.Status == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100);
            answer = await copyOnB.GetAsync(dashboard);
        }
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Contains("/login", answer.Location, StringComparison.Ordinal);
    }
}
