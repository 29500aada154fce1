using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

public sealed record PilotRow(int Id, string Name, PilotTemplate? Template, PilotStep Step, DateOnly StepSince, int Tests, int Validated);

/// <summary>The organisation's pilot projects (chapter 6), each with its step and how many of its tests were validated.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public List<PilotRow> Pilots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "pilots";
        var org = current.Value.Id;
        var cards = db.Set<PilotTestCard>();
        Pilots = await db.Pilots.InOrganisation(org).OrderBy(p => p.Name)
            .Select(p => new PilotRow(p.Id, p.Name, p.Template, p.Step, p.StepSince,
                cards.Count(c => c.PilotId == p.Id),
                cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.Gevalideerd)))
            .ToListAsync(ct);
    }
}
