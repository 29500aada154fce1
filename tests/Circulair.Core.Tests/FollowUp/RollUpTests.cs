using Circulair.FollowUp;

namespace Circulair.Core.Tests.FollowUp;

public sealed class RollUpTests
{
    /// <summary>An action as "percent/budget", "-" for no update, a trailing "x" for stopped, e.g. "40/1000", "-/0", "80x".</summary>
    private static RollUpItem[] Items(string spec) =>
        [.. spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((s, i) =>
        {
            var stopped = s.EndsWith('x');
            var parts = s.TrimEnd('x').Split('/');
            int? percent = parts[0] == "-" ? null : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            decimal? budget = parts.Length > 1 ? decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null;
            return new RollUpItem(i + 1, $"A{i + 1:00}", $"Actie {i + 1}", percent, stopped, budget);
        })];

    public static TheoryData<string, string, RollUpWeighting, double?, int, int, int, int, bool> Cases => new()
    {
        // name, actions, weighting, expected %, counted, without update, excluded, without budget, fell back to equal
        { "equal weights average", "20 40 60", RollUpWeighting.Gelijk, 40, 3, 0, 0, 0, false },
        { "an action without an update counts as 0 %", "50 - 100", RollUpWeighting.Gelijk, 50, 3, 1, 0, 0, false },
        { "a stopped action is left out", "50 100 0x", RollUpWeighting.Gelijk, 75, 2, 0, 1, 0, false },
        { "a stopped action without update is excluded, not counted as missing", "50 -x", RollUpWeighting.Gelijk, 50, 1, 0, 1, 0, false },
        { "an empty line has no %", "", RollUpWeighting.Gelijk, null, 0, 0, 0, 0, false },
        { "a line of stopped actions only has no %", "10x 20x", RollUpWeighting.Gelijk, null, 0, 0, 2, 0, false },
        { "budget weights", "100/3000 0/1000", RollUpWeighting.Budget, 75, 2, 0, 0, 0, false },
        { "budget weights: an action without budget weighs nothing and is listed", "100/1000 0/0 0", RollUpWeighting.Budget, 100, 3, 0, 0, 2, false },
        { "budget weights: a missing update counts as 0 % with its full weight", "100/1000 -/3000", RollUpWeighting.Budget, 25, 2, 1, 0, 0, false },
        { "budget weights with zero budgets everywhere fall back to equal weights", "20/0 60/0", RollUpWeighting.Budget, 40, 2, 0, 0, 0, true },
        { "budget weights ignore the budget of a stopped action", "50/1000 100/9000x", RollUpWeighting.Budget, 50, 1, 0, 1, 0, false },
        { "the average is a mean, never a sum", "100 100 100 100", RollUpWeighting.Gelijk, 100, 4, 0, 0, 0, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Computes_the_roll_up(string name, string actions, RollUpWeighting weighting, double? percent, int counted, int withoutUpdate, int excluded, int withoutBudget, bool fellBack)
    {
        var result = RollUp.Compute(Items(actions), weighting);

        Assert.True(percent is null ? result.Percent is null : result.Percent is { } p && Math.Abs(p - percent.Value) < 1e-9, $"{name}: got {result.Percent}");
        Assert.Equal(counted, result.Counted);
        Assert.Equal(withoutUpdate, result.WithoutUpdate.Count);
        Assert.Equal(excluded, result.Excluded.Count);
        Assert.Equal(withoutBudget, result.WithoutBudget.Count);
        Assert.Equal(fellBack, result.FellBackToEqual);
        Assert.Equal(fellBack ? RollUpWeighting.Gelijk : weighting, result.Applied);
    }

    [Fact]
    public void Lists_exactly_the_actions_without_an_update_and_the_stopped_ones()
    {
        var result = RollUp.Compute(Items("30 - 70x -"), RollUpWeighting.Gelijk);

        Assert.Equal(["A02", "A04"], result.WithoutUpdate.Select(i => i.Number));
        Assert.Equal(["A03"], result.Excluded.Select(i => i.Number));
    }
}
