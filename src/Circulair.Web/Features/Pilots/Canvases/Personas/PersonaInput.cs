using System.ComponentModel.DataAnnotations;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Pilots.Canvases.Personas;

/// <summary>An own scale row of the persona form; a row with both poles empty is ignored (or removed).</summary>
public sealed class OwnScaleInput
{
    public Guid? Key { get; set; }
    public string? Left { get; set; }
    public string? Right { get; set; }
    public int? Value { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Left) && string.IsNullOrWhiteSpace(Right);
}

/// <summary>The persona form (Tool 9), shared by "new" and "edit".</summary>
public sealed class PersonaInput
{
    [Display(Name = "Canvases.Persona.Field.Name")]
    [Required(ErrorMessage = "Canvases.Validation.PersonaNameRequired")]
    [StringLength(PilotPersona.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Canvases.Persona.Field.Job")]
    [StringLength(PilotPersona.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Job { get; set; }

    [Display(Name = "Canvases.Persona.Field.Quote")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Quote { get; set; }

    [Display(Name = "Canvases.Persona.Field.AgeCategory")]
    [StringLength(PilotPersona.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? AgeCategory { get; set; }

    [Display(Name = "Canvases.Persona.Field.Gender")]
    [StringLength(PilotPersona.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Gender { get; set; }

    [Display(Name = "Canvases.Persona.Field.Household")]
    [StringLength(PilotPersona.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Household { get; set; }

    [Display(Name = "Canvases.Persona.Field.Brands")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Brands { get; set; }

    /// <summary>Every slider and 1–5 scale by name; a missing value is the middle.</summary>
    public Dictionary<PersonaSlider, int?> Sliders { get; set; } = [];

    [Display(Name = "Canvases.Persona.Field.Biography")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Biography { get; set; }

    [Display(Name = "Canvases.Persona.Field.Motivation")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Motivation { get; set; }

    [Display(Name = "Canvases.Persona.Field.Frustrations")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Frustrations { get; set; }

    [Display(Name = "Canvases.Persona.Field.ProblemWho")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ProblemWho { get; set; }

    [Display(Name = "Canvases.Persona.Field.ProblemGoal")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ProblemGoal { get; set; }

    [Display(Name = "Canvases.Persona.Field.ProblemObstacle")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ProblemObstacle { get; set; }

    [Display(Name = "Canvases.Persona.Field.SolvesToday")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? SolvesToday { get; set; }

    [Display(Name = "Canvases.Persona.Field.SolutionFrustration")]
    [StringLength(PilotPersona.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? SolutionFrustration { get; set; }

    public List<OwnScaleInput> OwnScales { get; set; } = [];

    [Display(Name = "Canvases.Persona.Field.Photo")]
    public IFormFile? Photo { get; set; }

    [Display(Name = "Canvases.Persona.Field.PhotoAlt")]
    [StringLength(PilotPersona.AltMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PhotoAlt { get; set; }

    [Display(Name = "Canvases.Persona.Field.RemovePhoto")]
    public bool RemovePhoto { get; set; }

    public int SliderValue(PersonaSlider s) => Sliders.TryGetValue(s, out var v) && v is { } value ? value : PersonaScale.Middle;

    public static PersonaInput From(PilotPersona p) => new()
    {
        Name = p.Name, Job = p.Job, Quote = p.Quote, AgeCategory = p.AgeCategory, Gender = p.Gender, Household = p.Household, Brands = p.Brands,
        Sliders = Enum.GetValues<PersonaSlider>().ToDictionary(s => s, s => (int?)p.Slider(s)),
        Biography = p.Biography, Motivation = p.Motivation, Frustrations = p.Frustrations, ProblemWho = p.ProblemWho, ProblemGoal = p.ProblemGoal,
        ProblemObstacle = p.ProblemObstacle, SolvesToday = p.SolvesToday, SolutionFrustration = p.SolutionFrustration,
        OwnScales = [.. p.Scales.OrderBy(s => s.Position).Select(s => new OwnScaleInput { Key = s.Key, Left = s.LeftLabel, Right = s.RightLabel, Value = s.Value })],
        PhotoAlt = p.PhotoAlt,
    };

    /// <summary>Checks what the annotations cannot: every slider and own scale within 1–5, and both poles of an own scale.</summary>
    public void Check(ModelStateDictionary state, Text t)
    {
        foreach (var (slider, value) in Sliders)
        {
            if (value is { } v && !PersonaScale.InRange(v))
            {
                state.AddModelError($"Input.Sliders[{slider}]", t["Canvases.Validation.SliderRange", t.Enum(slider), PersonaScale.Min, PersonaScale.Max]);
            }
        }
        for (var i = 0; i < OwnScales.Count; i++)
        {
            var row = OwnScales[i];
            if (row.IsEmpty)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.Left))
            {
                state.AddModelError($"Input.OwnScales[{i}].Left", t["Canvases.Validation.PoleRequired"]);
            }
            if (string.IsNullOrWhiteSpace(row.Right))
            {
                state.AddModelError($"Input.OwnScales[{i}].Right", t["Canvases.Validation.PoleRequired"]);
            }
            if (row.Left?.Trim().Length > PilotPersonaScale.LabelMaxLength || row.Right?.Trim().Length > PilotPersonaScale.LabelMaxLength)
            {
                state.AddModelError($"Input.OwnScales[{i}].Left", t["Canvases.Validation.PoleTooLong", PilotPersonaScale.LabelMaxLength]);
            }
            if (row.Value is { } v && !PersonaScale.InRange(v))
            {
                state.AddModelError($"Input.OwnScales[{i}].Value", t["Canvases.Validation.OwnScaleRange", PersonaScale.Min, PersonaScale.Max]);
            }
        }
    }

    public PersonaSnapshot ToSnapshot() => new()
    {
        Name = Name ?? "", Job = Job, Quote = Quote, AgeCategory = AgeCategory, Gender = Gender, Household = Household, Brands = Brands,
        Sliders = Enum.GetValues<PersonaSlider>().ToDictionary(s => s, SliderValue),
        Biography = Biography, Motivation = Motivation, Frustrations = Frustrations, ProblemWho = ProblemWho, ProblemGoal = ProblemGoal,
        ProblemObstacle = ProblemObstacle, SolvesToday = SolvesToday, SolutionFrustration = SolutionFrustration,
        OwnScales = [.. OwnScales.Where(s => !s.IsEmpty).Select(s => new PersonaOwnScale(s.Key ?? Guid.NewGuid(), s.Left!.Trim(), s.Right!.Trim(), s.Value ?? PersonaScale.Middle))],
    };
}
