using Circulair.Library;
using Circulair.Reference;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Library;

/// <summary>Labels and select lists shared by the library's pages.</summary>
public static class CaseLabels
{
    public static string Role(Text t, GovernmentRole role) => t[$"Library.Role.{role}"];

    public static string Chain(Text t, ValueChainStep step) => t[$"Library.Chain.{step}"];

    public static string RStrategy(string code) => RLadder.Find(code) is { } r ? $"{r.Code} {r.Name}" : code;

    public static List<SelectListItem> DomainItems(Text t, string? selected) =>
        [new(t["Library.Filter.All"], ""), .. ActionDomains.All.Select(d => new SelectListItem(d.Label.ToString(), d.Code, d.Code == selected))];

    public static List<SelectListItem> SubdomainItems(Text t, string? selected) =>
    [
        new(t["Library.Filter.All"], ""),
        .. ActionDomains.All.SelectMany(d => d.Subdomains.Select(s => new SelectListItem($"{s.Label} ({d.Label})", s.Code, s.Code == selected))),
    ];

    public static List<SelectListItem> RItems(Text t, string? selected) =>
        [new(t["Library.Filter.All"], ""), .. RLadder.All.Select(r => new SelectListItem($"{r.Code} {r.Name}", r.Code, r.Code == selected))];

    public static List<SelectListItem> ChainItems(Text t, ValueChainStep? selected) =>
        [new(t["Library.Filter.All"], ""), .. Enum.GetValues<ValueChainStep>().Select(s => new SelectListItem(Chain(t, s), s.Code(), s == selected))];

    public static List<SelectListItem> RoleItems(Text t, GovernmentRole? selected) =>
        [new(t["Library.Filter.All"], ""), .. Enum.GetValues<GovernmentRole>().Select(r => new SelectListItem(Role(t, r), r.Code(), r == selected))];
}
