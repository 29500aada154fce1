using Circulair.Library;

namespace Circulair.Web.Features.Library;

/// <summary>The funding calls the dashboard announces: a deadline from today up to <see cref="Days"/> days ahead, soonest first, at most <see cref="Max"/>.</summary>
public static class UpcomingDeadlines
{
    public const int Days = 60;
    public const int Max = 5;

    public static IReadOnlyList<FundingCall> For(KnowledgeLibrary library, DateOnly today) =>
        [.. library.Funding.UpcomingDeadlines(today, Days).Take(Max)];
}
