using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>The pages of one test card: the card, loaded within the pilot and the organisation (anything else answers 404).</summary>
public abstract class TestCardPageModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    [FromRoute]
    public int TestCardId { get; set; }

    public PilotTestCard Card { get; private set; } = null!;

    protected async Task<bool> LoadCardAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        var card = await Db.PilotTestCards.InOrganisation(Org.Id).FirstOrDefaultAsync(c => c.Id == TestCardId && c.PilotId == Pilot.Id, ct);
        if (card is null)
        {
            return false;
        }
        Card = card;
        return true;
    }
}
