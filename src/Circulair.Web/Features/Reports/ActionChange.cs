namespace Circulair.Web.Features.Reports;

/// <param name="Details">Field-level lines ("Einddatum: 31-12-2026 → 30-06-2027"); empty when the comparison only marks.</param>
public sealed record ActionChange(ChangeKind Kind, string Number, string Title, IReadOnlyList<string> Details);
