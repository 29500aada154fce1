using System.Globalization;
using Circulair.FollowUp.Owners;
using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>One value an owner gives for an indicator that measures their action; left empty, nothing is recorded.</summary>
public sealed class OwnerMeasurementInput
{
    public int IndicatorId { get; set; }

    public string? Value { get; set; }
}

/// <summary>An indicator linked to the action, as the owner's form offers it, with its latest value for orientation.</summary>
public sealed record IndicatorChoice(int Id, string Name, string Unit, double? LastValue, int? LastYear);

/// <summary>
/// Measurements through the owners' update links (issue 15 item 2): the owner's form offers one optional value per
/// indicator linked to the action. A value counts for the year of the update's date (indicators report yearly); it
/// replaces that year's value when there is one (a later count updates its year), no longer follows a scan dataset
/// then, and records the link it came through and the owner's name as who entered it.
/// </summary>
public static class OwnerMeasurements
{
    public static async Task<IReadOnlyList<IndicatorChoice>> ChoicesAsync(CirculairDbContext db, int organisationId, int actionId, CancellationToken ct)
    {
        var indicators = await (from l in db.IndicatorActionLinks.InOrganisation(organisationId)
                                join i in db.Indicators.InOrganisation(organisationId) on l.IndicatorId equals i.Id
                                where l.PlannedActionId == actionId
                                select new { i.Id, i.Name, i.Unit }).ToListAsync(ct);
        var ids = indicators.Select(i => i.Id).ToList();
        var last = (await db.Measurements.InOrganisation(organisationId).Where(m => ids.Contains(m.IndicatorId))
                .Select(m => new { m.IndicatorId, m.Year, m.Value }).ToListAsync(ct))
            .GroupBy(m => m.IndicatorId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Year)!);
        return [.. indicators.OrderBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(i => new IndicatorChoice(i.Id, i.Name, i.Unit, last.TryGetValue(i.Id, out var m) ? m.Value : null, last.TryGetValue(i.Id, out var y) ? y.Year : null))];
    }

    /// <summary>The form's rows in the order of <paramref name="choices"/>, keeping what was typed.</summary>
    public static List<OwnerMeasurementInput> Rows(IReadOnlyList<IndicatorChoice> choices, IReadOnlyList<OwnerMeasurementInput> typed) =>
        [.. choices.Select(c => new OwnerMeasurementInput { IndicatorId = c.Id, Value = typed.FirstOrDefault(x => x.IndicatorId == c.Id)?.Value })];

    /// <summary>Checks the typed values: a number where something was typed, only for the action's indicators. The values to record.</summary>
    public static IReadOnlyList<(int IndicatorId, double Value)> Check(IReadOnlyList<OwnerMeasurementInput> rows, IReadOnlyList<IndicatorChoice> choices,
        ModelStateDictionary modelState, Text t, CultureInfo culture)
    {
        var values = new List<(int, double)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row.Value))
            {
                continue;
            }
            var choice = choices.FirstOrDefault(c => c.Id == row.IndicatorId);
            if (choice is null)
            {
                modelState.AddModelError($"Measurements[{i}].Value", t["Owners.Validation.IndicatorUnknown"]);
            }
            else if (!NumberText.TryParse(row.Value, culture, out var value))
            {
                modelState.AddModelError($"Measurements[{i}].Value", t["Owners.Validation.MeasurementNotANumber", choice.Name]);
            }
            else
            {
                values.Add((choice.Id, value));
            }
        }
        return values;
    }

    /// <summary>Adds or replaces the year's value of each indicator; saved with the update by the caller's SaveChanges.</summary>
    public static async Task RecordAsync(CirculairDbContext db, OwnerLink link, IReadOnlyList<(int IndicatorId, double Value)> values, int year, string source, DateTime now, CancellationToken ct)
    {
        if (values.Count == 0)
        {
            return;
        }
        var ids = values.Select(v => v.IndicatorId).ToList();
        var indicators = await db.Indicators.InOrganisation(link.OrganisationId).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var existing = await db.Measurements.InOrganisation(link.OrganisationId).Where(m => ids.Contains(m.IndicatorId) && m.Year == year).ToDictionaryAsync(m => m.IndicatorId, ct);
        foreach (var (indicatorId, value) in values)
        {
            var details = new MeasurementDetails { Year = year, Value = value, Source = source.Length > Measurement.SourceMaxLength ? source[..Measurement.SourceMaxLength] : source };
            if (existing.TryGetValue(indicatorId, out var measurement))
            {
                measurement.Describe(details with { Note = measurement.Note });
                measurement.FedFrom(null);
                measurement.GivenThrough(link.Id);
            }
            else
            {
                var added = new Measurement(indicators[indicatorId], details, null, Truncate(link.OwnerName), now);
                added.GivenThrough(link.Id);
                db.Measurements.Add(added);
            }
        }
    }

    private static string Truncate(string name) => name.Length > Measurement.EnteredByMaxLength ? name[..Measurement.EnteredByMaxLength] : name;

    public static string Figure(double value) => MonitoringLabels.Figure(value);
}
