using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
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

    /// <summary>What to look for among the register's names (beside the partners); not saved.</summary>
    [StringLength(StakeholderDetails.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PartnerSearch { get; set; }

    /// <summary>Set by the partners' search button: show the matches, save nothing.</summary>
    public bool FindPartners { get; set; }

    /// <summary>What to look for among the actions' numbers and titles; not saved.</summary>
    [StringLength(PlannedAction.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ActionSearch { get; set; }

    /// <summary>Set by the actions' search button.</summary>
    public bool FindActions { get; set; }

    /// <summary>A search button was pressed: the form comes back with what matches, nothing is saved.</summary>
    public bool IsSearch => FindPartners || FindActions;

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

    /// <summary>
    /// The stakeholders and strategy actions to tick: the ones ticked and at most 50 others of each that match the
    /// searches (decision 0416), so a register of 2,000 and a strategy of 1,000 actions keep the form small.
    /// </summary>
    public static async Task<(StakeholderChoices Stakeholders, ActionChoices Actions)> ChoicesAsync(CirculairDbContext db, int organisationId, PilotInput input, CancellationToken ct) =>
        (await StakeholderChoices.LoadAsync(db, organisationId, input.Partners, input.PartnerSearch, ct),
         await ActionChoices.LoadAsync(db, organisationId, input.Actions, input.ActionSearch, ct));

    /// <summary>Checks the ticked partners and actions belong to this organisation (anything else is a tampered form).</summary>
    public void Validate(ModelStateDictionary state, Text t, StakeholderChoices stakeholders, ActionChoices actions)
    {
        var (knownStakeholders, knownActions) = (stakeholders.Ids, actions.Ids);
        if (Partners.Any(id => !knownStakeholders.Contains(id)))
        {
            state.AddModelError("Input.Partners", t["Pilots.Validation.UnknownPartner"]);
        }
        if (RStrategy is { Length: > 0 } r && Circulair.Reference.RLadder.Find(r) is null || ValueChain is { } chain && !Enum.IsDefined(chain))
        {
            state.AddModelError("Input.RStrategy", t["Strategy.Validation.Choose"]);
        }
        if (Actions.Any(id => !knownActions.Contains(id)))
        {
            state.AddModelError("Input.Actions", t["Pilots.Validation.UnknownAction"]);
        }
    }
}
