using Circulair.Strategy;

namespace Circulair.Core.Tests.Strategy;

/// <summary>Small builders for strategy trees in memory (ids are not set: nothing is saved).</summary>
internal static class Build
{
    public const int Org = 7;
    public const int Trajectory = 11;

    public static StrategyDomain Domain(DomainDecision? decision = DomainDecision.Behouden, string code = "gebouwde-omgeving")
    {
        var domain = new StrategyDomain(Org, Trajectory, code);
        domain.Record(DomainSupport.Hoog, decision, decision is null ? null : "Getest in de workshop", decision is null ? null : new DateOnly(2026, 3, 1));
        return domain;
    }

    public static StrategyGoal Goal(StrategyDomain? domain = null, string statement = "Vanaf 2027 bouwt de gemeente circulair") =>
        new(domain ?? Domain(), 1, new GoalDetails { Statement = statement });

    public static ActionLine Line(StrategyGoal? goal = null, string title = "Circulaire criteria in aanbestedingen") =>
        new(goal ?? Goal(), 1, title, null);

    public static PlannedAction Action(string number = "A01", string title = "Opleiding circulair aankopen") =>
        new(Org, Trajectory, new ActionDetails { Number = number, Title = title }, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
}
