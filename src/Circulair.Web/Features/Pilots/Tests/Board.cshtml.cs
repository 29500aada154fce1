using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>
/// The progress board (Tool 14): the pilot's test cards over Backlog → Build → Measure → Learn. Each card has a small
/// form to move it (a column to choose, and buttons one column left or right), which is the no-JavaScript and the
/// keyboard way; dragging a card posts the same form. Starting a test without its criterion is refused with the reason.
/// </summary>
[CachedPage(Shared = true)]
public sealed class BoardModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current)
{
    public List<PilotTestCard> Cards { get; private set; } = [];

    /// <summary>The card a refused move was about, to point the error at.</summary>
    public int? RefusedCardId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int cardId, TestStage? stage, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var card = Cards.FirstOrDefault(c => c.Id == cardId);
        if (card is null)
        {
            return NotFound();
        }
        if (stage is not { } to || !Enum.IsDefined(to))
        {
            RefusedCardId = card.Id;
            ModelState.AddModelError($"card-{card.Id}", t["Pilots.Validation.ColumnRequired", card.Name]);
            return Page();
        }
        if (card.Stage == TestStage.Backlog && to != TestStage.Backlog && !card.HasCriterion)
        {
            // The guide insists the criterion is set before testing; say why instead of only refusing.
            RefusedCardId = card.Id;
            ModelState.AddModelError($"card-{card.Id}", t["Pilots.Validation.CriterionFirst", card.Name]);
            return Page();
        }
        card.MoveTo(to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Board.Moved";
        TempData["FlashArguments"] = new[] { card.Name, t.Enum(to) };
        return Redirect(Link($"/tests#card-{card.Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        Cards = await Db.PilotTestCards.InOrganisation(Org.Id).Where(c => c.PilotId == Pilot.Id).OrderBy(c => c.Id).ToListAsync(ct);
        return true;
    }
}
