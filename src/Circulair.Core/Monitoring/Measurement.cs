using Circulair.Persistence;

namespace Circulair.Monitoring;

/// <summary>
/// The value of an indicator for one year (one per indicator and year: the chain reports yearly, like the Flemish
/// figures it is compared with; a more frequent count updates its year). It names its source and who entered it;
/// a measurement filled from a scan dataset names that dataset (<see cref="ScanDatasetId"/>) and follows it when the
/// dataset is imported again.
/// </summary>
public sealed class Measurement : IOrganisationScoped
{
    public const int SourceMaxLength = 300;
    public const int NoteMaxLength = 1000;
    public const int EnteredByMaxLength = 200;

    private Measurement()
    {
    }

    public Measurement(Indicator indicator, MeasurementDetails details, int? enteredByUserId, string? enteredByName, DateTime now)
    {
        OrganisationId = indicator.OrganisationId;
        Indicator = indicator;
        IndicatorId = indicator.Id;
        EnteredByUserId = enteredByUserId;
        EnteredByName = enteredByName;
        CreatedAt = now;
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int IndicatorId { get; private set; }
    public Indicator Indicator { get; private set; } = null!;
    public int Year { get; private set; }
    public DateOnly? MeasuredOn { get; private set; }
    public double Value { get; private set; }
    public string? Source { get; private set; }
    public string? Note { get; private set; }
    public int? EnteredByUserId { get; private set; }
    public string? EnteredByName { get; private set; }

    /// <summary>The scan dataset this value was computed from, when it was (see <c>ScanFeed</c>).</summary>
    public int? ScanDatasetId { get; private set; }

    /// <summary>The owner's update link (<c>/u/{token}</c>) this value was given through, when it was.</summary>
    public int? OwnerLinkId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public MeasurementDetails Details => new() { Year = Year, MeasuredOn = MeasuredOn, Value = Value, Source = Source, Note = Note };

    public void Describe(MeasurementDetails d)
    {
        if (!double.IsFinite(d.Value))
        {
            throw new DomainException("Monitoring.Validation.NotANumber");
        }
        if (d.MeasuredOn is { } on && on.Year != d.Year)
        {
            throw new DomainException("Monitoring.Validation.DateOutsideYear", d.Year);
        }
        Year = d.Year;
        MeasuredOn = d.MeasuredOn;
        Value = d.Value;
        Source = string.IsNullOrWhiteSpace(d.Source) ? null : d.Source.Trim();
        Note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
    }

    /// <summary>Marks the value as computed from a scan dataset (or no longer, with null).</summary>
    public void FedFrom(int? scanDatasetId) => ScanDatasetId = scanDatasetId;

    /// <summary>Records the owner's link the value came through (issue 15 item 2).</summary>
    public void GivenThrough(int ownerLinkId) => OwnerLinkId = ownerLinkId;
}
