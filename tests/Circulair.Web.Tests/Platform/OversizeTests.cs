using System.Net;
using Circulair.Organisations;
using Circulair.Web.Tests.Features.Stakeholders;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The app on Kestrel, over real HTTP: only a real connection shows whether an over-size request ends in a page
/// or in a reset connection. The scan import's file limit is 1 MB here, to keep the uploads small.
/// </summary>
public sealed class KestrelApp : CirculairFactory
{
    public KestrelApp()
    {
        UseKestrel(0);
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Scan:Import:MaxFileMegabytes"] = "1",
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await this.NewUserAsync("Platformbeheerder", platformAdministrator: true); // setup is done
    }

    /// <summary>
    /// A new organisation and a client on a real connection, logged in as its one member. Not <c>NewClient</c>:
    /// on Kestrel its client follows redirects.
    /// </summary>
    public async Task<(TestOrganisation Org, AppClient Client)> SignedInOverHttpAsync(OrganisationRole role)
    {
        var (organisation, user) = await this.NewOrganisationWithMemberAsync(role);
        StartServer();
        var client = new AppClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = ClientOptions.BaseAddress,
        });
        var login = await client.OpenAsync("/login");
        var result = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return (organisation, client);
    }
}

public sealed class OversizeTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private const int Megabyte = 1024 * 1024;

    private static void AssertTooLargePage(Page page, int megabytes, string backTo)
    {
        Assert.True(page.Status == HttpStatusCode.RequestEntityTooLarge, $"{(int)page.Status} {page.MainText}");
        Assert.Equal("Te groot", page.Text("h1"));
        Assert.Contains($"hoogstens {megabytes} MB", page.Text(".cx-lead"), StringComparison.Ordinal);
        Assert.Equal(backTo, page.Document.QuerySelector("#back-to-form")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_10_MB_form_field_gets_the_too_large_page_with_a_way_back()
    {
        var (org, client) = await app.SignedInOverHttpAsync(OrganisationRole.Teamlid);
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Stakeholder.Name"] = "Kringwinkel",
            ["Stakeholder.Notes"] = new string('x', 10 * Megabyte),
        });

        AssertTooLargePage(refused, 4, org.Url("/stakeholders/new"));
        Assert.Empty(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task An_18_MB_sheet_upload_gets_the_too_large_page()
    {
        var (org, client) = await app.SignedInOverHttpAsync(OrganisationRole.Coordinator);
        var form = await client.OpenAsync(org.Url("/stakeholders/import"));

        var refused = await client.UploadAsync(form, "#upload-form", "Upload", "register.xlsx", new byte[18 * Megabyte]);

        AssertTooLargePage(refused, 10, org.Url("/stakeholders/import"));
    }

    [Fact]
    public async Task A_scan_import_over_its_limit_gets_the_too_large_page()
    {
        var (org, client) = await app.SignedInOverHttpAsync(OrganisationRole.Coordinator);
        await Features.Scan.ScanSteps.NewDatasetAsync(client, org);
        var form = await client.OpenAsync(org.Url("/scan/import"));

        var refused = await client.UploadAsync(form, "#upload-form", "file", "groot.csv", new byte[3 * Megabyte]);

        AssertTooLargePage(refused, 1, org.Url("/scan/import"));
    }
}
