using Circulair.Library;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.Library;
using Circulair.Web.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>
/// What the instance administrator adds to the library: files of cases and calls, checked whole at start-up; the
/// dashboard's next deadline; and the demo organisation's two cloned cases.
/// </summary>
public sealed class LibraryFilesTests(SharedApp app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("circulair-library").FullName;

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Circulair";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private KnowledgeLibrary Load(string? cases = null, string? funding = null)
    {
        var settings = new Dictionary<string, string?>();
        if (cases is not null)
        {
            File.WriteAllText(Path.Combine(_folder, "cases.csv"), cases);
            settings["Library:CasesFile"] = "cases.csv";
        }
        if (funding is not null)
        {
            File.WriteAllText(Path.Combine(_folder, "funding.csv"), funding);
            settings["Library:FundingFile"] = Path.Combine(_folder, "funding.csv");
        }
        return new KnowledgeLibrary(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Environment(_folder));
    }

    private const string FundingHeader = "key,name_nl,name_en,funder,domains,themes,who_may_apply_nl,who_may_apply_en,amount_nl,amount_en,deadline,url,last_checked,summary_nl,summary_en";

    [Fact]
    public void Without_files_the_library_holds_the_guides_cases_and_programmes()
    {
        var library = Load();

        Assert.Equal(CaseLibrary.Guide.All.Count, library.Cases.All.Count);
        Assert.Equal(FundingCatalogue.Guide.All.Count, library.Funding.All.Count);
    }

    [Fact]
    public void Valid_files_add_cases_and_calls()
    {
        var library = Load(
            string.Join(',', CaseLibrary.Columns) + "\nbib-herstel,Herstelhoek,Repair corner,Gent,Stad Gent,consumentengoederen,herstel,R4,gebruik,extern,,https://example.org/x,Een herstelhoek in de bib.,A repair corner in the library.\n",
            FundingHeader + "\nnieuwe-oproep,Nieuwe oproep,New call,Provincie,industrie,symbiose,Gemeenten,Municipalities,50.000 euro,\"EUR 50,000\",2026-04-15,https://example.org/call,2026-03-01,Een oproep.,A call.\n");

        Assert.False(library.Cases.Find("bib-herstel")!.FromGuide);
        Assert.Equal(new DateOnly(2026, 4, 15), library.Funding.Find("nieuwe-oproep")!.Deadline);
    }

    [Fact]
    public void A_file_with_a_missing_column_or_a_broken_link_stops_the_start_and_names_the_rows()
    {
        var missing = Assert.Throws<StartupException>(() => Load(cases: "key,title_nl\nx,y\n"));
        Assert.Contains("domain", missing.Message, StringComparison.Ordinal);

        var broken = Assert.Throws<StartupException>(() => Load(funding: FundingHeader + "\ngoed,Goed,,F,*,x,Iedereen,,,,,https://example.org,2026-01-01,Tekst,\nslecht,Slecht,,F,*,x,Iedereen,,,,,geen link,2026-01-01,Tekst,\n"));
        Assert.Contains("row 3 url", broken.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("row 2", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_names_the_next_deadline_within_90_days()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        string Row(string key, DateOnly deadline) =>
            $"\n{key},Oproep {key},,F,*,x,Iedereen,,,,{deadline:yyyy-MM-dd},,2026-01-01,Tekst,";
        var library = Load(funding: FundingHeader + Row("later", today.AddDays(60)) + Row("eerst", today.AddDays(10)) + Row("te-laat", today.AddDays(-3)));
        var s = await NewAsync(app);

        var facts = await app.WithDbAsync(async (db, _) => await DashboardFactsQuery.LoadAsync(db, s.Organisation.Id, s.Organisation.Slug, app.Clock, CancellationToken.None));
        var tools = new LibraryProgress(library).For(facts);

        var funding = tools.Single(t => t.NameKey == "Library.Progress.Funding");
        Assert.True(funding.HasContent);
        Assert.Equal("Library.Progress.NextDeadline", funding.SummaryKey);
        Assert.Equal(["Oproep eerst", Circulair.Web.Features.Strategy.StrategyLabels.Date(today.AddDays(10)), 2], funding.SummaryArguments);
        var shipped = new LibraryProgress(app.Services.GetRequiredService<KnowledgeLibrary>()).For(facts);
        Assert.False(shipped.Single(t => t.NameKey == "Library.Progress.Funding").HasContent);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
