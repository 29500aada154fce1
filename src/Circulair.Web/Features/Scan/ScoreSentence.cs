using System.Globalization;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// A domain's score in one sentence, from its evidence: "Gebouwde omgeving: 18 % van de jobs (LQ 1,4),
/// bouw- en sloopafval 12 % van het afval". Evidence without any share is left out; the weights are shown beside.
/// </summary>
public static class ScoreSentence
{
    public static string For(DomainScore score, Text t)
    {
        var culture = CultureInfo.CurrentCulture;
        var phrases = new List<string>();
        var lq = score.Parts.FirstOrDefault(p => p.Kind == EvidenceKind.Specialisation)?.LocationQuotient;
        foreach (var p in score.Parts.Where(p => p.Kind != EvidenceKind.Specialisation))
        {
            if (p.Share <= 0)
            {
                continue;
            }
            var share = Percent(p.Share, culture);
            var names = string.Join(t["Scan.Explain.And"], p.TopCategories.Select(c => Lower(ScanQueries.LabelOf(p.Scheme, c))));
            phrases.Add(p.Kind switch
            {
                EvidenceKind.Jobs => t["Scan.Explain.Jobs", share] + (lq is { } q ? t["Scan.Explain.Lq", q.ToString("0.0", culture)] : ""),
                EvidenceKind.AddedValue => t["Scan.Explain.AddedValue", share],
                EvidenceKind.Waste => t["Scan.Explain.Waste", names, share],
                _ => t["Scan.Explain.Co2", names, share],
            });
        }
        var label = score.Domain.Label.ToString();
        return phrases.Count == 0 ? t["Scan.Explain.Nothing", label] : $"{label}: {string.Join(", ", phrases)}";
    }

    /// <summary>"18 %" in Dutch (a space before the sign), "18%" in English.</summary>
    public static string Percent(double share, CultureInfo culture) => share.ToString(share < 0.095 ? "P1" : "P0", culture);

    private static string Lower(string label)
    {
        // NACE labels start with their code ("41 Bouw…"); drop it mid-sentence.
        var text = label.Length > 3 && char.IsAsciiDigit(label[0]) && char.IsAsciiDigit(label[1]) && label[2] == ' ' ? label[3..] : label;
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..] : text;
    }
}
