using Circulair.Pilots;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// The "Pilootprojecten" card of "Waar staan we?": how many pilots there are and how far the furthest one got, and the
/// test cards on their boards with how many were validated.
/// </summary>
public sealed class PilotProgress : IProgressSource
{
    /// <summary>Pilots, the furthest step reached and the newest pilot; test cards by learning result.</summary>
    public sealed record Facts
    {
        public int Pilots { get; init; }
        public PilotStep? Furthest { get; init; }
        public int? NewestId { get; init; }
        public int TestCards { get; init; }
        public int Validated { get; init; }
        public int NotValidated { get; init; }
        public int Unclear { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var p = facts.Pilots;
        var url = $"/o/{facts.OrganisationSlug}/pilots";
        var furthest = p.Pilots == 0 ? 0 : (int)(p.Furthest ?? 0);
        // The test cards' entry opens a board (the newest pilot's) so that it leads somewhere other than the pilot list;
        // without a pilot there is no board yet, so it explains Tool 14 (a page every role, a Lezer too, may open).
        var boardUrl = p.NewestId is { } id ? $"{url}/{id}/tests" : "/help/tool-14";
        return
        [
            new ToolProgress(Phase.Pilot, 1, "Pilots.Progress.Pilots", p.Pilots > 0,
                p.Pilots == 0 ? "Pilots.Progress.NoPilots" : "Pilots.Progress.PilotsSummary", [p.Pilots, furthest], url),
            new ToolProgress(Phase.Pilot, 14, "Pilots.Progress.Tests", p.TestCards > 0,
                p.TestCards == 0 ? "Pilots.Progress.NoTests" : "Pilots.Progress.TestsSummary",
                [p.TestCards, p.Validated, p.NotValidated, p.Unclear], boardUrl),
        ];
    }
}
