using Circulair.Progress;

namespace Circulair.Web.Features.Help;

/// <summary>
/// The help text of one phase or tool of the method in one language, read from Content/help.{language}.json.
/// <see cref="Id"/> is stable ("tool-1", "scan", "phase-2") so a page names its help by it and a page added later only
/// has to render the panel with its id.
/// </summary>
public sealed record HelpEntry
{
    public required string Id { get; init; }

    /// <summary>"phase" or "tool".</summary>
    public required string Kind { get; init; }

    /// <summary>"1", "2", "3" or "pilot".</summary>
    public required string Phase { get; init; }

    /// <summary>The guide's tool number, when the tool has one.</summary>
    public int? Number { get; init; }

    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Purpose { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string Workshop { get; init; }
    public required string Good { get; init; }
    public required string Source { get; init; }

    /// <summary>Names of <see cref="Circulair.Workshops.ActivityKind"/> values: the live activities that run this step in a workshop.</summary>
    public IReadOnlyList<string> Activities { get; init; } = [];

    public bool IsPhase => Kind == "phase";

    /// <summary>Where the entry sits on the method's spine (the dashboard's phase).</summary>
    public Phase SpinePhase => Phase switch
    {
        "1" => Progress.Phase.Fase1,
        "2" => Progress.Phase.Fase2,
        "3" => Progress.Phase.Fase3,
        _ => Progress.Phase.Pilot,
    };

    /// <summary>The id of the phase entry this tool belongs to.</summary>
    public string PhaseId => Phase == "pilot" ? "pilots" : $"phase-{Phase}";

    /// <summary>The texts of the entry in reading order, for search and the handbook.</summary>
    public IEnumerable<string> Texts => [Title, Summary, Purpose, When, Who, Workshop, Good, Source];
}
