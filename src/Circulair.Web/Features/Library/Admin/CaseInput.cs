using System.ComponentModel.DataAnnotations;
using Circulair.Library;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The case form: one text per column of the case file, checked by the same rule as a file row
/// (<see cref="CaseLibrary.CheckRow"/>), so a form and an import can never disagree.
/// </summary>
public sealed class CaseInput
{
    /// <summary>The form's property for each column of the file, so a row problem lands at its field.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>
    {
        ["key"] = nameof(Key), ["title_nl"] = nameof(TitleNl), ["title_en"] = nameof(TitleEn), ["place"] = nameof(Place),
        ["organisations"] = nameof(Organisations), ["domain"] = nameof(Domain), ["subdomain"] = nameof(Subdomain),
        ["r_strategy"] = nameof(RStrategy), ["value_chain"] = nameof(ValueChain), ["role"] = nameof(Role), ["url"] = nameof(Url),
        ["summary_nl"] = nameof(SummaryNl), ["summary_en"] = nameof(SummaryEn),
    };

    [Display(Name = "Library.Admin.Case.Key")]
    public string? Key { get; set; }

    [Display(Name = "Library.Admin.Case.TitleNl")]
    public string? TitleNl { get; set; }

    [Display(Name = "Library.Admin.Case.TitleEn")]
    public string? TitleEn { get; set; }

    [Display(Name = "Library.Field.Place")]
    public string? Place { get; set; }

    [Display(Name = "Library.Field.Organisations")]
    public string? Organisations { get; set; }

    [Display(Name = "Library.Field.Domain")]
    public string? Domain { get; set; }

    [Display(Name = "Library.Field.Subdomain")]
    public string? Subdomain { get; set; }

    [Display(Name = "Library.Field.RStrategy")]
    public string? RStrategy { get; set; }

    [Display(Name = "Library.Field.ValueChain")]
    public string? ValueChain { get; set; }

    [Display(Name = "Library.Field.Role")]
    public string? Role { get; set; }

    [Display(Name = "Library.Field.Link")]
    public string? Url { get; set; }

    [Display(Name = "Library.Admin.Case.SummaryNl")]
    public string? SummaryNl { get; set; }

    [Display(Name = "Library.Admin.Case.SummaryEn")]
    public string? SummaryEn { get; set; }

    public static CaseInput From(LibraryCase c)
    {
        var f = LibraryFields.Of(c);
        return new CaseInput
        {
            Key = f["key"], TitleNl = f["title_nl"], TitleEn = f["title_en"], Place = f["place"], Organisations = f["organisations"],
            Domain = f["domain"], Subdomain = f["subdomain"], RStrategy = f["r_strategy"], ValueChain = f["value_chain"], Role = f["role"],
            Url = f["url"], SummaryNl = f["summary_nl"], SummaryEn = f["summary_en"],
        };
    }

    public Dictionary<string, string> Fields() => new()
    {
        ["key"] = Key ?? "", ["title_nl"] = TitleNl ?? "", ["title_en"] = TitleEn ?? "", ["place"] = Place ?? "",
        ["organisations"] = Organisations ?? "", ["domain"] = Domain ?? "", ["subdomain"] = Subdomain ?? "", ["r_strategy"] = RStrategy ?? "",
        ["value_chain"] = ValueChain ?? "", ["role"] = Role ?? "", ["url"] = Url ?? "", ["summary_nl"] = SummaryNl ?? "", ["summary_en"] = SummaryEn ?? "",
    };
}
