using System.ComponentModel.DataAnnotations;
using Circulair.Pilots;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>The form of Tool 12: the nine blocks, numbered as on the canvas.</summary>
public sealed class BusinessModelInput
{
    [Display(Name = "Pilots.Bmc.ValueProposition")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ValueProposition { get; set; }

    [Display(Name = "Pilots.Bmc.UserSegments")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? UserSegments { get; set; }

    [Display(Name = "Pilots.Bmc.Channels")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Channels { get; set; }

    [Display(Name = "Pilots.Bmc.UserRelationship")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? UserRelationship { get; set; }

    [Display(Name = "Pilots.Bmc.KeyActivities")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? KeyActivities { get; set; }

    [Display(Name = "Pilots.Bmc.Resources")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Resources { get; set; }

    [Display(Name = "Pilots.Bmc.KeyPartners")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? KeyPartners { get; set; }

    [Display(Name = "Pilots.Bmc.RevenueStreams")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? RevenueStreams { get; set; }

    [Display(Name = "Pilots.Bmc.CostStructure")]
    [StringLength(PilotBusinessModel.BlockMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? CostStructure { get; set; }

    public static BusinessModelInput From(BusinessModelSnapshot s) => new()
    {
        ValueProposition = s.ValueProposition, UserSegments = s.UserSegments, Channels = s.Channels, UserRelationship = s.UserRelationship,
        KeyActivities = s.KeyActivities, Resources = s.Resources, KeyPartners = s.KeyPartners, RevenueStreams = s.RevenueStreams, CostStructure = s.CostStructure,
    };

    public BusinessModelSnapshot ToSnapshot() => new()
    {
        ValueProposition = ValueProposition, UserSegments = UserSegments, Channels = Channels, UserRelationship = UserRelationship,
        KeyActivities = KeyActivities, Resources = Resources, KeyPartners = KeyPartners, RevenueStreams = RevenueStreams, CostStructure = CostStructure,
    };
}

/// <summary>The form of Tool 15: the statement, the constraints and the four scaling strategies.</summary>
public sealed class LegacyInput
{
    [Display(Name = "Pilots.Legacy.Statement")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Statement { get; set; }

    [Display(Name = "Pilots.Legacy.Constraints")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Constraints { get; set; }

    [Display(Name = "Pilots.Legacy.ScaleUp")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ScaleUp { get; set; }

    [Display(Name = "Pilots.Legacy.ScaleDeep")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ScaleDeep { get; set; }

    [Display(Name = "Pilots.Legacy.ScaleOut")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ScaleOut { get; set; }

    [Display(Name = "Pilots.Legacy.ScaleDown")]
    [StringLength(PilotLegacyCanvas.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ScaleDown { get; set; }

    public static LegacyInput From(LegacySnapshot s) => new()
    {
        Statement = s.Statement, Constraints = s.Constraints, ScaleUp = s.ScaleUp, ScaleDeep = s.ScaleDeep, ScaleOut = s.ScaleOut, ScaleDown = s.ScaleDown,
    };

    public LegacySnapshot ToSnapshot() => new()
    {
        Statement = Statement, Constraints = Constraints, ScaleUp = ScaleUp, ScaleDeep = ScaleDeep, ScaleOut = ScaleOut, ScaleDown = ScaleDown,
    };
}
