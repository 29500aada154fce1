using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>One test card with all its fields, its place on the board, its result and where that result sends the team.</summary>
public sealed class CardModel(CirculairDbContext db, CurrentOrganisation current) : TestCardPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCardAsync(ct) ? Page() : NotFound();
}
