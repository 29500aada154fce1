using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>The form of one communication-plan row (Tool 16), shared by "new" and "edit".</summary>
public sealed class CommunicationInput
{
    [Display(Name = "Pilots.Field.Audience")]
    [Required(ErrorMessage = "Pilots.Validation.AudienceRequired")]
    public int? StakeholderId { get; set; }

    [Display(Name = "Pilots.Field.Priority")]
    [Required(ErrorMessage = "Pilots.Validation.LevelRequired")]
    public TestLevel? Priority { get; set; }

    [Display(Name = "Pilots.Field.Message")]
    [StringLength(PilotCommunication.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Message { get; set; }

    [Display(Name = "Pilots.Field.Objectives")]
    [StringLength(PilotCommunication.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Objectives { get; set; }

    [Display(Name = "Pilots.Field.Channels")]
    [StringLength(PilotCommunication.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Channels { get; set; }

    [Display(Name = "Pilots.Field.Products")]
    [StringLength(PilotCommunication.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Products { get; set; }

    [Display(Name = "Pilots.Field.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Pilots.Field.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Pilots.Field.Responsible")]
    [StringLength(PilotCommunication.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Responsible { get; set; }

    public static CommunicationInput From(PilotCommunication c) => new()
    {
        StakeholderId = c.StakeholderId, Priority = c.Priority, Message = c.Message, Objectives = c.Objectives, Channels = c.Channels,
        Products = c.Products, StartsOn = c.StartsOn, EndsOn = c.EndsOn, Responsible = c.Responsible,
    };

    public CommunicationDetails ToDetails() => new()
    {
        StakeholderId = StakeholderId ?? 0, Priority = Priority ?? TestLevel.Gemiddeld, Message = Message, Objectives = Objectives,
        Channels = Channels, Products = Products, StartsOn = StartsOn, EndsOn = EndsOn, Responsible = Responsible,
    };

    /// <summary>The checks beyond the attributes: an audience from this organisation's register, an end not before the start.</summary>
    public void Validate(ModelStateDictionary state, Text t, IReadOnlyList<PilotChoice> audiences)
    {
        if (StakeholderId is { } id && audiences.All(a => a.Id != id))
        {
            state.AddModelError("Input.StakeholderId", t["Pilots.Validation.AudienceUnknown"]);
        }
        if (StartsOn is { } from && EndsOn is { } until && until < from)
        {
            state.AddModelError("Input.EndsOn", t["Pilots.Validation.EndBeforeStart"]);
        }
    }

    /// <summary>The register's stakeholders, by name: the audiences a row may address.</summary>
    public static Task<List<PilotChoice>> AudiencesAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        db.Stakeholders.InOrganisation(organisationId).OrderBy(s => s.Name).Select(s => new PilotChoice(s.Id, s.Name)).ToListAsync(ct);

    public static List<SelectListItem> Items(Text t, IReadOnlyList<PilotChoice> audiences) =>
        [new SelectListItem(t["Pilots.Communication.ChooseAudience"], ""), .. audiences.Select(a => new SelectListItem(a.Label, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}

/// <summary>What the shared row form needs from its page.</summary>
public interface ICommunicationForm
{
    CommunicationInput Input { get; }

    IReadOnlyList<PilotChoice> Audiences { get; }
}
