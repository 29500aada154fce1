using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Web.Features;
using Circulair.Web.Features.Api;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Features.Participate;
using Circulair.Web.Features.Reports;
using Circulair.Web.Features.Privacy;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Setup;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Database;
using Circulair.Web.Platform.Demo;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Health;
using Circulair.Web.Platform.Live;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Circulair.Web.Platform.Security.Sso;
using Circulair.Web.Platform.Telemetry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

// "--demo" is a flag, not a key/value pair; turn it into the setting it stands for.
args = [.. args.Select(a => a == "--demo" ? "--Circulair:Demo=true" : a)];
// "--export-org SLUG FILE" / "--import-org FILE [--slug SLUG]": run the organisation archive and exit (decision 0320).
var archiveCommand = Circulair.Web.Platform.Archive.ArchiveCommandLine.Take(ref args);

// appsettings.json travels with the binaries; data paths (./data/…) stay relative to where the app is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(k =>
{
    // Forms are small; upload pages raise their own limit with [RequestSizeLimit].
    k.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
    k.AddServerHeader = false;
});
builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
if (builder.Configuration.GetValue("Logging:Json", false))
{
    // Scopes carry the trace and span ids (TelemetrySetup), so every JSON line names its trace.
    builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
}
builder.AddCirculairTelemetry();

// Start-up problems are reported as one line each, without a stack trace, in the console logger's single-line format.
// Written synchronously: the console logger writes from a background queue that it waits for at most 1.5 s on
// disposal, and on a busy machine the process could exit before the line was out.
static void ReportStartupProblem(string problem)
{
    Console.Out.WriteLine($"crit: Circulair.Startup[0] {problem.ReplaceLineEndings(" ")}");
    Console.Out.Flush();
}

try
{
    ConfigureServices(builder.Services, builder.Configuration, builder.Environment);
}
catch (StartupException e)
{
    ReportStartupProblem(e.Message);
    return 1;
}

var app = builder.Build();
ConfigurePipeline(app);

try
{
    await DatabaseSetup.PrepareDatabaseAsync(app.Services, app.Lifetime.ApplicationStopping);
    if (archiveCommand is not null)
    {
        return await archiveCommand.RunAsync(app.Services, CancellationToken.None);
    }
    await DemoSeeder.SeedIfRequestedAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);
}
catch (StartupException e)
{
    ReportStartupProblem(e.Message);
    return 1;
}

await app.RunAsync();
return 0;

static void ConfigureServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
{
    services.AddSingleton(TimeProvider.System);
    services.AddHttpContextAccessor();
    services.AddCirculairDatabase(configuration);
    services.AddSingleton<IAuditActor, HttpAuditActor>();
    services.AddScoped<CurrentOrganisation>();
    services.AddSingleton<SetupState>();
    services.AddCirculairDataProtection(configuration);
    FeatureParts.Register(services);
    services.AddScan(configuration);
    services.AddFollowUpOwners(configuration);
    services.AddReports();
    services.AddPrivacy(configuration);
    services.AddCirculairLive(configuration);
    services.AddStrategyWorkshopLinks(); // before the workshops: its receivers replace the keep-in-workshop defaults
    services.AddCirculairWorkshops(configuration);

    services.AddIdentity<AppUser, IdentityRole<int>>(o =>
        {
            o.User.RequireUniqueEmail = true;
            // The user name is the e-mail address, checked as one; Identity's default character list would refuse
            // legitimate addresses such as o'brien@gemeente.be when an invitee creates their account.
            o.User.AllowedUserNameCharacters = "";
            o.Password.RequiredLength = 10;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 4;
            // No lockout a stranger could trigger: failed sign-ins are throttled per client instead (decision 0240).
            o.Lockout.AllowedForNewUsers = false;
            o.SignIn.RequireConfirmedAccount = false;
        })
        .AddEntityFrameworkStores<CirculairDbContext>()
        .AddUserManager<CirculairUserManager>()
        .AddDefaultTokenProviders()
        .AddPasswordValidator<Circulair.Web.Platform.Security.Passwords.BreachedPasswords>()
        .AddClaimsPrincipalFactory<CirculairClaimsFactory>()
        .AddErrorDescriber<LocalizedIdentityErrors>();
    // Single sign-on providers from Authentication:Oidc:Providers (decision 0360); before the sessions, which read them.
    services.AddCirculairSso(configuration);
    services.AddServerSessions();
    services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
    services.ConfigureApplicationCookie(o =>
    {
        o.Cookie.Name = ".Circulair.Session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/login";
        o.LogoutPath = "/logout";
        o.AccessDeniedPath = "/error/403";
        o.ExpireTimeSpan = TimeSpan.FromHours(10);
        o.SlidingExpiration = true;
    });
    services.AddAntiforgery(o =>
    {
        o.Cookie.Name = ".Circulair.Antiforgery";
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.HeaderName = "X-CSRF-TOKEN";
    });
    services.AddAuthorizationBuilder()
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

    services.AddSingleton<IStringLocalizerFactory, CirculairLocalizerFactory>();
    services.AddSingleton<Text>();
    services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.ConfigureFilter(new UnprocessableOnInvalidFormFilter());
            o.Conventions.ConfigureFilter(new MethodNotAllowedFilter());
        })
        // Validation happens on the server only; no jQuery-validation data-val-* attributes.
        .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
        .AddDataAnnotationsLocalization()
        .AddMvcOptions(o =>
        {
            BindingMessages.Localize(o.ModelBindingMessageProvider);
            o.ModelBinderProviders.Insert(0, new CleanTextModelBinderProvider());
        });
    // After AddRazorPages, so that these registrations are the ones resolved (decision 0171).
    QuietTempDataProvider.AddQuietTempData(services);
    // One memory budget for the four answer caches (decision 0425).
    services.AddSingleton(sp => CacheBudget.FromRuntime(sp.GetRequiredService<IConfiguration>()));
    services.AddSingleton<OrganisationPageCache>();
    services.AddSingleton<PageCacheFrontDoor>();
    services.AddSingleton<PublicPageCache>();
    services.AddSingleton<Circulair.Web.Features.Strategy.Goals.SmartOwnerCache>();
    services.AddCirculairRateLimits(configuration);
    services.AddCirculairApi(configuration);
    services.AddCirculairReverseProxy(configuration);
    services.AddCirculairRequestLimits(configuration);
    services.AddCirculairHealthChecks(configuration);

    var mail = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
    services.AddSingleton(mail);
    services.AddSingleton<IMailSender, MailSender>();
    services.AddSingleton<PublicLinks>();
    services.AddSingleton<Circulair.Web.Features.Library.KnowledgeLibrary>();
    services.AddScoped<Circulair.Web.Features.Members.InvitationMail>();
    services.AddScoped<Circulair.Web.Features.Regions.RegionInvitationMail>();
    services.AddScoped<Circulair.Web.Platform.Archive.OrganisationExport>();
    services.AddScoped<Circulair.Web.Platform.Archive.OrganisationImport>();
    if (!environment.IsDevelopment())
    {
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }
}

static void ConfigurePipeline(WebApplication app)
{
    // Before everything that looks at the client address or the scheme; only for configured proxies (decision 0241).
    app.UseCirculairForwardedHeaders();
    // A repeated public page (/p/…) answered from memory before anything else, with the headers the steps below would
    // give it; everything else, and every public miss, goes on down (decision 0435). After the forwarded headers: HSTS
    // depends on the scheme and host the proxy saw.
    app.UseMiddleware<PublicPageFastPathMiddleware>(!app.Environment.IsDevelopment());
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        StatusCodeSelector = e => e is Circulair.DomainException ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError,
    });
    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }
    // First after the error handler: answers a repeated page before authentication when nothing can have changed (decision 0172).
    app.UseMiddleware<PageCacheFrontDoorMiddleware>();
    app.UseMiddleware<SecurityHeadersMiddleware>();
    // The public progress site: answered as for a stranger (no cookie in, none out), cacheable by anyone (decision 0310).
    app.UseMiddleware<PublicPageCacheMiddleware>();
    // Repeated API reads of the same token answered before authentication while nothing can have changed (decision 0331).
    app.UseMiddleware<Circulair.Web.Features.Api.ApiResponseCacheMiddleware>();
    // Pages get the HTML error page; the API gets problem details (decision 0330).
    app.UseCirculairStatusCodePages("/error/{0}");
    app.UseRouting();
    // Knows each endpoint's upload limit; answers an over-size request with the 413 page (decision 0241).
    app.UseMiddleware<RequestSizeLimitMiddleware>();
    app.UseAuthentication();
    // After authentication: the signed-in person's language lives in their cookie's claims.
    app.UseRequestLocalization(CultureSetup.Options());
    // /api: the token's principal replaces any cookie's, Accept-Language sets the language; 401 before the organisation check.
    app.UseMiddleware<Circulair.Web.Features.Api.ApiRequestMiddleware>();
    app.UseMiddleware<SetupRedirectMiddleware>();
    app.UseMiddleware<OrganisationScopeMiddleware>();
    app.UseRateLimiter();
    app.UseAuthorization();
    // After the membership check and authorisation: a hit is only served to a member with the page's role (decision 0171).
    app.UseMiddleware<OrganisationPageCacheMiddleware>();

    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorPages();
    app.MapParticipantEvents();
    app.MapCirculairApi();
    app.MapCirculairHealthChecks();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
