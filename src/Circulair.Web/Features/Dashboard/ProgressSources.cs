using Circulair.Progress;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// What one tool of the method contributes to "Waar staan we?". Each feature that exists registers one
/// source (services.AddScoped&lt;IProgressSource, …&gt;()), so the dashboard lists only tools that exist and
/// computes their state from the data.
/// </summary>
public interface IProgressSource
{
    Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct);
}

/// <param name="Phase">Where the tool sits on the method's spine.</param>
/// <param name="Order">Position within the phase (the guide's tool number where there is one).</param>
/// <param name="NameKey">Resource key of the tool's name.</param>
/// <param name="HasContent">Whether the organisation has put anything in it yet.</param>
/// <param name="SummaryKey">Resource key of a one-line state, formatted with <paramref name="SummaryArguments"/>.</param>
/// <param name="Url">Where to open the tool.</param>
public sealed record ToolProgress(Phase Phase, int Order, string NameKey, bool HasContent, string SummaryKey, object[] SummaryArguments, string Url);
