using Circulair.Progress;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// What one tool of the method contributes to "Waar staan we?". Each feature that exists registers one
/// source (found by <see cref="FeatureParts"/>), so the dashboard lists only tools that exist and computes their state
/// from the data. A source reads no database: its facts (a <c>Facts</c> record next to it) come with the dashboard's
/// few queries (<see cref="DashboardFactsQuery"/>, decision 0385), so the cards are pure functions of them.
/// </summary>
public interface IProgressSource
{
    IReadOnlyList<ToolProgress> For(DashboardFacts facts);
}

/// <param name="Phase">Where the tool sits on the method's spine.</param>
/// <param name="Order">Position within the phase (the guide's tool number where there is one).</param>
/// <param name="NameKey">Resource key of the tool's name.</param>
/// <param name="HasContent">Whether the organisation has put anything in it yet.</param>
/// <param name="SummaryKey">Resource key of a one-line state, formatted with <paramref name="SummaryArguments"/>.</param>
/// <param name="Url">Where to open the tool.</param>
public sealed record ToolProgress(Phase Phase, int Order, string NameKey, bool HasContent, string SummaryKey, object[] SummaryArguments, string Url);
