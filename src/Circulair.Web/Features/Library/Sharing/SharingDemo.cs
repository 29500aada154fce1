using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// The demo organisation's circularity profile and its part in the shared library: its actions and its pilot tagged
/// with an R-ladder strategy and a value-chain step (one action left untagged, so the profile shows that case too),
/// and its circular purchasing training published to the shared library, approved by its Beheerder, without the
/// trekker's name or the budget.
/// </summary>
public sealed class SharingDemo(KnowledgeLibrary library) : IDemoContent
{
    public const string PublishedNumber = "A01";

    private static readonly Dictionary<string, (string R, ValueChainStep Step)> Tags = new()
    {
        ["A01"] = ("R2", ValueChainStep.Keten),
        ["A02"] = ("R3", ValueChainStep.Inzameling),
        ["A03"] = ("R3", ValueChainStep.Distributie),
        ["A04"] = ("R4", ValueChainStep.Gebruik),
        ["A05"] = ("R1", ValueChainStep.Gebruik),
        ["A06"] = ("R8", ValueChainStep.Inzameling),
        ["A07"] = ("R9", ValueChainStep.Verwerking),
    };

    public int Order => 95;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var actions = await db.PlannedActions.InOrganisation(org).ToListAsync(ct);
        foreach (var action in actions.Where(a => a.RStrategyCode is null && Tags.ContainsKey(a.Number)))
        {
            var (r, step) = Tags[action.Number];
            action.Classify(r, step, action.SubdomainCode, demo.Now);
        }
        foreach (var pilot in await db.Pilots.InOrganisation(org).Where(p => p.RStrategyCode == null).ToListAsync(ct))
        {
            pilot.Classify("R3", ValueChainStep.Distributie);
        }
        await db.SaveChangesAsync(ct);

        // A person's example publishes nothing: the shared library is the whole instance's, not a sandbox.
        if (demo.Personal
            || actions.FirstOrDefault(a => a.Number == PublishedNumber) is not { } published
            || await new SharedSources(db, library).TakeAsync(org, SharedItemKind.Action, published.Id, ct) is not { } snapshot)
        {
            return;
        }
        var item = new SharedLibraryItem(org, demo.Organisation.Name, published.Id, snapshot.Stripped(false, false), false, false, demo.Coordinator.Id, demo.Now.AddDays(-3));
        item.Approve(demo.Coordinator.Id, demo.Now.AddDays(-2));
        db.SharedLibraryItems.Add(item);
    }
}
