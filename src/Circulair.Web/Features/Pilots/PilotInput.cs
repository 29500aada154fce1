using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>A stakeholder or strategy action that can be ticked on the pilot form.</summary>
public sealed record PilotChoice(int Id, string Label);

/// <summary>The pilot form shared by "new" and "edit": what the pilot is, with its partners and strategy actions.</summary>
public sealed class PilotInput
{
    [Display(Name = "Pilots.Field.Name")]
    [Required(ErrorMessage = "Pilots.Validation.NameRequired")]
    [StringLength(Pilot.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Pilots.Field.Description")]
    [StringLength(Pilot.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Pilots.Field.TypicalPartners")]
    [StringLength(Pilot.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? TypicalPartners { get; set; }

    [Display(Name = "Pilots.Field.PersonaSketch")]
    [StringLength(Pilot.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PersonaSketch { get; set; }

    [Display(Name = "Pilots.Field.ValueSketch")]
    [StringLength(Pilot.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ValueSketch { get; set; }

    [Display(Name = "Pilots.Field.ProgressDefinition")]
    [StringLength(Pilot.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ProgressDefinition { get; set; }

    /// <summary>Circularity profile: the R-ladder strategy (R0–R9), or empty.</summary>
    [Display(Name = "Field.Pilot.RStrategyCode")]
    public string? RStrategy { get; set; }

    /// <summary>Circularity profile: the value-chain step, or empty.</summary>
    [Display(Name = "Field.Pilot.ValueChainStep")]
    public Circulair.Library.ValueChainStep? ValueChain { get; set; }

    public List<int> Partners { get; set; } = [];

    public List<int> Actions { get; set; } = [];

    public PilotDetails ToDetails() => new()
    {
        Name = Name ?? "", Description = Description, TypicalPartners = TypicalPartners, PersonaSketch = PersonaSketch,
        ValueSketch = ValueSketch, ProgressDefinition = ProgressDefinition,
    };

    public static PilotInput From(Pilot p) => new()
    {
        Name = p.Name, Description = p.Description, TypicalPartners = p.TypicalPartners, PersonaSketch = p.PersonaSketch,
        ValueSketch = p.ValueSketch, ProgressDefinition = p.ProgressDefinition,
        RStrategy = p.RStrategyCode, ValueChain = p.ValueChainStep,
        Partners = [.. p.Partners.Select(x => x.StakeholderId)], Actions = [.. p.Actions.Select(x => x.PlannedActionId)],
    };

    public static PilotInput FromTemplate(PilotTemplateText template) => new()
    {
        Name = template.Name.ToString(), Description = template.Description.ToString(), TypicalPartners = template.Partners.ToString(),
        PersonaSketch = template.Persona.ToString(), ValueSketch = template.ValueProposition.ToString(),
    };

    /// <summary>The stakeholders of the register and the strategy actions of the organisation, to tick.</summary>
    public static async Task<(List<PilotChoice> Stakeholders, List<PilotChoice> Actions)> ChoicesAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var stakeholders = await db.Stakeholders.InOrganisation(organisationId).OrderBy(s => s.Name).Select(s => new PilotChoice(s.Id, s.Name)).ToListAsync(ct);
        var actions = await db.PlannedActions.InOrganisation(organisationId).OrderBy(a => a.TrajectoryId).ThenBy(a => a.NumberKey)
            .Select(a => new PilotChoice(a.Id, a.Number + " " + a.Title)).ToListAsync(ct);
        return (stakeholders, actions);
    }

    /// <summary>Checks the ticked partners and actions belong to this organisation (anything else is a tampered form).</summary>
    public void Validate(ModelStateDictionary state, Text t, List<PilotChoice> stakeholders, List<PilotChoice> actions)
    {
        if (Partners.Any(id => stakeholders.All(s => s.Id != id)))
        {
            state.AddModelError("Input.Partners", t["Pilots.Validation.UnknownPartner"]);
        }
        if (RStrategy is { Length: > 0 } r && Circulair.Reference.RLadder.Find(r) is null || ValueChain is { } chain && !Enum.IsDefined(chain))
        {
            state.AddModelError("Input.RStrategy", t["Strategy.Validation.Choose"]);
        }
        if (Actions.Any(id => actions.All(a => a.Id != id)))
        {
            state.AddModelError("Input.Actions", t["Pilots.Validation.UnknownAction"]);
        }
    }
}
