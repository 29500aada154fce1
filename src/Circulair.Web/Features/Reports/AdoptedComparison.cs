namespace Circulair.Web.Features.Reports;

/// <summary>The adopted version compared against (its number and date) and the changes since, in action-number order.</summary>
public sealed record AdoptedComparison(int VersionNumber, DateOnly AdoptedOn, IReadOnlyList<ActionChange> Changes);
