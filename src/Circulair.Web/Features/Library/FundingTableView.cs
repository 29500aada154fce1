using Circulair.Library;

namespace Circulair.Web.Features.Library;

/// <summary>
/// What the funding table shows: the calls, today (for "afgelopen"), its caption, and optionally one link per call in a
/// last column (the administrator's "Wijzigen", an action's "Aanvraag starten").
/// </summary>
public sealed record FundingTableView(IReadOnlyList<FundingCall> Calls, DateOnly Today, string Caption, string? LinkText = null, Func<FundingCall, string>? LinkHref = null);
