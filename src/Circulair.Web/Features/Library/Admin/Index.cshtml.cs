using Circulair.Library;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>Where the instance administrator maintains the library: every case and funding programme, where it comes from, and links to change, add, import and export.</summary>
public sealed class IndexModel(KnowledgeLibrary library, TimeProvider clock) : LibraryAdminPageModel
{
    public IReadOnlyList<LibraryCase> Cases { get; private set; } = [];

    public IReadOnlyList<FundingCall> Calls { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        Cases = [.. library.Cases.All.OrderBy(c => c.Title.Nl, StringComparer.CurrentCulture)];
        Calls = library.Funding.All;
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Where an entry comes from: shipped with the app (or the start-up file), replaced by a stored row, or added by one.</summary>
    public string CaseSource(LibraryCase c) =>
        !library.IsStoredCase(c.Key) ? "Library.Admin.Source.Shipped" : library.ShippedCases.Find(c.Key) is null ? "Library.Admin.Source.Added" : "Library.Admin.Source.Changed";

    public string CallSource(FundingCall c) =>
        !library.IsStoredCall(c.Key) ? "Library.Admin.Source.Shipped" : library.ShippedFunding.Find(c.Key) is null ? "Library.Admin.Source.Added" : "Library.Admin.Source.Changed";
}
