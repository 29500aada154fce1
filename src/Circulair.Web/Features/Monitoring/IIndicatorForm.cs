namespace Circulair.Web.Features.Monitoring;

/// <summary>What the indicator fields partial needs from its page: the form and the goals and actions to link.</summary>
public interface IIndicatorForm
{
    IndicatorInput Input { get; }

    IReadOnlyList<LinkOption> Goals { get; }

    IReadOnlyList<LinkOption> Actions { get; }
}
