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

/// <summary>A governance platform as the report sums it up: members and meetings counted, never named.</summary>
public sealed record PlatformSummary(string Name, PlatformKind Kind, string? Description, int Members, int Meetings, DateOnly? LastMeeting);
