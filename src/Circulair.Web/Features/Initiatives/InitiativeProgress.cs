using Circulair.Initiatives;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Initiatives;

/// <summary>Tool 5 (the inventory of existing initiatives) on "Waar staan we?", phase 1: how many, and how many matrix cells are still empty.</summary>
public sealed class InitiativeProgress : IProgressSource
{
    /// <summary>What the card says of the matrix (<see cref="InitiativeMatrix"/>): initiatives counted, domains reached, empty cells of all cells.</summary>
    public sealed record Facts
    {
        public int Total { get; init; }
        public int Domains { get; init; }
        public int EmptyCells { get; init; }
        public int Cells { get; init; }

        public static Facts Of(InitiativeMatrix matrix) => new()
        {
            Total = matrix.Total, Domains = matrix.Domains.Count(d => d.Row.Total > 0), EmptyCells = matrix.EmptyCells, Cells = matrix.CellCount,
        };
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var matrix = facts.Initiatives;
        var url = $"/o/{facts.OrganisationSlug}/initiatives";
        return
        [
            matrix.Total > 0
                ? new ToolProgress(Phase.Fase1, 5, "Initiatives.Progress.Tool5", true, Counted.KeyFor("Initiatives.Progress.Summary", matrix.Total),
                    [matrix.Total, matrix.Domains, matrix.EmptyCells, matrix.Cells], url + "/matrix")
                : new ToolProgress(Phase.Fase1, 5, "Initiatives.Progress.Tool5", false, "Initiatives.Progress.Empty", [], url),
        ];
    }
}
