using Circulair.FollowUp.Owners;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// Owners without an account in "Demostad (voorbeeld)": the trekker of A03 (the materials bank) and a partner on A03 and
/// A01, each with a link sent a week ago. The addresses are invented and end in .invalid, so no mail can ever arrive.
/// </summary>
public sealed class OwnersDemo : IDemoContent
{
    public int Order => 75;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var actions = await db.PlannedActions.InOrganisation(org).Where(a => a.Number == "A01" || a.Number == "A03").ToDictionaryAsync(a => a.Number, ct);
        var contacts = new List<OwnerContact>();
        if (actions.TryGetValue("A03", out var a3))
        {
            contacts.Add(new OwnerContact(a3, OwnerRole.Trekker, "Sofie Materiaal (fictief)", "sofie.materiaal@demostad.invalid", null, demo.Now));
            contacts.Add(new OwnerContact(a3, OwnerRole.Partner, "Jonas Kringwinkel (fictief)", "jonas@kringwinkel-demo.invalid", null, demo.Now));
        }
        if (actions.TryGetValue("A01", out var a1))
        {
            contacts.Add(new OwnerContact(a1, OwnerRole.Partner, "Jonas Kringwinkel (fictief)", "jonas@kringwinkel-demo.invalid", null, demo.Now));
        }
        if (contacts.Count == 0)
        {
            return;
        }
        db.OwnerContacts.AddRange(contacts);
        await db.SaveChangesAsync(ct);
        foreach (var contact in contacts)
        {
            // The token is thrown away: the demo shows that links went out, not a link that works.
            db.OwnerLinks.Add(OwnerLink.Issue(contact, demo.Now.AddDays(-7), OwnerLink.DefaultLifetime).Link);
        }
        await db.SaveChangesAsync(ct);
    }
}
