using Circulair.Library.Sharing;
using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// Turns a published shared item into the cloning organisation's own action (draft), idea, pilot or indicator, keeping
/// the item's id as lineage. Only the snapshot is read, never the publisher's rows; the caller has checked the
/// organisation, the strategy and (for an action) the number, and saves.
/// </summary>
public sealed class CopyShared(CirculairDbContext db)
{
    public async Task<PlannedAction> ToActionAsync(int organisationId, int trajectoryId, SharedLibraryItem item, ActionDetails details, DateTime now, CancellationToken ct)
    {
        var action = await ToActionAsync(organisationId, trajectoryId, null, Snapshot(item), details, now, ct);
        action.CopiedFromShared(item.Id);
        return action;
    }

    /// <summary>
    /// An action from a snapshot (a shared item's or a region template's, decision 0375), placed last in
    /// <paramref name="line"/> or, without one, among the strategy's actions without a line. The caller checked the line.
    /// </summary>
    public async Task<PlannedAction> ToActionAsync(int organisationId, int trajectoryId, ActionLine? line, SharedSnapshot s, ActionDetails details, DateTime now, CancellationToken ct)
    {
        var action = new PlannedAction(organisationId, trajectoryId, details, now);
        action.DescribeSheet(new ActionSheet
        {
            Description = s.Value("Description"),
            DesiredResults = s.Value("DesiredResults"),
            PreconditionsTechnical = s.Value("PreconditionsTechnical"),
            PreconditionsLegal = s.Value("PreconditionsLegal"),
            PreconditionsSpatial = s.Value("PreconditionsSpatial"),
            PreconditionsOrganisational = s.Value("PreconditionsOrganisational"),
            FirstSteps = s.Value("FirstSteps"),
            BusinessCase = s.Value("BusinessCase"),
            Funding = s.Value("Funding"),
            Communication = s.Value("Communication"),
            Monitoring = s.Value("Monitoring"),
        }, now);
        action.Classify(s.RStrategyCode, s.ValueChain, null, now);
        var lineId = line?.Id;
        action.PlaceIn(line, await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId && a.ActionLineId == lineId).ToListAsync(ct));
        db.PlannedActions.Add(action);
        return action;
    }

    public async Task<StrategyIdea> ToIdeaAsync(int organisationId, int trajectoryId, SharedLibraryItem item, string title, DateTime now, CancellationToken ct)
    {
        var s = Snapshot(item);
        var domainId = item.DomainCode is null ? null : await db.StrategyDomains.InOrganisation(organisationId)
            .Where(d => d.TrajectoryId == trajectoryId && d.DomainCode == item.DomainCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        var idea = new StrategyIdea(organisationId, trajectoryId, title, IdeaTechnique.Analogiedenken, now);
        var description = s.Value("Description") ?? s.Value("DesiredResults");
        idea.Describe(title, description is null ? null : Truncate(description, StrategyIdea.DescriptionMaxLength), IdeaTechnique.Analogiedenken, null, domainId, null, null);
        idea.CopiedFromShared(item.Id);
        db.StrategyIdeas.Add(idea);
        return idea;
    }

    public Pilot ToPilot(int organisationId, SharedLibraryItem item, string name, DateTime now)
    {
        var pilot = ToPilot(organisationId, Snapshot(item), name, now);
        pilot.CopiedFromShared(item.Id);
        return pilot;
    }

    /// <summary>A pilot from a snapshot (a shared item's or a region template's, decision 0375).</summary>
    public Pilot ToPilot(int organisationId, SharedSnapshot s, string name, DateTime now)
    {
        PilotTemplate? template = Enum.TryParse<PilotTemplate>(s.Value("Template"), out var t) && Enum.IsDefined(t) ? t : null;
        var pilot = new Pilot(organisationId, template, new PilotDetails
        {
            Name = name,
            Description = s.Value("Description"),
            TypicalPartners = s.Value("TypicalPartners"),
            PersonaSketch = s.Value("PersonaSketch"),
            ValueSketch = s.Value("ValueSketch"),
            ProgressDefinition = s.Value("ProgressDefinition"),
        }, DateOnly.FromDateTime(now), now);
        pilot.Classify(s.RStrategyCode, s.ValueChain);
        db.Pilots.Add(pilot);
        return pilot;
    }

    public async Task<Indicator> ToIndicatorAsync(int organisationId, SharedLibraryItem item, string name, DateTime now, CancellationToken ct)
    {
        var s = Snapshot(item);
        // A standard code is unique per organisation: an organisation that has that standard indicator already gets a plain copy.
        var code = s.Value("StandardCode");
        if (code is not null && await db.Indicators.InOrganisation(organisationId).AnyAsync(i => i.StandardCode == code, ct))
        {
            code = null;
        }
        var indicator = new Indicator(organisationId, new IndicatorDetails
        {
            Name = name,
            Level = Parse<IndicatorLevel>(s.Value("Level")),
            Definition = s.Value("Definition"),
            Unit = s.Value("Unit") ?? "",
            Direction = Parse<IndicatorDirection>(s.Value("Direction")),
            Instrument = Parse<MeasurementInstrument>(s.Value("Instrument")),
            Frequency = Parse<MeasurementFrequency>(s.Value("Frequency")),
            Owner = s.Value("Owner"),
            Source = s.Value("Source"),
        }, code, now);
        indicator.CopiedFromShared(item.Id);
        db.Indicators.Add(indicator);
        return indicator;
    }

    private static SharedSnapshot Snapshot(SharedLibraryItem item) => new(item.Kind, item.Title, item.DomainCode, item.RStrategyCode, item.ValueChainStep, item.Fields);

    private static TEnum Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var v) && Enum.IsDefined(v) ? v : Enum.GetValues<TEnum>()[0];

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
