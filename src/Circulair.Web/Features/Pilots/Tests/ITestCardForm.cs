namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>A page that shows the test card fields (_TestCardFields).</summary>
public interface ITestCardForm
{
    TestCardInput Input { get; }

    /// <summary>Whether the criterion may still change (the test has not started).</summary>
    bool CriterionOpen { get; }
}
