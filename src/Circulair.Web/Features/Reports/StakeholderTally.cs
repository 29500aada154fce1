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

/// <summary>A stakeholder as the summary counts it: its approach (null: not rated yet) and its group's label. No name.</summary>
public sealed record StakeholderTally(StakeholderApproach? Approach, string Group);
