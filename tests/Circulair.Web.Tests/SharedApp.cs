using Circulair.TestKit;

[assembly: AssemblyFixture(typeof(Circulair.Web.Tests.SharedApp))]

namespace Circulair.Web.Tests;

/// <summary>
/// One running app for the whole assembly. First-time setup is already done (a platform administrator
/// exists), so tests go straight to their own organisations. Tests of setup itself start their own app.
/// </summary>
public sealed class SharedApp : CirculairFactory
{
    public TestUser Administrator { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Administrator = await this.NewUserAsync("Platformbeheerder", platformAdministrator: true);
    }
}
