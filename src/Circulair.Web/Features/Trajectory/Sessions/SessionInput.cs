using System.ComponentModel.DataAnnotations;
using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>Every field of a session, as the add and edit forms show them.</summary>
public sealed class SessionInput
{
    [Display(Name = "Field.TrajectorySession.Kind")]
    [Required(ErrorMessage = "Trajectory.Validation.KindRequired")]
    public SessionKind? Kind { get; set; }

    [Display(Name = "Field.TrajectorySession.Phase")]
    public Phase? Phase { get; set; }

    [Display(Name = "Field.TrajectorySession.Title")]
    [StringLength(TrajectorySession.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Field.TrajectorySession.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.TrajectorySession.Place")]
    [StringLength(TrajectorySession.PlaceMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Place { get; set; }

    [Display(Name = "Field.TrajectorySession.Purpose")]
    [StringLength(TrajectorySession.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Purpose { get; set; }

    [Display(Name = "Field.TrajectorySession.Participants")]
    [StringLength(TrajectorySession.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Participants { get; set; }

    [Display(Name = "Field.TrajectorySession.Minutes")]
    [StringLength(TrajectorySession.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Minutes { get; set; }

    [Display(Name = "Field.TrajectorySession.Decisions")]
    [StringLength(TrajectorySession.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Decisions { get; set; }

    public static SessionInput From(TrajectorySession s) => new()
    {
        Kind = s.Kind,
        Phase = s.Phase,
        Title = s.Title,
        Date = s.Date,
        Place = s.Place,
        Purpose = s.Purpose,
        Participants = s.Participants,
        Minutes = s.Minutes,
        Decisions = s.Decisions,
    };

    public void Apply(TrajectorySession session) =>
        session.Describe(Kind!.Value, Phase, Title, Date, Place, Purpose, Participants, Minutes, Decisions);

    public static IEnumerable<SelectListItem> KindItems(Text t) =>
        [new SelectListItem(t["Shared.Choose"], ""), .. Enum.GetValues<SessionKind>().Select(v => new SelectListItem(t.Enum(v), v.ToString()))];

    public static IEnumerable<SelectListItem> PhaseItems(Text t) =>
        [new SelectListItem(t["Trajectory.Spine.NoPhase"], ""), .. Enum.GetValues<Phase>().Select(v => new SelectListItem(t.Enum(v), v.ToString()))];
}
