using AngleSharp.Html.Dom;
using Circulair.Initiatives;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Initiatives;

/// <summary>Arranges inventory content straight in the database, and submits forms with multi-valued fields (checkbox groups).</summary>
internal static class InitiativeArrange
{
    public static InitiativeDetails Details(string name, string domain = "consumentengoederen", InitiativeTargetGroups groups = InitiativeTargetGroups.Burgers,
        InitiativeStatus status = InitiativeStatus.Lopend, string? subdomain = null, string? own = null) => new()
    {
        Name = name,
        Domain = domain,
        SubdomainCode = subdomain,
        OwnSubdomain = own,
        TargetGroups = groups,
        Status = status,
    };

    public static Task<int> AddInitiativeAsync(this CirculairFactory app, TestOrganisation org, InitiativeDetails details) =>
        app.WithDbAsync(async (db, _) =>
        {
            var i = new Initiative(org.Id, details, app.Clock.GetUtcNow().UtcDateTime);
            db.Initiatives.Add(i);
            await db.SaveChangesAsync();
            return i.Id;
        });

    public static Task<int> AddInitiativeAsync(this CirculairFactory app, TestOrganisation org, string name, string domain = "consumentengoederen",
        InitiativeTargetGroups groups = InitiativeTargetGroups.Burgers, InitiativeStatus status = InitiativeStatus.Lopend, string? subdomain = null) =>
        app.AddInitiativeAsync(org, Details(name, domain, groups, status, subdomain));

    public static Task<int> AddStakeholderAsync(this CirculairFactory app, TestOrganisation org, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var s = new Stakeholder(org.Id, new StakeholderDetails { Name = name }, app.Clock.GetUtcNow().UtcDateTime);
            db.Stakeholders.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

    public static Task<List<Initiative>> InitiativesAsync(this CirculairFactory app, TestOrganisation org) =>
        app.WithDbAsync((db, _) => db.Initiatives.Where(i => i.OrganisationId == org.Id).Include(i => i.Partners).Include(i => i.LeadStakeholder).OrderBy(i => i.Id).ToListAsync());

    /// <summary>
    /// Submits a form like <see cref="AppClient.SubmitAsync(Page, string, IDictionary{string, string?}, string?)"/>, but a field in
    /// <paramref name="values"/> may carry several values (ticked boxes of one group); an empty array unticks them all.
    /// </summary>
    public static Task<Page> SubmitAsync(this AppClient client, Page page, string formSelector, IDictionary<string, string[]> values)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "image"):
                    if (input.Type is "checkbox" or "radio" ? input.IsChecked : true)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }
        foreach (var (name, list) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.AddRange(list.Select(v => new KeyValuePair<string, string>(name, v)));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        return client.PostAsync(action, fields, page.Url);
    }
}
