using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring.Measurements;

/// <summary>The checks of the measurement form (new and edit): a year up to this one, a value, a date in that year, one measurement per year.</summary>
public static class MeasurementCheck
{
    public static async Task<MeasurementDetails?> RunAsync(CirculairDbContext db, Text t, MeasurementInput input, ModelStateDictionary modelState,
        int organisationId, int indicatorId, int? measurementId, int currentYear, CancellationToken ct)
    {
        if (input.Year is not { } year)
        {
            Add(modelState, "Input.Year", t["Monitoring.Validation.YearRequired"]);
        }
        else if (year < IndicatorRules.FirstYear || year > currentYear)
        {
            Add(modelState, "Input.Year", t["Monitoring.Validation.MeasurementYearOutOfRange", IndicatorRules.FirstYear, currentYear]);
        }
        else if (input.MeasuredOn is { } on && on.Year != year)
        {
            Add(modelState, "Input.MeasuredOn", t["Monitoring.Validation.DateOutsideYear", year]);
        }
        else if (await db.Measurements.InOrganisation(organisationId).Where(m => m.IndicatorId == indicatorId && m.Year == year && m.Id != measurementId)
                     .Select(m => (double?)m.Value).FirstOrDefaultAsync(ct) is { } other)
        {
            Add(modelState, "Input.Year", t["Monitoring.Validation.YearMeasured", year, MonitoringLabels.Figure(other)]);
        }
        if (input.Value is null)
        {
            Add(modelState, "Input.Value", t["Monitoring.Validation.ValueRequired"]);
        }
        else if (!double.IsFinite(input.Value.Value))
        {
            Add(modelState, "Input.Value", t["Monitoring.Validation.NotANumber"]);
        }
        return modelState.IsValid ? input.ToDetails() : null;
    }

    private static void Add(ModelStateDictionary modelState, string key, string message)
    {
        if (modelState[key] is not { Errors.Count: > 0 })
        {
            modelState.AddModelError(key, message);
        }
    }
}
