using Circulair.Web.Features.Api;
using Circulair.Web.Platform.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// The arithmetic of the one memory budget of the four answer caches (decision 0425): a quarter of what the GC may use,
/// at most the old 224 MB, or the configured total, split in fixed shares that leave the shipped heap room for two heavy
/// operations.
/// </summary>
public sealed class CacheBudgetTests
{
    private const long Mb = 1024 * 1024;
    private static readonly CacheBudget.Part[] Parts = Enum.GetValues<CacheBudget.Part>();

    private static long Sum(CacheBudget budget) => Parts.Sum(budget.LimitOf);

    [Fact]
    public void Under_the_shipped_256_MB_heap_limit_the_four_caches_together_get_at_most_64_MB_and_each_a_share()
    {
        var budget = CacheBudget.Compute(256 * Mb, configuredMegabytes: null);

        Assert.Equal(64 * Mb, budget.TotalBytes);
        Assert.InRange(Sum(budget), 60 * Mb, 64 * Mb);
        Assert.All(Parts, p => Assert.True(budget.LimitOf(p) > 0, $"{p} gets nothing"));
        // The old fixed limits added up to 224 MB of the 256 MB heap.
        Assert.True(Sum(budget) <= 256 * Mb / 4);
    }

    [Fact]
    public void Under_the_shipped_heap_limit_every_cache_can_still_keep_the_largest_entry_it_accepts()
    {
        var budget = CacheBudget.Compute(256 * Mb, configuredMegabytes: null);

        Assert.True(budget.LimitOf(CacheBudget.Part.OrganisationPages) > OrganisationPageCache.MaxBodyBytes + 1024);
        Assert.True(budget.LimitOf(CacheBudget.Part.FrontDoor) > OrganisationPageCache.MaxBodyBytes + 1024);
        Assert.True(budget.LimitOf(CacheBudget.Part.PublicPages) > PublicPageCache.MaxEntryBytes + 256);
        Assert.True(budget.LimitOf(CacheBudget.Part.ApiResponses) > ApiResponseCache.MaxEntryBytes + 1024);
    }

    [Fact]
    public void The_shares_follow_the_documented_split_and_never_add_up_to_more_than_the_total()
    {
        Assert.Equal(100, Parts.Sum(CacheBudget.PercentOf));
        var budget = CacheBudget.Compute(512 * Mb, configuredMegabytes: null);

        Assert.Equal(128 * Mb, budget.TotalBytes);
        Assert.Equal(128 * Mb * 35 / 100, budget.LimitOf(CacheBudget.Part.OrganisationPages));
        Assert.Equal(128 * Mb * 25 / 100, budget.LimitOf(CacheBudget.Part.FrontDoor));
        Assert.Equal(128 * Mb * 25 / 100, budget.LimitOf(CacheBudget.Part.ApiResponses));
        Assert.Equal(128 * Mb * 15 / 100, budget.LimitOf(CacheBudget.Part.PublicPages));
        Assert.True(Sum(budget) <= budget.TotalBytes);
    }

    [Fact]
    public void Without_a_heap_limit_the_default_is_capped_at_the_old_224_MB()
    {
        var budget = CacheBudget.Compute(16L * 1024 * Mb, configuredMegabytes: null);

        Assert.Equal(224 * Mb, budget.TotalBytes);
        Assert.True(Sum(budget) <= 224 * Mb);
    }

    [Fact]
    public void A_larger_heap_limit_gives_a_proportionally_larger_budget()
    {
        Assert.Equal(128 * Mb, CacheBudget.Compute(512 * Mb, configuredMegabytes: null).TotalBytes);
        Assert.Equal(32 * Mb, CacheBudget.Compute(128 * Mb, configuredMegabytes: null).TotalBytes);
    }

    [Fact]
    public void A_configured_total_wins_over_the_available_memory()
    {
        var budget = CacheBudget.Compute(256 * Mb, configuredMegabytes: 8);

        Assert.True(budget.Configured);
        Assert.Equal(8 * Mb, budget.TotalBytes);
        Assert.True(Sum(budget) <= 8 * Mb);
        Assert.Equal(400 * Mb, CacheBudget.Compute(256 * Mb, configuredMegabytes: 400).TotalBytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_configured_total_of_nothing_is_refused_at_start(int megabytes)
    {
        var error = Assert.Throws<InvalidOperationException>(() => CacheBudget.Compute(256 * Mb, megabytes));
        Assert.Contains(CacheBudget.Setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_budget_still_leaves_every_cache_a_minimum()
    {
        var budget = CacheBudget.Compute(1 * Mb, configuredMegabytes: null);

        Assert.Equal(256 * 1024, budget.TotalBytes);
        Assert.All(Parts, p => Assert.True(budget.LimitOf(p) >= CacheBudget.MinimumPerCacheBytes));
        Assert.Equal(CacheBudget.MinimumPerCacheBytes, budget.LimitOf(CacheBudget.Part.PublicPages));
    }
}

/// <summary>An app of its own whose caches share a budget of 1 MB.</summary>
public sealed class TinyCacheBudgetApp : CirculairFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [CacheBudget.Setting] = "1",
    };
}

/// <summary>The four caches of the running app take their limits from the budget, and a cache keeps no more than its share.</summary>
public sealed class CacheBudgetAppTests(TinyCacheBudgetApp app) : IClassFixture<TinyCacheBudgetApp>
{
    private const int Kb = 1024;

    private CacheBudget Budget => app.Services.GetRequiredService<CacheBudget>();

    private static OrganisationPageCache.StoredPage Page(int bytes) =>
        new([new KeyValuePair<string, StringValues>("Content-Type", "text/html")], new byte[bytes], DateTime.UtcNow);

    [Fact]
    public void The_configured_total_is_split_over_the_four_caches_of_the_app()
    {
        Assert.True(Budget.Configured);
        Assert.Equal(1024 * Kb, Budget.TotalBytes);
        Assert.Equal(Budget.LimitOf(CacheBudget.Part.OrganisationPages), app.Services.GetRequiredService<OrganisationPageCache>().SizeLimit);
        Assert.Equal(Budget.LimitOf(CacheBudget.Part.FrontDoor), app.Services.GetRequiredService<PageCacheFrontDoor>().SizeLimit);
        Assert.Equal(Budget.LimitOf(CacheBudget.Part.PublicPages), app.Services.GetRequiredService<PublicPageCache>().SizeLimit);
        Assert.Equal(Budget.LimitOf(CacheBudget.Part.ApiResponses), app.Services.GetRequiredService<ApiResponseCache>().SizeLimit);
    }

    [Fact]
    public void The_page_cache_keeps_a_small_page_but_not_one_larger_than_its_share()
    {
        var cache = app.Services.GetRequiredService<OrganisationPageCache>();
        var share = Budget.LimitOf(CacheBudget.Part.OrganisationPages);
        Assert.True(share < OrganisationPageCache.MaxBodyBytes, "the test needs a share below the largest page the cache accepts");

        cache.Store("large", Page((int)share + 1));
        cache.Store("small", Page(10 * Kb));

        Assert.False(cache.TryGet("large", out _));
        Assert.True(cache.TryGet("small", out var small));
        Assert.Equal(10 * Kb, small.Body.Length);
    }

    [Fact]
    public void The_page_cache_holds_no_more_pages_than_fit_in_its_share()
    {
        var cache = app.Services.GetRequiredService<OrganisationPageCache>();
        var share = Budget.LimitOf(CacheBudget.Part.OrganisationPages);
        const int body = 100 * Kb;
        var fit = share / (body + 1024); // the size the cache gives a page: its body and 1 kB for the rest

        for (var i = 0; i < 10; i++)
        {
            cache.Store("many " + i, Page(body));
        }

        var kept = Enumerable.Range(0, 10).Count(i => cache.TryGet("many " + i, out _));
        Assert.InRange(fit, 1, 9);
        Assert.InRange(kept, 1, (int)fit);
    }

    [Fact]
    public void The_public_site_cache_keeps_a_small_answer_but_not_one_larger_than_its_share()
    {
        var cache = app.Services.GetRequiredService<PublicPageCache>();
        var share = Budget.LimitOf(CacheBudget.Part.PublicPages);
        Assert.True(share < PublicPageCache.MaxEntryBytes);

        cache.Store(new PublicPageCache.Entry("/p/budget/large", new byte[share], "text/html", "\"large\"", 0, 0, 0));
        cache.Store(new PublicPageCache.Entry("/p/budget/small", new byte[4 * Kb], "text/html", "\"small\"", 0, 0, 0));

        Assert.False(cache.TryGet("/p/budget/large", out _));
        Assert.True(cache.TryGet("/p/budget/small", out var small));
        Assert.Equal(4 * Kb, small.Body.Length);
    }
}
