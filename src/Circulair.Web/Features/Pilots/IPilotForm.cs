using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;

namespace Circulair.Web.Features.Pilots;

/// <summary>A page that shows the pilot fields (_PilotFields): its input and the stakeholders and actions to tick.</summary>
public interface IPilotForm
{
    PilotInput Input { get; }
    StakeholderChoices Stakeholders { get; }
    ActionChoices Actions { get; }
}
