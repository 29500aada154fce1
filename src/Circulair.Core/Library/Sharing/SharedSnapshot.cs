using System.Globalization;
using Circulair.Monitoring;
using Circulair.Pilots;
using Circulair.Strategy;

namespace Circulair.Library.Sharing;

/// <summary>
/// The copy of an action, pilot or indicator that goes to the shared library: a title, the classification other
/// organisations filter on, and its fields, each marked as content, personal data (names of trekkers, owners and
/// partners) or internal budget. <see cref="Stripped"/> keeps the personal data and the budget only when the
/// publisher ticked them in; ids of the publisher's own rows (lines, stakeholders, members) never go in.
/// Enum fields hold the enum's name, so a clone can read them back.
/// </summary>
public sealed record SharedSnapshot(SharedItemKind Kind, string Title, string? DomainCode, string? RStrategyCode, ValueChainStep? ValueChain, IReadOnlyList<SnapshotField> Fields)
{
    public const int SearchTextMaxLength = 1000;

    public SharedSnapshot Stripped(bool includePersonalData, bool includeBudget) => this with
    {
        Fields = Fields.Where(f => f.Part == SnapshotPart.Content
            || f.Part == SnapshotPart.PersonalData && includePersonalData
            || f.Part == SnapshotPart.Budget && includeBudget).ToList(),
    };

    public bool Has(SnapshotPart part) => Fields.Any(f => f.Part == part);

    public string? Value(string name) => Fields.FirstOrDefault(f => f.Name == name)?.Value;

    /// <summary>The e-mail addresses and phone numbers in the title and every field.</summary>
    public IReadOnlyList<PersonalDataMatch> PersonalDataInText() => PersonalDataDetector.FindAll(Fields.Select(f => f.Value).Prepend(Title));

    public static SharedSnapshot OfAction(PlannedAction a, string? domainCode, string? ownerName, IReadOnlyList<string> partnerNames) =>
        OfAction(a,
            [.. a.Milestones.OrderBy(m => m.Position).Select(m => m.Description)],
            [.. a.Steps.OrderBy(s => s.Position).Select(s => s.Step)],
            [.. a.Risks.OrderBy(r => r.Position).Select(r => r.Description)],
            [.. a.Budget.OrderBy(b => b.Year).Select(b => (b.Year, b.Fte, b.Euros))],
            domainCode, ownerName, partnerNames);

    /// <summary>
    /// The snapshot of an action from its own fields and its sheet's lists as read apart, each in order (milestones,
    /// steps and risks by position, budget by year): the action's navigations are not used, so a page may read the
    /// lists in fewer commands than one per list.
    /// </summary>
    public static SharedSnapshot OfAction(PlannedAction a, IReadOnlyList<string> milestones, IReadOnlyList<string> steps, IReadOnlyList<string> risks,
        IReadOnlyList<(int Year, double? Fte, decimal? Euros)> budget, string? domainCode, string? ownerName, IReadOnlyList<string> partnerNames)
    {
        var fields = new List<SnapshotField>();
        Add(fields, nameof(a.Description), a.Description);
        Add(fields, nameof(a.DesiredResults), a.DesiredResults);
        Add(fields, nameof(a.PreconditionsTechnical), a.PreconditionsTechnical);
        Add(fields, nameof(a.PreconditionsLegal), a.PreconditionsLegal);
        Add(fields, nameof(a.PreconditionsSpatial), a.PreconditionsSpatial);
        Add(fields, nameof(a.PreconditionsOrganisational), a.PreconditionsOrganisational);
        Add(fields, nameof(a.FirstSteps), a.FirstSteps);
        Add(fields, nameof(a.BusinessCase), a.BusinessCase);
        Add(fields, nameof(a.Communication), a.Communication);
        Add(fields, nameof(a.Monitoring), a.Monitoring);
        Add(fields, nameof(a.Indicator), a.Indicator);
        Add(fields, nameof(a.Neighbours), a.Neighbours);
        Add(fields, nameof(a.Size), a.Size?.ToString());
        Add(fields, "Milestones", string.Join("\n", milestones));
        Add(fields, "Steps", string.Join("\n", steps));
        Add(fields, "Risks", string.Join("\n", risks));
        Add(fields, "OwnerName", ownerName, SnapshotPart.PersonalData);
        Add(fields, "Partners", string.Join(", ", partnerNames), SnapshotPart.PersonalData);
        Add(fields, nameof(a.Funding), a.Funding, SnapshotPart.Budget);
        Add(fields, "BudgetYears", string.Join("\n", budget.Select(b =>
            string.Create(CultureInfo.InvariantCulture, $"{b.Year}: {b.Fte} VTE, € {b.Euros:0.##}"))), SnapshotPart.Budget);
        return new SharedSnapshot(SharedItemKind.Action, a.Title, domainCode, a.RStrategyCode, a.ValueChainStep, fields);
    }

    public static SharedSnapshot OfPilot(Pilot p, string? domainCode, IReadOnlyList<string> partnerNames)
    {
        var fields = new List<SnapshotField>();
        Add(fields, nameof(p.Template), p.Template?.ToString());
        Add(fields, nameof(p.Description), p.Description);
        Add(fields, nameof(p.TypicalPartners), p.TypicalPartners);
        Add(fields, nameof(p.PersonaSketch), p.PersonaSketch);
        Add(fields, nameof(p.ValueSketch), p.ValueSketch);
        Add(fields, nameof(p.ProgressDefinition), p.ProgressDefinition);
        Add(fields, nameof(p.Step), p.Step.ToString());
        Add(fields, "Partners", string.Join(", ", partnerNames), SnapshotPart.PersonalData);
        return new SharedSnapshot(SharedItemKind.Pilot, p.Name, domainCode, p.RStrategyCode, p.ValueChainStep, fields);
    }

    public static SharedSnapshot OfIndicator(Indicator i)
    {
        var fields = new List<SnapshotField>();
        Add(fields, nameof(i.Level), i.Level.ToString());
        Add(fields, nameof(i.Definition), i.Definition);
        Add(fields, nameof(i.Unit), i.Unit);
        Add(fields, nameof(i.Direction), i.Direction.ToString());
        Add(fields, nameof(i.Instrument), i.Instrument.ToString());
        Add(fields, nameof(i.Frequency), i.Frequency.ToString());
        Add(fields, nameof(i.Source), i.Source);
        Add(fields, nameof(i.StandardCode), i.StandardCode);
        Add(fields, nameof(i.Owner), i.Owner, SnapshotPart.PersonalData);
        return new SharedSnapshot(SharedItemKind.Indicator, i.Name, null, null, null, fields);
    }

    private static void Add(List<SnapshotField> fields, string name, string? value, SnapshotPart part = SnapshotPart.Content)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new SnapshotField(name, value.Trim(), part));
        }
    }
}
