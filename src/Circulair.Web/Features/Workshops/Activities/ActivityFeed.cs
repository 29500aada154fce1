using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>What a kind gets when its activity closes, to hand its results to the strategy.</summary>
public sealed record ActivityFeed(CirculairDbContext Db, Workshop Workshop, WorkshopActivity Activity, ActivityResults Results, ParticipantDirectory People, Text T);
