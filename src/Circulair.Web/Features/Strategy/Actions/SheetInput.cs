using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// The Tool 7 form: the sheet's texts and its five lists (parties with roles, milestones, timeline steps, risks,
/// resources per year). Each list shows its rows plus empty ones to fill in; an empty row is ignored, a row with
/// "Verwijderen" ticked is dropped, a half-filled row gets a message and nothing is saved.
/// </summary>
public sealed class SheetInput
{
    public const int BlankRows = 2;

    [Display(Name = "Field.PlannedAction.Description")]
    [StringLength(PlannedAction.SheetTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Field.PlannedAction.DesiredResults")]
    [StringLength(PlannedAction.SheetTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? DesiredResults { get; set; }

    [Display(Name = "Field.PlannedAction.PreconditionsTechnical")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PreconditionsTechnical { get; set; }

    [Display(Name = "Field.PlannedAction.PreconditionsLegal")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PreconditionsLegal { get; set; }

    [Display(Name = "Field.PlannedAction.PreconditionsSpatial")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PreconditionsSpatial { get; set; }

    [Display(Name = "Field.PlannedAction.PreconditionsOrganisational")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PreconditionsOrganisational { get; set; }

    [Display(Name = "Field.PlannedAction.FirstSteps")]
    [StringLength(PlannedAction.SheetTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? FirstSteps { get; set; }

    [Display(Name = "Field.PlannedAction.BusinessCase")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? BusinessCase { get; set; }

    [Display(Name = "Field.PlannedAction.Funding")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Funding { get; set; }

    [Display(Name = "Field.PlannedAction.Communication")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Communication { get; set; }

    [Display(Name = "Field.PlannedAction.Monitoring")]
    [StringLength(PlannedAction.PreconditionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Monitoring { get; set; }

    public List<PartnerRow> Partners { get; set; } = [];
    public List<MilestoneRow> Milestones { get; set; } = [];
    public List<StepRow> Steps { get; set; } = [];
    public List<RiskRow> Risks { get; set; } = [];
    public List<BudgetRow> Budget { get; set; } = [];

    public sealed class PartnerRow
    {
        [Display(Name = "Field.ActionPartner.StakeholderId")]
        public int? StakeholderId { get; set; }

        [Display(Name = "Field.ActionPartner.Role")]
        [StringLength(ActionPartner.RoleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Role { get; set; }

        [Display(Name = "Strategy.Sheet.Remove")]
        public bool Remove { get; set; }

        public bool IsBlank => StakeholderId is null && string.IsNullOrWhiteSpace(Role);
    }

    public sealed class MilestoneRow
    {
        [Display(Name = "Field.ActionMilestone.Date")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Field.ActionMilestone.Description")]
        [StringLength(ActionMilestone.DescriptionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Description { get; set; }

        [Display(Name = "Field.ActionMilestone.Done")]
        public bool Done { get; set; }

        [Display(Name = "Strategy.Sheet.Remove")]
        public bool Remove { get; set; }

        public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Description) && !Done;
    }

    public sealed class StepRow
    {
        [Display(Name = "Field.ActionStep.Step")]
        [StringLength(ActionStep.StepMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Step { get; set; }

        [Display(Name = "Field.ActionStep.Deadline")]
        public DateOnly? Deadline { get; set; }

        [Display(Name = "Field.ActionStep.Resources")]
        [StringLength(ActionStep.ResourcesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Resources { get; set; }

        [Display(Name = "Strategy.Sheet.Remove")]
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Step) && Deadline is null && string.IsNullOrWhiteSpace(Resources);
    }

    public sealed class RiskRow
    {
        [Display(Name = "Field.ActionRisk.Description")]
        [StringLength(ActionRisk.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Description { get; set; }

        [Display(Name = "Field.ActionRisk.Likelihood")]
        public RiskLevel? Likelihood { get; set; }

        [Display(Name = "Field.ActionRisk.Impact")]
        public RiskLevel? Impact { get; set; }

        [Display(Name = "Field.ActionRisk.Mitigation")]
        [StringLength(ActionRisk.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Mitigation { get; set; }

        [Display(Name = "Strategy.Sheet.Remove")]
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Likelihood is null && Impact is null && string.IsNullOrWhiteSpace(Mitigation);
    }

    public sealed class BudgetRow
    {
        [Display(Name = "Field.ActionBudgetYear.Year")]
        [Range(2000, 2100, ErrorMessage = "Strategy.Validation.BudgetYearRange")]
        public int? Year { get; set; }

        [Display(Name = "Field.ActionBudgetYear.Fte")]
        [StringLength(20, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Fte { get; set; }

        [Display(Name = "Field.ActionBudgetYear.Euros")]
        [StringLength(20, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Euros { get; set; }

        [Display(Name = "Strategy.Sheet.Remove")]
        public bool Remove { get; set; }

        public bool IsBlank => Year is null && string.IsNullOrWhiteSpace(Fte) && string.IsNullOrWhiteSpace(Euros);
    }

    public static SheetInput From(ActionSheet s) => new()
    {
        Description = s.Description, DesiredResults = s.DesiredResults, PreconditionsTechnical = s.PreconditionsTechnical,
        PreconditionsLegal = s.PreconditionsLegal, PreconditionsSpatial = s.PreconditionsSpatial,
        PreconditionsOrganisational = s.PreconditionsOrganisational, FirstSteps = s.FirstSteps,
        BusinessCase = s.BusinessCase, Funding = s.Funding, Communication = s.Communication, Monitoring = s.Monitoring,
        Partners = [.. s.Partners.Select(p => new PartnerRow { StakeholderId = p.StakeholderId, Role = p.Role })],
        Milestones = [.. s.Milestones.Select(m => new MilestoneRow { Date = m.Date, Description = m.Description, Done = m.Done })],
        Steps = [.. s.Steps.Select(x => new StepRow { Step = x.Step, Deadline = x.Deadline, Resources = x.Resources })],
        Risks = [.. s.Risks.Select(r => new RiskRow { Description = r.Description, Likelihood = r.Likelihood, Impact = r.Impact, Mitigation = r.Mitigation })],
        Budget = [.. s.Budget.Select(b => new BudgetRow { Year = b.Year, Fte = NumberText.Show(b.Fte, CultureInfo.CurrentCulture), Euros = b.Euros?.ToString("0.##", CultureInfo.CurrentCulture) })],
    };

    /// <summary>Room to add: two empty rows at the end of every list.</summary>
    public void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Partners.Add(new PartnerRow());
            Milestones.Add(new MilestoneRow());
            Steps.Add(new StepRow());
            Risks.Add(new RiskRow());
            Budget.Add(new BudgetRow());
        }
    }

    /// <summary>The lists a row can be added to on the page ("Extra rij"), by their form names.</summary>
    public static readonly IReadOnlySet<string> Lists = new HashSet<string>(StringComparer.Ordinal) { nameof(Partners), nameof(Milestones), nameof(Steps), nameof(Risks), nameof(Budget) };

    /// <summary>One more empty row at the end of <paramref name="list"/> (one of <see cref="Lists"/>), everything typed kept.</summary>
    public void AddRow(string list)
    {
        switch (list)
        {
            case nameof(Partners): Partners.Add(new PartnerRow()); break;
            case nameof(Milestones): Milestones.Add(new MilestoneRow()); break;
            case nameof(Steps): Steps.Add(new StepRow()); break;
            case nameof(Risks): Risks.Add(new RiskRow()); break;
            case nameof(Budget): Budget.Add(new BudgetRow()); break;
            default: throw new ArgumentOutOfRangeException(nameof(list), list, null);
        }
    }

    /// <summary>Checks every row and returns the sheet to save, or null (with messages in <paramref name="state"/>).</summary>
    public ActionSheet? Validate(ModelStateDictionary state, Text t, IReadOnlySet<int> stakeholders)
    {
        const string P = "Input.";
        var partners = new List<PartnerEntry>();
        for (var i = 0; i < Partners.Count; i++)
        {
            var r = Partners[i];
            if (r.Remove || r.IsBlank)
            {
                continue;
            }
            if (r.StakeholderId is not { } id || !stakeholders.Contains(id))
            {
                state.AddModelError($"{P}Partners[{i}].StakeholderId", t["Strategy.Validation.PartnerStakeholder"]);
            }
            else if (partners.Any(p => p.StakeholderId == id))
            {
                state.AddModelError($"{P}Partners[{i}].StakeholderId", t["Strategy.Validation.PartnerTwice"]);
            }
            else
            {
                partners.Add(new PartnerEntry(id, r.Role));
            }
        }
        var milestones = new List<MilestoneEntry>();
        for (var i = 0; i < Milestones.Count; i++)
        {
            var r = Milestones[i];
            if (r.Remove || r.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(r.Description))
            {
                state.AddModelError($"{P}Milestones[{i}].Description", t["Strategy.Validation.MilestoneDescription"]);
                continue;
            }
            milestones.Add(new MilestoneEntry(r.Date, r.Description, r.Done));
        }
        var steps = new List<StepEntry>();
        for (var i = 0; i < Steps.Count; i++)
        {
            var r = Steps[i];
            if (r.Remove || r.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(r.Step))
            {
                state.AddModelError($"{P}Steps[{i}].Step", t["Strategy.Validation.StepText"]);
                continue;
            }
            steps.Add(new StepEntry(r.Step, r.Deadline, r.Resources));
        }
        var risks = new List<RiskEntry>();
        for (var i = 0; i < Risks.Count; i++)
        {
            var r = Risks[i];
            if (r.Remove || r.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(r.Description))
            {
                state.AddModelError($"{P}Risks[{i}].Description", t["Strategy.Validation.RiskDescription"]);
                continue;
            }
            if (r.Likelihood is { } l && !Enum.IsDefined(l) || r.Impact is { } m && !Enum.IsDefined(m))
            {
                state.AddModelError($"{P}Risks[{i}].Likelihood", t["Strategy.Validation.Choose"]);
                continue;
            }
            risks.Add(new RiskEntry(r.Description, r.Likelihood, r.Impact, r.Mitigation));
        }
        var budget = new List<BudgetEntry>();
        for (var i = 0; i < Budget.Count; i++)
        {
            var r = Budget[i];
            if (r.Remove || r.IsBlank)
            {
                continue;
            }
            var key = $"{P}Budget[{i}]";
            if (state.TryGetValue($"{key}.Year", out var yearState) && yearState.Errors.Count > 0)
            {
                continue;
            }
            if (r.Year is not { } year)
            {
                state.AddModelError($"{key}.Year", t["Strategy.Validation.BudgetYear"]);
                continue;
            }
            if (budget.Any(b => b.Year == year))
            {
                state.AddModelError($"{key}.Year", t["Strategy.Validation.BudgetYearTwice", year]);
                continue;
            }
            var fte = Amount(r.Fte, $"{key}.Fte", "Field.ActionBudgetYear.Fte", ActionBudgetYear.MaxFte);
            var euros = Amount(r.Euros, $"{key}.Euros", "Field.ActionBudgetYear.Euros", (double)ActionBudgetYear.MaxEuros);
            budget.Add(new BudgetEntry(year, fte, euros is { } e ? Math.Round((decimal)e, 2) : null));
        }
        if (!state.IsValid)
        {
            return null;
        }
        return new ActionSheet
        {
            Description = Description, DesiredResults = DesiredResults, PreconditionsTechnical = PreconditionsTechnical,
            PreconditionsLegal = PreconditionsLegal, PreconditionsSpatial = PreconditionsSpatial,
            PreconditionsOrganisational = PreconditionsOrganisational, FirstSteps = FirstSteps,
            BusinessCase = BusinessCase, Funding = Funding, Communication = Communication, Monitoring = Monitoring,
            Partners = partners, Milestones = milestones, Steps = steps, Risks = risks, Budget = budget,
        };

        double? Amount(string? text, string field, string label, double max)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (!NumberText.TryParse(text, CultureInfo.CurrentCulture, out var value))
            {
                state.AddModelError(field, t["Strategy.Validation.NotANumber", t[label].Value, text.Trim()]);
                return null;
            }
            if (value < 0 || value > max)
            {
                state.AddModelError(field, t["Strategy.Validation.AmountRange", t[label].Value]);
                return null;
            }
            return value;
        }
    }
}
