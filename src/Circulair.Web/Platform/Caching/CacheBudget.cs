using Microsoft.Extensions.Caching.Memory;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// One memory budget for the four in-memory answer caches (decision 0425): the organisation page cache, its front door,
/// the public progress site and the API's answers. Each had a fixed limit of its own (64 + 64 + 32 + 64 MB = 224 MB),
/// which under the shipped 256 MB heap limit (decisions 0193, 0420) left too little room for two heavy operations at
/// once. The total is, unless configured (<see cref="Setting"/>), a quarter of the memory the GC may use
/// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>, which is the heap hard limit when one is set), at most
/// <see cref="DefaultCapBytes"/>, and it is split in fixed shares:
/// <list type="bullet">
/// <item>organisation pages 35 %: the rendered pages themselves;</item>
/// <item>front door 25 %: it keeps the very page objects the organisation page cache stored, so its share mostly
/// counts bytes that are already counted once;</item>
/// <item>API answers 25 %;</item>
/// <item>public pages 15 %: a few pages per organisation, read by anyone.</item>
/// </list>
/// The sizes the caches give their entries are bytes of body plus an estimate for key and headers, so the budget
/// bounds what the caches hold closely but not to the byte. An entry larger than its cache's share is never kept.
/// </summary>
public sealed class CacheBudget
{
    /// <summary>The total in megabytes, when an operator wants another figure than the default.</summary>
    public const string Setting = "Caching:MemoryBudgetMegabytes";

    /// <summary>The default total as a share of the memory the GC may use.</summary>
    public const double DefaultShare = 0.25;

    /// <summary>The default total never exceeds this: the sum of the four fixed limits before decision 0425.</summary>
    public const long DefaultCapBytes = 224L * Megabyte;

    /// <summary>No cache gets less than this, whatever the total.</summary>
    public const long MinimumPerCacheBytes = 64 * 1024;

    private const long Megabyte = 1024 * 1024;

    /// <summary>The four caches that share the budget.</summary>
    public enum Part
    {
        OrganisationPages,
        FrontDoor,
        ApiResponses,
        PublicPages,
    }

    private CacheBudget(long totalBytes, long availableBytes, bool configured)
    {
        TotalBytes = totalBytes;
        AvailableBytes = availableBytes;
        Configured = configured;
    }

    /// <summary>The budget of all four caches together, in bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>The memory the GC reported it may use when the budget was computed (0 when configured).</summary>
    public long AvailableBytes { get; }

    /// <summary>Whether the total comes from <see cref="Setting"/> rather than from the available memory.</summary>
    public bool Configured { get; }

    /// <summary>Each cache's share of the total, in percent; together 100.</summary>
    public static int PercentOf(Part part) => part switch
    {
        Part.OrganisationPages => 35,
        Part.FrontDoor => 25,
        Part.ApiResponses => 25,
        Part.PublicPages => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    /// <summary>The size limit of one cache, in bytes (the unit the caches give their entries' sizes in).</summary>
    public long LimitOf(Part part) => Math.Max(MinimumPerCacheBytes, TotalBytes * PercentOf(part) / 100);

    /// <summary>
    /// The budget for a process whose GC may use <paramref name="availableBytes"/>, or of
    /// <paramref name="configuredMegabytes"/> when set. Pure arithmetic, for the tests.
    /// </summary>
    public static CacheBudget Compute(long availableBytes, int? configuredMegabytes)
    {
        if (configuredMegabytes is { } configured)
        {
            if (configured <= 0)
            {
                throw new InvalidOperationException($"{Setting} must be a whole number of megabytes above zero; it is {configured}.");
            }
            return new CacheBudget(configured * Megabyte, 0, configured: true);
        }
        // Unknown available memory (never seen, but cheap to guard): assume the shipped heap limit.
        var available = availableBytes > 0 ? availableBytes : 256 * Megabyte;
        var total = Math.Min(DefaultCapBytes, (long)(available * DefaultShare));
        return new CacheBudget(total, available, configured: false);
    }

    /// <summary>The budget of this process: the configured total, else the share of what the GC may use.</summary>
    public static CacheBudget FromRuntime(IConfiguration configuration) =>
        Compute(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, configuration.GetValue<int?>(Setting));

    /// <summary>A cache for <paramref name="part"/>, limited to its share.</summary>
    internal MemoryCache NewCache(Part part) => new(new MemoryCacheOptions { SizeLimit = LimitOf(part) });

    public override string ToString()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var source = Configured
            ? Setting
            : string.Create(inv, $"{DefaultShare * 100:F0} % of {AvailableBytes / Megabyte} MB available, at most {DefaultCapBytes / Megabyte} MB");
        return string.Create(inv, $"{TotalBytes / (double)Megabyte:F1} MB ({source})");
    }
}
