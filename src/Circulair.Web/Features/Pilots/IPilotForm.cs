namespace Circulair.Web.Features.Pilots;

/// <summary>A page that shows the pilot fields (_PilotFields): its input and the stakeholders and actions to tick.</summary>
public interface IPilotForm
{
    PilotInput Input { get; }
    List<PilotChoice> Stakeholders { get; }
    List<PilotChoice> Actions { get; }
}
