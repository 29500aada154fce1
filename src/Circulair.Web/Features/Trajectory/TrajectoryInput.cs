using System.ComponentModel.DataAnnotations;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Trajectory;

/// <summary>The fields of a trajectory's plan, shared by "new" and "edit" (which adds the status).</summary>
public sealed class TrajectoryInput
{
    [Display(Name = "Field.StrategyTrajectory.Title")]
    [Required(ErrorMessage = "Trajectory.Validation.TitleRequired")]
    [StringLength(StrategyTrajectory.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Field.StrategyTrajectory.PeriodStartYear")]
    [Range(StrategyTrajectory.EarliestYear, StrategyTrajectory.LatestYear, ErrorMessage = "Trajectory.Validation.YearRange")]
    public int? PeriodStartYear { get; set; }

    [Display(Name = "Field.StrategyTrajectory.PeriodEndYear")]
    [Range(StrategyTrajectory.EarliestYear, StrategyTrajectory.LatestYear, ErrorMessage = "Trajectory.Validation.YearRange")]
    public int? PeriodEndYear { get; set; }

    [Display(Name = "Field.StrategyTrajectory.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Field.StrategyTrajectory.PlannedEndDate")]
    public DateOnly? PlannedEndDate { get; set; }

    /// <summary>Only on the edit page; a new trajectory starts "in voorbereiding".</summary>
    [Display(Name = "Field.StrategyTrajectory.Status")]
    public TrajectoryStatus? Status { get; set; }

    public static TrajectoryInput From(StrategyTrajectory t) => new()
    {
        Title = t.Title,
        PeriodStartYear = t.PeriodStartYear,
        PeriodEndYear = t.PeriodEndYear,
        StartDate = t.StartDate,
        PlannedEndDate = t.PlannedEndDate,
        Status = t.Status,
    };

    /// <summary>What attributes cannot check: the order of years and dates. Errors go under <paramref name="prefix"/>.</summary>
    public void CheckOrder(ModelStateDictionary state, string prefix, Text t)
    {
        if (PeriodStartYear is { } startYear && PeriodEndYear is { } endYear && endYear < startYear)
        {
            state.AddModelError($"{prefix}.{nameof(PeriodEndYear)}", t["Errors.PeriodEndBeforeStart"]);
        }
        if (StartDate is { } start && PlannedEndDate is { } end && end < start)
        {
            state.AddModelError($"{prefix}.{nameof(PlannedEndDate)}", t["Errors.EndBeforeStart"]);
        }
    }

    public StrategyTrajectory Create(int organisationId)
    {
        var trajectory = new StrategyTrajectory(organisationId, Title!, PeriodStartYear, PeriodEndYear, StartDate, PlannedEndDate);
        trajectory.AddDefaultSessions();
        return trajectory;
    }

    public void Apply(StrategyTrajectory trajectory)
    {
        trajectory.Rename(Title!);
        trajectory.SetPeriod(PeriodStartYear, PeriodEndYear);
        trajectory.Reschedule(StartDate, PlannedEndDate);
        if (Status is { } status)
        {
            trajectory.ChangeStatus(status);
        }
    }

    public static IEnumerable<SelectListItem> StatusItems(Text t) =>
        Enum.GetValues<TrajectoryStatus>().Select(v => new SelectListItem(t.Enum(v), v.ToString()));
}
