using Circulair.Web.Features.Strategy;

namespace Circulair.Web.Features.Monitoring;

/// <summary>What the indicator fields partial needs from its page: the form and the goals and actions to link.</summary>
public interface IIndicatorForm
{
    IndicatorInput Input { get; }

    IReadOnlyList<LinkOption> Goals { get; }

    /// <summary>The linked actions and at most 50 others that match <see cref="ActionSearch"/> (decision 0416).</summary>
    ActionChoices Actions { get; }
}
