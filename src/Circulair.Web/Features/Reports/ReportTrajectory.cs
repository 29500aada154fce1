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

/// <summary>The trajectory a report is about.</summary>
public sealed record ReportTrajectory(int Id, string Title, int? PeriodStartYear, int? PeriodEndYear);
