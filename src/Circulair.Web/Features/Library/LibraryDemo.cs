using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The demo organisation took two cases from the knowledge library into its strategy: the Kortrijk sharing factory as
/// an idea for the backlog and the Leuven materials bank as a draft action with a pre-filled sheet.
/// </summary>
public sealed class LibraryDemo(KnowledgeLibrary library, Text t) : IDemoContent
{
    public const string IdeaCase = "deelfabriek-kortrijk";
    public const string ActionCase = "materialenbank-leuven";

    public int Order => 65;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var trajectory = await db.Trajectories.InOrganisation(org).OrderBy(x => x.Id).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
        if (trajectory is not { } trajectoryId || library.Cases.Find(IdeaCase) is not { } ideaCase || library.Cases.Find(ActionCase) is not { } actionCase)
        {
            return;
        }
        var clone = new CloneCase(db, t);
        await clone.ToIdeaAsync(org, trajectoryId, ideaCase, ideaCase.Title.Nl, demo.Now, ct);
        var numbers = await db.PlannedActions.InOrganisation(org).Where(a => a.TrajectoryId == trajectoryId).Select(a => a.Number).ToListAsync(ct);
        await clone.ToActionAsync(org, trajectoryId, actionCase,
            new ActionDetails { Number = ActionNumbering.Next(numbers), Title = "Een materialenbank voor bouwmaterialen (naar Leuven)", Status = ActionStatus.Idee }, demo.Now, ct);
    }
}
