using System.ComponentModel.DataAnnotations;
using Circulair.Library;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The funding programme form: one text per column of the funding file (dates as typed, so a wrong one is shown again),
/// the domains as check boxes (none ticked: every domain), checked by <see cref="FundingCatalogue.CheckRow"/>.
/// </summary>
public sealed class FundingCallInput
{
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>
    {
        ["key"] = nameof(Key), ["name_nl"] = nameof(NameNl), ["name_en"] = nameof(NameEn), ["funder"] = nameof(Funder),
        ["domains"] = nameof(Domains), ["themes"] = nameof(Themes), ["who_may_apply_nl"] = nameof(WhoMayApplyNl),
        ["who_may_apply_en"] = nameof(WhoMayApplyEn), ["amount_nl"] = nameof(AmountNl), ["amount_en"] = nameof(AmountEn),
        ["deadline"] = nameof(Deadline), ["url"] = nameof(Url), ["last_checked"] = nameof(LastChecked),
        ["summary_nl"] = nameof(SummaryNl), ["summary_en"] = nameof(SummaryEn),
    };

    [Display(Name = "Library.Admin.Case.Key")]
    public string? Key { get; set; }

    [Display(Name = "Library.Admin.Funding.NameNl")]
    public string? NameNl { get; set; }

    [Display(Name = "Library.Admin.Funding.NameEn")]
    public string? NameEn { get; set; }

    [Display(Name = "Library.Funding.Funder")]
    public string? Funder { get; set; }

    [Display(Name = "Library.Admin.Funding.Domains")]
    public List<string> Domains { get; set; } = [];

    [Display(Name = "Library.Admin.Funding.Themes")]
    public string? Themes { get; set; }

    [Display(Name = "Library.Admin.Funding.WhoNl")]
    public string? WhoMayApplyNl { get; set; }

    [Display(Name = "Library.Admin.Funding.WhoEn")]
    public string? WhoMayApplyEn { get; set; }

    [Display(Name = "Library.Admin.Funding.AmountNl")]
    public string? AmountNl { get; set; }

    [Display(Name = "Library.Admin.Funding.AmountEn")]
    public string? AmountEn { get; set; }

    [Display(Name = "Library.Funding.Deadline")]
    public string? Deadline { get; set; }

    [Display(Name = "Library.Field.Link")]
    public string? Url { get; set; }

    [Display(Name = "Library.Funding.LastChecked")]
    public string? LastChecked { get; set; }

    [Display(Name = "Library.Admin.Case.SummaryNl")]
    public string? SummaryNl { get; set; }

    [Display(Name = "Library.Admin.Case.SummaryEn")]
    public string? SummaryEn { get; set; }

    public static FundingCallInput From(FundingCall c)
    {
        var f = LibraryFields.Of(c);
        return new FundingCallInput
        {
            Key = f["key"], NameNl = f["name_nl"], NameEn = f["name_en"], Funder = f["funder"], Domains = [.. c.Domains], Themes = f["themes"],
            WhoMayApplyNl = f["who_may_apply_nl"], WhoMayApplyEn = f["who_may_apply_en"], AmountNl = f["amount_nl"], AmountEn = f["amount_en"],
            Deadline = f["deadline"], Url = f["url"], LastChecked = f["last_checked"], SummaryNl = f["summary_nl"], SummaryEn = f["summary_en"],
        };
    }

    public Dictionary<string, string> Fields() => new()
    {
        ["key"] = Key ?? "", ["name_nl"] = NameNl ?? "", ["name_en"] = NameEn ?? "", ["funder"] = Funder ?? "",
        ["domains"] = Domains.Count == 0 ? "*" : string.Join(";", Domains), ["themes"] = Themes ?? "",
        ["who_may_apply_nl"] = WhoMayApplyNl ?? "", ["who_may_apply_en"] = WhoMayApplyEn ?? "", ["amount_nl"] = AmountNl ?? "",
        ["amount_en"] = AmountEn ?? "", ["deadline"] = Deadline ?? "", ["url"] = Url ?? "", ["last_checked"] = LastChecked ?? "",
        ["summary_nl"] = SummaryNl ?? "", ["summary_en"] = SummaryEn ?? "",
    };
}
