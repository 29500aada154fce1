using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;

namespace Circulair.Pilots;

/// <summary>What one row of the communication plan holds (the form and the import both set it).</summary>
public sealed record CommunicationDetails
{
    /// <summary>The audience: a stakeholder of the organisation's register (Tool 1).</summary>
    public int StakeholderId { get; init; }
    public TestLevel Priority { get; init; } = TestLevel.Gemiddeld;
    public string? Message { get; init; }
    public string? Objectives { get; init; }
    public string? Channels { get; init; }
    public string? Products { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string? Responsible { get; init; }
}

/// <summary>
/// One row of a pilot's communication plan (Tool 16): an audience from the stakeholder register with its priority, the
/// message for it, the objectives, channels and communication products, the timing (from–until) and who is
/// responsible. Rows are numbered within the pilot, so an exported sheet can be imported again row by row.
/// </summary>
public sealed class PilotCommunication : IOrganisationScoped
{
    public const int TextMaxLength = 2000;
    public const int ShortMaxLength = 200;

    private PilotCommunication() { }

    public PilotCommunication(Pilot pilot, int number, CommunicationDetails details, DateTime now)
    {
        if (number < 1)
        {
            throw new DomainException("Errors.NotFound");
        }
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        Number = number;
        CreatedAt = now;
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public int Number { get; private set; }
    public int StakeholderId { get; private set; }
    public TestLevel Priority { get; private set; }
    public string? Message { get; private set; }
    public string? Objectives { get; private set; }
    public string? Channels { get; private set; }
    public string? Products { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public string? Responsible { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public CommunicationDetails Details => new()
    {
        StakeholderId = StakeholderId, Priority = Priority, Message = Message, Objectives = Objectives, Channels = Channels,
        Products = Products, StartsOn = StartsOn, EndsOn = EndsOn, Responsible = Responsible,
    };

    public void Describe(CommunicationDetails details)
    {
        if (!Enum.IsDefined(details.Priority) || details.StakeholderId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        if (details.StartsOn is { } from && details.EndsOn is { } until && until < from)
        {
            throw new DomainException("Pilots.Error.EndBeforeStart");
        }
        StakeholderId = details.StakeholderId;
        Priority = details.Priority;
        Message = Clean(details.Message, TextMaxLength);
        Objectives = Clean(details.Objectives, TextMaxLength);
        Channels = Clean(details.Channels, TextMaxLength);
        Products = Clean(details.Products, TextMaxLength);
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        Responsible = Clean(details.Responsible, ShortMaxLength);
    }

    /// <summary>Trimmed, line breaks as \n (as the import reads them), so an exported row reads back unchanged.</summary>
    private static string? Clean(string? value, int max) => StrategyText.Clean(StakeholderText.CleanMultiline(value), max);
}
