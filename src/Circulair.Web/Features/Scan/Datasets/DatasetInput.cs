using System.ComponentModel.DataAnnotations;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Scan.Datasets;

/// <summary>The fields of a dataset: what it measures, which category list it uses and where it comes from.</summary>
public sealed class DatasetInput
{
    [Display(Name = "Scan.Field.Name")]
    [Required(ErrorMessage = "Scan.Validation.NameRequired")]
    [StringLength(ScanDataset.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Scan.Field.Kind")]
    [Required(ErrorMessage = "Scan.Validation.KindRequired")]
    public DatasetKind? Kind { get; set; }

    [Display(Name = "Scan.Field.Scheme")]
    public CategoryScheme? Scheme { get; set; }

    [Display(Name = "Scan.Field.SourceName")]
    [Required(ErrorMessage = "Scan.Validation.SourceRequired")]
    [StringLength(ScanDataset.SourceNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? SourceName { get; set; }

    [Display(Name = "Scan.Field.SourceUrl")]
    [StringLength(ScanDataset.SourceUrlMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? SourceUrl { get; set; }

    [Display(Name = "Scan.Field.Licence")]
    [StringLength(ScanDataset.LicenceMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Licence { get; set; }

    [Display(Name = "Scan.Field.RetrievedOn")]
    public DateOnly? RetrievedOn { get; set; }

    [Display(Name = "Scan.Field.Notes")]
    [StringLength(ScanDataset.NotesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Notes { get; set; }

    public static DatasetInput From(ScanDataset d) => new()
    {
        Name = d.Name,
        Kind = d.Kind,
        Scheme = d.Scheme,
        SourceName = d.SourceName,
        SourceUrl = d.SourceUrl,
        Licence = d.Licence,
        RetrievedOn = d.RetrievedOn,
        Notes = d.Notes,
    };

    public CategoryScheme EffectiveScheme => Scheme ?? Kind?.DefaultScheme() ?? CategoryScheme.Free;

    public void Check(ModelStateDictionary state, string prefix, Text t)
    {
        if (!string.IsNullOrWhiteSpace(SourceUrl) && !(Uri.TryCreate(SourceUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            state.AddModelError($"{prefix}.{nameof(SourceUrl)}", t["Scan.Validation.UrlInvalid"]);
        }
    }

    public static IEnumerable<SelectListItem> KindItems(Text t) =>
        [new SelectListItem(t["Shared.Choose"], ""), .. Enum.GetValues<DatasetKind>().Select(k => new SelectListItem(t[$"Scan.Kind.{k}"], k.ToString()))];

    public static IEnumerable<SelectListItem> SchemeItems(Text t) =>
        [new SelectListItem(t["Scan.Field.SchemeFromKind"], ""), .. Enum.GetValues<CategoryScheme>().Select(s => new SelectListItem(t[$"Scan.Scheme.{s}"], s.ToString()))];
}
