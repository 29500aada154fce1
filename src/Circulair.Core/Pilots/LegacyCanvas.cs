using System.Text.Json;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots;

/// <summary>
/// The content of a legacy canvas (Tool 15) as a value: the legacy statement, the constraints and the four scaling
/// strategies. What the page edits and what a version store keeps (<see cref="ToJson"/> / <see cref="FromJson"/>).
/// </summary>
public sealed record LegacySnapshot
{
    public string? Statement { get; init; }
    public string? Constraints { get; init; }

    /// <summary>Scale up: new products or services, another area, other target groups.</summary>
    public string? ScaleUp { get; init; }

    /// <summary>Scale deep: a change in mindset and behaviour, a movement.</summary>
    public string? ScaleDeep { get; init; }

    /// <summary>Scale out: make it transferable (advice, training, open source).</summary>
    public string? ScaleOut { get; init; }

    /// <summary>Scale down: stop what adds no impact.</summary>
    public string? ScaleDown { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static LegacySnapshot FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new LegacySnapshot() : JsonSerializer.Deserialize<LegacySnapshot>(json) ?? new LegacySnapshot();
}

/// <summary>A pilot's legacy canvas (Tool 15, step 3): what the pilot should leave behind and how it scales. One per pilot.</summary>
public sealed class PilotLegacyCanvas : IOrganisationScoped
{
    public const int TextMaxLength = 4000;

    private PilotLegacyCanvas() { }

    public PilotLegacyCanvas(Pilot pilot, LegacySnapshot content, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        Restore(content, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public string? Statement { get; private set; }
    public string? Constraints { get; private set; }
    public string? ScaleUp { get; private set; }
    public string? ScaleDeep { get; private set; }
    public string? ScaleOut { get; private set; }
    public string? ScaleDown { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public LegacySnapshot Snapshot => new()
    {
        Statement = Statement, Constraints = Constraints, ScaleUp = ScaleUp, ScaleDeep = ScaleDeep, ScaleOut = ScaleOut, ScaleDown = ScaleDown,
    };

    public void Restore(LegacySnapshot content, DateTime now)
    {
        Statement = StrategyText.Clean(content.Statement, TextMaxLength);
        Constraints = StrategyText.Clean(content.Constraints, TextMaxLength);
        ScaleUp = StrategyText.Clean(content.ScaleUp, TextMaxLength);
        ScaleDeep = StrategyText.Clean(content.ScaleDeep, TextMaxLength);
        ScaleOut = StrategyText.Clean(content.ScaleOut, TextMaxLength);
        ScaleDown = StrategyText.Clean(content.ScaleDown, TextMaxLength);
        UpdatedAt = now;
    }
}
