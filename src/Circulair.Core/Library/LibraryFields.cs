using System.Globalization;

namespace Circulair.Library;

/// <summary>
/// A case or call as the columns of its file (the same names as <see cref="CaseLibrary.Columns"/> and
/// <see cref="FundingCatalogue.Columns"/>): what the administrator's forms start from, what the stored rows and the
/// export hold, and what <see cref="CaseLibrary.CheckRow"/> and <see cref="FundingCatalogue.CheckRow"/> read back.
/// </summary>
public static class LibraryFields
{
    public static Dictionary<string, string> Of(LibraryCase c) => new()
    {
        ["key"] = c.Key,
        ["title_nl"] = c.Title.Nl,
        ["title_en"] = c.Title.En,
        ["place"] = c.Place,
        ["organisations"] = string.Join("; ", c.Organisations),
        ["domain"] = c.DomainCode,
        ["subdomain"] = c.SubdomainCode ?? "",
        ["r_strategy"] = c.RStrategyCode,
        ["value_chain"] = c.ValueChain.Code(),
        ["role"] = c.Role.Code(),
        ["chapter"] = c.Chapter ?? "",
        ["url"] = c.Url?.ToString() ?? "",
        ["summary_nl"] = c.Summary.Nl,
        ["summary_en"] = c.Summary.En,
    };

    public static Dictionary<string, string> Of(FundingCall c) => new()
    {
        ["key"] = c.Key,
        ["name_nl"] = c.Name.Nl,
        ["name_en"] = c.Name.En,
        ["funder"] = c.Funder,
        ["domains"] = c.ForEveryDomain ? "*" : string.Join("; ", c.Domains),
        ["themes"] = string.Join("; ", c.Themes),
        ["who_may_apply_nl"] = c.WhoMayApply.Nl,
        ["who_may_apply_en"] = c.WhoMayApply.En,
        ["amount_nl"] = c.Amount.Nl,
        ["amount_en"] = c.Amount.En,
        ["deadline"] = Date(c.Deadline),
        ["url"] = c.Url?.ToString() ?? "",
        ["last_checked"] = Date(c.LastChecked),
        ["summary_nl"] = c.Summary.Nl,
        ["summary_en"] = c.Summary.En,
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads a field by column name, empty when absent: the shape the row checks take.</summary>
    public static Func<string, string> Reader(IReadOnlyDictionary<string, string> fields) => name => fields.TryGetValue(name, out var v) ? v ?? "" : "";
}
