using Circulair.Budget;
using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>One action with its Tool 7 sheet as the report prints it: names already resolved (no private persons).</summary>
public sealed record ReportAction(
    int Id, int? LineId, int Position, string Number, string Title, ActionStatus Status, ActionSize? Size, ActionPriority? Priority,
    DateOnly? Start, DateOnly? End, string? Owner, string? Neighbours, string? Indicator, ActionSheet Sheet,
    IReadOnlyList<(string Name, string? Role)> Partners, double? ImpactMean, double? EffortMean, int RatingCount);
