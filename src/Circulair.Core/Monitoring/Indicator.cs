using Circulair.Persistence;

namespace Circulair.Monitoring;

/// <summary>
/// An indicator on the chain of Figure 10 (guide ch. 5, phase 3): its level from input to impact, what it measures
/// and in which unit, which way is better, how and how often it is measured and by whom, a baseline and targets.
/// It measures goals and actions of the strategy (<see cref="IndicatorGoalLink"/>, <see cref="IndicatorActionLink"/>)
/// and holds one <see cref="Measurement"/> per year. An indicator adopted from the standard set keeps that set's
/// <see cref="StandardCode"/>, the shared identity on which organisations can later be compared.
/// </summary>
public sealed class Indicator : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int DefinitionMaxLength = 2000;
    public const int UnitMaxLength = 40;
    public const int OwnerMaxLength = 200;
    public const int SourceMaxLength = 300;
    public const int StandardCodeMaxLength = 40;
    public const int RegionKeyMaxLength = 40;

    private readonly List<IndicatorTarget> _targets = [];

    private Indicator()
    {
        Name = "";
        Unit = "";
    }

    public Indicator(int organisationId, IndicatorDetails details, string? standardCode, DateTime now)
    {
        OrganisationId = organisationId;
        StandardCode = standardCode;
        CreatedAt = now;
        Name = "";
        Unit = "";
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>The code of the standard set this indicator was adopted from; null for the organisation's own indicators.</summary>
    public string? StandardCode { get; private set; }

    /// <summary>
    /// The key of the region's definition this indicator was adopted from (<c>RegionIndicatorDefinition.Key</c>), or
    /// null: the shared identity on which a region compares its members, like <see cref="StandardCode"/> (decision 0350).
    /// </summary>
    public string? RegionKey { get; private set; }

    public IndicatorLevel Level { get; private set; }
    public string Name { get; private set; }
    public string? Definition { get; private set; }
    public string Unit { get; private set; }
    public IndicatorDirection Direction { get; private set; }
    public MeasurementInstrument Instrument { get; private set; }
    public MeasurementFrequency Frequency { get; private set; }
    public string? Owner { get; private set; }
    public double? BaselineValue { get; private set; }
    public int? BaselineYear { get; private set; }
    public string? Source { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The shared-library item (its id) this indicator was copied from, kept as lineage; the item may since be withdrawn.</summary>
    public int? SourceLibraryItemId { get; private set; }

    /// <summary>Records that the indicator was cloned from a published item of the shared library.</summary>
    public void CopiedFromShared(int sharedLibraryItemId)
    {
        if (sharedLibraryItemId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        SourceLibraryItemId = sharedLibraryItemId;
    }

    public IReadOnlyList<IndicatorTarget> Targets => _targets;

    /// <summary>A copy of a definition a region pushed, keeping the region's key; the texts are then the member's to edit.</summary>
    public static Indicator AdoptedFromRegion(int organisationId, IndicatorDetails details, string regionKey, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(regionKey) || regionKey.Length > RegionKeyMaxLength)
        {
            throw new ArgumentException("A region key is required.", nameof(regionKey));
        }
        return new Indicator(organisationId, details, null, now) { RegionKey = regionKey };
    }

    public IndicatorDetails Details => new()
    {
        Level = Level, Name = Name, Definition = Definition, Unit = Unit, Direction = Direction, Instrument = Instrument, Frequency = Frequency,
        Owner = Owner, BaselineValue = BaselineValue, BaselineYear = BaselineYear, Source = Source,
        Targets = [.. _targets.OrderBy(t => t.Year).Select(t => new TargetValue(t.Year, t.Value))],
    };

    /// <summary>The path from the baseline through the targets, or null while either is missing.</summary>
    public IndicatorPath? Path => IndicatorPath.From(BaselineValue, BaselineYear, _targets.Select(t => new TargetValue(t.Year, t.Value)));

    /// <summary>Sets every field and the targets (existing years keep their row, years no longer given are removed). Refuses details that break <see cref="IndicatorRules"/>.</summary>
    public void Describe(IndicatorDetails d)
    {
        if (IndicatorRules.Check(d) is { Count: > 0 } problems)
        {
            throw new DomainException(problems[0].Key, problems[0].Arguments);
        }
        Level = d.Level;
        Name = d.Name.Trim();
        Definition = Clean(d.Definition);
        Unit = d.Unit.Trim();
        Direction = d.Direction;
        Instrument = d.Instrument;
        Frequency = d.Frequency;
        Owner = Clean(d.Owner);
        BaselineValue = d.BaselineValue;
        BaselineYear = d.BaselineYear;
        Source = Clean(d.Source);
        _targets.RemoveAll(t => d.Targets.All(n => n.Year != t.Year));
        foreach (var target in d.Targets)
        {
            if (_targets.FirstOrDefault(t => t.Year == target.Year) is { } existing)
            {
                existing.Value = target.Value;
            }
            else
            {
                _targets.Add(new IndicatorTarget(OrganisationId, target.Year, target.Value));
            }
        }
    }

    /// <summary>Sets the baseline when none was given yet (the scan's first year of figures); an existing baseline is the team's choice and stays.</summary>
    public bool TakeBaselineIfMissing(int year, double value)
    {
        if (BaselineYear is not null || BaselineValue is not null || _targets.Any(t => t.Year <= year))
        {
            return false;
        }
        (BaselineYear, BaselineValue) = (year, value);
        return true;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
