using Circulair.Monitoring;
using Circulair.Persistence;

namespace Circulair.Regions;

/// <summary>
/// An indicator definition a region pushes to its members. A member that adopts it gets its own
/// <see cref="Indicator"/> with these details and <see cref="Indicator.RegionKey"/> = <see cref="Key"/>: the shared
/// identity on which the region can later compare the members, like a standard code. The key is a random text, not a
/// row id, so it survives an organisation archive moved to another installation (decision 0350).
/// </summary>
public sealed class RegionIndicatorDefinition : IOrganisationScoped
{
    public const int KeyMaxLength = 40;

    private RegionIndicatorDefinition()
    {
        Key = "";
        Name = "";
        Unit = "";
    }

    public RegionIndicatorDefinition(int regionId, IndicatorDetails details, DateTime now)
    {
        OrganisationId = regionId;
        Key = "R-" + Guid.NewGuid().ToString("N");
        PushedAt = now;
        Name = "";
        Unit = "";
        Describe(details);
    }

    public int Id { get; private set; }

    /// <summary>The region.</summary>
    public int OrganisationId { get; private set; }

    public string Key { get; private set; }
    public IndicatorLevel Level { get; private set; }
    public string Name { get; private set; }
    public string? Definition { get; private set; }
    public string Unit { get; private set; }
    public IndicatorDirection Direction { get; private set; }
    public MeasurementInstrument Instrument { get; private set; }
    public MeasurementFrequency Frequency { get; private set; }
    public string? Source { get; private set; }
    public DateTime PushedAt { get; private set; }

    /// <summary>The details a member's adopted copy starts from (no baseline, no targets: those are the member's own).</summary>
    public IndicatorDetails Details => new()
    {
        Level = Level, Name = Name, Definition = Definition, Unit = Unit, Direction = Direction, Instrument = Instrument,
        Frequency = Frequency, Source = Source,
    };

    public void Describe(IndicatorDetails d)
    {
        var problems = IndicatorRules.Check(d with { BaselineValue = null, BaselineYear = null, Targets = [] });
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Key, problems[0].Arguments);
        }
        Level = d.Level;
        Name = d.Name.Trim();
        Definition = string.IsNullOrWhiteSpace(d.Definition) ? null : d.Definition.Trim();
        Unit = d.Unit.Trim();
        Direction = d.Direction;
        Instrument = d.Instrument;
        Frequency = d.Frequency;
        Source = string.IsNullOrWhiteSpace(d.Source) ? null : d.Source.Trim();
    }
}
