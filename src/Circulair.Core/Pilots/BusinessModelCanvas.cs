using System.Text.Json;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots;

/// <summary>
/// The content of a circular business model canvas (Tool 12) as a value: its nine numbered blocks. It is what the page
/// edits and what a version store keeps (<see cref="ToJson"/> / <see cref="FromJson"/>, decision 0275).
/// </summary>
public sealed record BusinessModelSnapshot
{
    /// <summary>1 Waardepropositie.</summary>
    public string? ValueProposition { get; init; }

    /// <summary>2 Gebruikerssegmenten.</summary>
    public string? UserSegments { get; init; }

    /// <summary>3 Kanalen.</summary>
    public string? Channels { get; init; }

    /// <summary>4 Gebruikersrelatie.</summary>
    public string? UserRelationship { get; init; }

    /// <summary>5 Kernactiviteiten.</summary>
    public string? KeyActivities { get; init; }

    /// <summary>6 Middelen.</summary>
    public string? Resources { get; init; }

    /// <summary>7 Kernpartners.</summary>
    public string? KeyPartners { get; init; }

    /// <summary>8 Omzetstromen.</summary>
    public string? RevenueStreams { get; init; }

    /// <summary>9 Kostenstructuur.</summary>
    public string? CostStructure { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static BusinessModelSnapshot FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new BusinessModelSnapshot() : JsonSerializer.Deserialize<BusinessModelSnapshot>(json) ?? new BusinessModelSnapshot();
}

/// <summary>The nine blocks of Tool 12 in the guide's numbering, for pages that walk them in order.</summary>
public enum BusinessModelBlock
{
    ValueProposition = 1,
    UserSegments = 2,
    Channels = 3,
    UserRelationship = 4,
    KeyActivities = 5,
    Resources = 6,
    KeyPartners = 7,
    RevenueStreams = 8,
    CostStructure = 9,
}

/// <summary>
/// A pilot's circular business model canvas (Tool 12): one per pilot, nine numbered blocks of free text. The canvas
/// is read and written as a whole through <see cref="BusinessModelSnapshot"/>, so a version is simply that snapshot.
/// </summary>
public sealed class PilotBusinessModel : IOrganisationScoped
{
    public const int BlockMaxLength = 4000;

    private PilotBusinessModel() { }

    public PilotBusinessModel(Pilot pilot, BusinessModelSnapshot content, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        Restore(content, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public string? ValueProposition { get; private set; }
    public string? UserSegments { get; private set; }
    public string? Channels { get; private set; }
    public string? UserRelationship { get; private set; }
    public string? KeyActivities { get; private set; }
    public string? Resources { get; private set; }
    public string? KeyPartners { get; private set; }
    public string? RevenueStreams { get; private set; }
    public string? CostStructure { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public BusinessModelSnapshot Snapshot => new()
    {
        ValueProposition = ValueProposition, UserSegments = UserSegments, Channels = Channels, UserRelationship = UserRelationship,
        KeyActivities = KeyActivities, Resources = Resources, KeyPartners = KeyPartners, RevenueStreams = RevenueStreams, CostStructure = CostStructure,
    };

    /// <summary>Sets every block at once (an edit, or a version brought back).</summary>
    public void Restore(BusinessModelSnapshot content, DateTime now)
    {
        ValueProposition = StrategyText.Clean(content.ValueProposition, BlockMaxLength);
        UserSegments = StrategyText.Clean(content.UserSegments, BlockMaxLength);
        Channels = StrategyText.Clean(content.Channels, BlockMaxLength);
        UserRelationship = StrategyText.Clean(content.UserRelationship, BlockMaxLength);
        KeyActivities = StrategyText.Clean(content.KeyActivities, BlockMaxLength);
        Resources = StrategyText.Clean(content.Resources, BlockMaxLength);
        KeyPartners = StrategyText.Clean(content.KeyPartners, BlockMaxLength);
        RevenueStreams = StrategyText.Clean(content.RevenueStreams, BlockMaxLength);
        CostStructure = StrategyText.Clean(content.CostStructure, BlockMaxLength);
        UpdatedAt = now;
    }

    public static string? Block(BusinessModelSnapshot s, BusinessModelBlock block) => block switch
    {
        BusinessModelBlock.ValueProposition => s.ValueProposition,
        BusinessModelBlock.UserSegments => s.UserSegments,
        BusinessModelBlock.Channels => s.Channels,
        BusinessModelBlock.UserRelationship => s.UserRelationship,
        BusinessModelBlock.KeyActivities => s.KeyActivities,
        BusinessModelBlock.Resources => s.Resources,
        BusinessModelBlock.KeyPartners => s.KeyPartners,
        BusinessModelBlock.RevenueStreams => s.RevenueStreams,
        BusinessModelBlock.CostStructure => s.CostStructure,
        _ => throw new DomainException("Errors.NotFound"),
    };
}
