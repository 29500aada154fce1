using System.Globalization;
using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Reference;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// How the inventory's values read on pages, in the workbook and in import messages, and the one select that
/// chooses domain and sub-domain together: value "bio-economie" (the domain in general) or "bio-economie/bio-afval".
/// </summary>
public static class InitiativeLabels
{
    public const char DomainSeparator = '/';

    public static string DomainLabel(string code) => InitiativeDomains.Find(code)?.Label.ToString() ?? code;

    public static string? SubdomainLabel(string domain, string? subdomainCode, string? ownSubdomain) =>
        InitiativeDomains.FindSubdomain(domain, subdomainCode)?.Label.ToString() ?? ownSubdomain;

    public static string SubdomainRowLabel(Text t, SubdomainRef sub) => sub.Kind switch
    {
        SubdomainKind.Listed => sub.Listed?.Label.ToString() ?? sub.Key,
        SubdomainKind.Own => sub.OwnLabel ?? sub.OwnKey ?? "",
        _ => t["Initiatives.Matrix.NoSubdomain"],
    };

    public static string TargetGroupsLabel(Text t, InitiativeTargetGroups groups, string? other) =>
        string.Join(InitiativeSheet.Separator, TargetGroupSet.Split(groups).Select(g => g == InitiativeTargetGroups.Andere && other is not null ? $"{t.Enum(g)} ({other})" : t.Enum(g)));

    /// <summary>The combined value of the domain select.</summary>
    public static string DomainValue(string domain, string? subdomainCode) =>
        subdomainCode is null ? domain : domain + DomainSeparator + subdomainCode;

    /// <summary>Reads the domain select's value into a domain and a listed sub-domain, both checked against Figure 3.</summary>
    public static bool TryParseDomainValue(string? value, out string domain, out string? subdomainCode)
    {
        domain = "";
        subdomainCode = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var parts = value.Split(DomainSeparator, 2);
        if (InitiativeDomains.Find(parts[0]) is not { } d)
        {
            return false;
        }
        domain = d.Code;
        if (parts.Length == 2)
        {
            if (InitiativeDomains.FindSubdomain(d.Code, parts[1]) is not { } s)
            {
                return false;
            }
            subdomainCode = s.Code;
        }
        return true;
    }

    /// <summary>The domain select: per domain an option group with "in general" and each listed sub-domain.</summary>
    public static List<SelectListItem> DomainItems(Text t, string? firstText)
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        foreach (var d in InitiativeDomains.All)
        {
            var group = new SelectListGroup { Name = d.Label.ToString() };
            items.Add(new SelectListItem(t["Initiatives.Field.DomainGeneral", d.Label.ToString()], d.Code) { Group = group });
            items.AddRange(d.Subdomains.Select(s => new SelectListItem(s.Label.ToString(), DomainValue(d.Code, s.Code)) { Group = group }));
        }
        return items;
    }

    /// <summary>The filter of the list: the five domains only.</summary>
    public static List<SelectListItem> DomainFilterItems(Text t) =>
        [new SelectListItem(t["Initiatives.Filter.All"], ""), .. InitiativeDomains.All.Select(d => new SelectListItem(d.Label.ToString(), d.Code))];

    public static List<SelectListItem> TargetGroupItems(Text t, string? firstText)
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        items.AddRange(TargetGroupSet.All.Select(g => new SelectListItem(t.Enum(g), g.ToString())));
        return items;
    }

    public static List<SelectListItem> StatusItems(Text t, string? firstText)
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        items.AddRange(Enum.GetValues<InitiativeStatus>().Select(s => new SelectListItem(t.Enum(s), s.ToString())));
        return items;
    }

    /// <summary>The column header as the workbook writes it (in the reader's language).</summary>
    public static string ColumnHeader(Text t, InitiativeColumn column) => t[$"Initiatives.Column.{column}"];

    /// <summary>
    /// The words an import understands: headers and value labels in Dutch and English whatever the language of the
    /// person importing, because a colleague may have exported the workbook in the other language.
    /// </summary>
    public static InitiativeVocabulary Vocabulary()
    {
        var vocabulary = new InitiativeVocabulary();
        foreach (var culture in CultureSetup.SupportedUICultures)
        {
            foreach (var column in InitiativeSheet.Columns)
            {
                if (CirculairLocalizer.Find($"Initiatives.Column.{column}", culture) is { } header)
                {
                    vocabulary.AddHeader(column, header);
                }
                foreach (var alias in (CirculairLocalizer.Find($"Initiatives.ColumnAlias.{column}", culture) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    vocabulary.AddHeader(column, alias);
                }
            }
            foreach (var status in Enum.GetValues<InitiativeStatus>())
            {
                if (CirculairLocalizer.Find($"Enum.InitiativeStatus.{status}", culture) is { } label)
                {
                    vocabulary.AddStatus(status, label);
                }
            }
            foreach (var group in TargetGroupSet.All)
            {
                if (CirculairLocalizer.Find($"Enum.InitiativeTargetGroups.{group}", culture) is { } label)
                {
                    vocabulary.AddTargetGroup(group, label);
                }
                foreach (var alias in (CirculairLocalizer.Find($"Initiatives.TargetGroupAlias.{group}", culture) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    vocabulary.AddTargetGroup(group, alias);
                }
            }
        }
        return vocabulary;
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
