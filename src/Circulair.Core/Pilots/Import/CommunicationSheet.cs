using Circulair.Stakeholders;

namespace Circulair.Pilots.Import;

/// <summary>The columns of a communication-plan sheet (Tool 16). Only the audience is required.</summary>
public enum CommunicationColumn
{
    Number = 1,
    Audience = 2,
    Priority = 3,
    Message = 4,
    Objectives = 5,
    Channels = 6,
    Products = 7,
    StartsOn = 8,
    EndsOn = 9,
    Responsible = 10,
}

/// <summary>The layout of the communication-plan sheet: the Dutch headers the export writes; Dutch or English headers are read (case and accents do not matter).</summary>
public static class CommunicationSheet
{
    public const string SheetName = "Communicatieplan";
    public const int MaxRows = 500;

    public static readonly CommunicationColumn[] RequiredColumns = [CommunicationColumn.Audience];

    /// <summary>The Dutch headers an export writes, in order.</summary>
    public static readonly (CommunicationColumn Column, string Header)[] Headers =
    [
        (CommunicationColumn.Number, "Nr"), (CommunicationColumn.Audience, "Doelgroep"), (CommunicationColumn.Priority, "Prioriteit"),
        (CommunicationColumn.Message, "Boodschap"), (CommunicationColumn.Objectives, "Doelstellingen"), (CommunicationColumn.Channels, "Kanalen"),
        (CommunicationColumn.Products, "Communicatiemiddelen"), (CommunicationColumn.StartsOn, "Van"), (CommunicationColumn.EndsOn, "Tot"),
        (CommunicationColumn.Responsible, "Verantwoordelijke"),
    ];

    private static readonly Dictionary<string, CommunicationColumn> ByHeader = new(StringComparer.Ordinal)
    {
        ["nr"] = CommunicationColumn.Number, ["nummer"] = CommunicationColumn.Number, ["number"] = CommunicationColumn.Number, ["no"] = CommunicationColumn.Number,
        ["doelgroep"] = CommunicationColumn.Audience, ["audience"] = CommunicationColumn.Audience, ["stakeholder"] = CommunicationColumn.Audience,
        ["prioriteit"] = CommunicationColumn.Priority, ["priority"] = CommunicationColumn.Priority,
        ["boodschap"] = CommunicationColumn.Message, ["message"] = CommunicationColumn.Message,
        ["doelstellingen"] = CommunicationColumn.Objectives, ["doelstelling"] = CommunicationColumn.Objectives, ["objectives"] = CommunicationColumn.Objectives,
        ["kanalen"] = CommunicationColumn.Channels, ["kanaal"] = CommunicationColumn.Channels, ["channels"] = CommunicationColumn.Channels,
        ["communicatiemiddelen"] = CommunicationColumn.Products, ["communicatieproducten"] = CommunicationColumn.Products, ["producten"] = CommunicationColumn.Products, ["products"] = CommunicationColumn.Products,
        ["van"] = CommunicationColumn.StartsOn, ["start"] = CommunicationColumn.StartsOn, ["from"] = CommunicationColumn.StartsOn,
        ["tot"] = CommunicationColumn.EndsOn, ["einde"] = CommunicationColumn.EndsOn, ["until"] = CommunicationColumn.EndsOn, ["end"] = CommunicationColumn.EndsOn,
        ["verantwoordelijke"] = CommunicationColumn.Responsible, ["responsible"] = CommunicationColumn.Responsible, ["owner"] = CommunicationColumn.Responsible,
    };

    public static CommunicationColumn? Column(string header) =>
        ByHeader.TryGetValue(StakeholderText.NameKey(header), out var c) ? c : null;

    public static string Header(CommunicationColumn column) => Headers.First(h => h.Column == column).Header;

    /// <summary>The priority words a sheet may use, Dutch or English; blank means medium.</summary>
    private static readonly Dictionary<string, TestLevel> Priorities = new(StringComparer.Ordinal)
    {
        ["hoog"] = TestLevel.Hoog, ["high"] = TestLevel.Hoog, ["3"] = TestLevel.Hoog,
        ["gemiddeld"] = TestLevel.Gemiddeld, ["medium"] = TestLevel.Gemiddeld, ["middel"] = TestLevel.Gemiddeld, ["2"] = TestLevel.Gemiddeld,
        ["laag"] = TestLevel.Laag, ["low"] = TestLevel.Laag, ["1"] = TestLevel.Laag,
    };

    public static TestLevel? Priority(string text) => Priorities.TryGetValue(StakeholderText.NameKey(text), out var p) ? p : null;

    /// <summary>The word the export writes for a priority (the import reads it back).</summary>
    public static string PriorityWord(TestLevel level) => level switch
    {
        TestLevel.Hoog => "Hoog",
        TestLevel.Laag => "Laag",
        _ => "Gemiddeld",
    };
}
