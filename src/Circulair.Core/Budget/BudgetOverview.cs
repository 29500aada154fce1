namespace Circulair.Budget;

/// <summary>One action's resources in one year: planned (from the action sheet), committed and spent (follow-up), FTE.</summary>
public sealed record BudgetLine(int ActionId, int? GoalId, int Year, decimal? Planned, decimal? Committed, decimal? Spent, double? Fte);

/// <summary>A code of the meerjarenplan as the overview needs it: its level, parent and amounts per year.</summary>
public sealed record BbcPlanEntry(string Code, BbcLevel Level, string Title, string? ParentCode, IReadOnlyDictionary<int, decimal> Amounts)
{
    public string Key => BbcEntry.Key(Code);
}

/// <summary>Sums of a set of budget lines. A sum over nothing is 0, and FTE is summed over the actions of that year.</summary>
public sealed record BudgetSums(decimal Planned, decimal Committed, decimal Spent, double Fte)
{
    public static readonly BudgetSums Zero = new(0m, 0m, 0m, 0d);

    public static BudgetSums Of(IEnumerable<BudgetLine> lines)
    {
        decimal planned = 0m, committed = 0m, spent = 0m;
        double fte = 0d;
        foreach (var l in lines)
        {
            planned += l.Planned ?? 0m;
            committed += l.Committed ?? 0m;
            spent += l.Spent ?? 0m;
            fte += l.Fte ?? 0d;
        }
        return new BudgetSums(planned, committed, spent, fte);
    }

    /// <summary>Spent as a share of planned (0–1 and beyond), or null when nothing was planned.</summary>
    public double? SpentShare => Planned > 0m ? (double)(Spent / Planned) : null;
}

/// <summary>
/// One code of the meerjarenplan against the actions budgeted under it, per year: what the plan holds, what the
/// actions linked to it (or to a code below it) plan, and the gap between them (plan minus planned: below zero the
/// actions plan more than the plan holds).
/// </summary>
public sealed record BbcGapRow(BbcPlanEntry Entry, int Depth, IReadOnlyDictionary<int, BbcYearGap> Years);

/// <param name="Plan">What the meerjarenplan holds: the code's own amount, else the sum of the codes below it; null when neither.</param>
/// <param name="Planned">What the actions linked to the code or below it plan.</param>
public sealed record BbcYearGap(decimal? Plan, decimal Planned)
{
    public decimal Gap => (Plan ?? 0m) - Planned;
}

/// <summary>
/// The budget of a strategy added up (issue 14 item 6): per goal and year, per year, and per code of the meerjarenplan
/// the gap between what the actions plan and what the plan holds. Pure: the web layer loads the lines, the links and
/// the plan in a few queries. Actions without a link, or linked to a code the plan does not hold, are not part of
/// any code's figures; they are summed apart so the totals still add up.
/// </summary>
public sealed class BudgetOverview
{
    private BudgetOverview(IReadOnlyList<int> years, IReadOnlyList<BudgetLine> lines, IReadOnlyList<BbcGapRow> codes,
        IReadOnlyDictionary<int, BbcYearGap> planTotal, IReadOnlyList<int> unlinked, IReadOnlyList<int> unknownCode)
    {
        Years = years;
        Lines = lines;
        Codes = codes;
        PlanTotal = planTotal;
        ActionsWithoutCode = unlinked;
        ActionsWithUnknownCode = unknownCode;
    }

    /// <summary>Every year that has a budget line or an amount in the plan, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<BudgetLine> Lines { get; }

    /// <summary>Every code of the plan in file order (parents before their children), with its depth (0 = top).</summary>
    public IReadOnlyList<BbcGapRow> Codes { get; }

    /// <summary>Per year: the plan's total (its top codes) against what the linked actions plan.</summary>
    public IReadOnlyDictionary<int, BbcYearGap> PlanTotal { get; }

    /// <summary>Actions with a budget but no code of the plan.</summary>
    public IReadOnlyList<int> ActionsWithoutCode { get; }

    /// <summary>Actions linked to a code the plan does not (or no longer) hold.</summary>
    public IReadOnlyList<int> ActionsWithUnknownCode { get; }

    public BudgetSums Total => BudgetSums.Of(Lines);

    public BudgetSums OfYear(int year) => BudgetSums.Of(Lines.Where(l => l.Year == year));

    public BudgetSums OfGoal(int? goalId) => BudgetSums.Of(Lines.Where(l => l.GoalId == goalId));

    public BudgetSums OfGoalAndYear(int? goalId, int year) => BudgetSums.Of(Lines.Where(l => l.GoalId == goalId && l.Year == year));

    public BudgetSums OfAction(int actionId) => BudgetSums.Of(Lines.Where(l => l.ActionId == actionId));

    /// <summary>What the actions without a (known) code plan in a year.</summary>
    public decimal PlannedOutsidePlan(int year) =>
        Lines.Where(l => l.Year == year && (ActionsWithoutCode.Contains(l.ActionId) || ActionsWithUnknownCode.Contains(l.ActionId))).Sum(l => l.Planned ?? 0m);

    public static BudgetOverview Compute(IEnumerable<BudgetLine> lines, IReadOnlyDictionary<int, string> codeOfAction, IEnumerable<BbcPlanEntry> plan)
    {
        var all = lines.ToList();
        var entries = plan.ToList();
        var byKey = new Dictionary<string, BbcPlanEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            byKey.TryAdd(e.Key, e);
        }
        var children = entries.Where(e => e.ParentCode is not null && byKey.ContainsKey(BbcEntry.Key(e.ParentCode)))
            .ToLookup(e => BbcEntry.Key(e.ParentCode!));
        var years = all.Select(l => l.Year).Concat(entries.SelectMany(e => e.Amounts.Keys)).Distinct().Order().ToList();

        // The codes an action counts toward: its own and every code above it.
        var countsToward = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var withoutCode = new List<int>();
        var unknownCode = new List<int>();
        foreach (var actionId in all.Select(l => l.ActionId).Distinct())
        {
            if (!codeOfAction.TryGetValue(actionId, out var code))
            {
                withoutCode.Add(actionId);
                continue;
            }
            if (!byKey.TryGetValue(BbcEntry.Key(code), out var entry))
            {
                unknownCode.Add(actionId);
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var e = entry; e is not null && seen.Add(e.Key); e = e.ParentCode is { } p ? byKey.GetValueOrDefault(BbcEntry.Key(p)) : null)
            {
                if (!countsToward.TryGetValue(e.Key, out var set))
                {
                    countsToward[e.Key] = set = [];
                }
                set.Add(actionId);
            }
        }

        var planMemo = new Dictionary<(string, int), decimal?>();
        decimal? PlanOf(BbcPlanEntry e, int year, int guard)
        {
            if (planMemo.TryGetValue((e.Key, year), out var known))
            {
                return known;
            }
            decimal? result;
            if (e.Amounts.TryGetValue(year, out var own))
            {
                result = own;
            }
            else if (guard > 3)
            {
                result = null;
            }
            else
            {
                var below = children[e.Key].Select(c => PlanOf(c, year, guard + 1)).Where(a => a is not null).ToList();
                result = below.Count == 0 ? null : below.Sum();
            }
            planMemo[(e.Key, year)] = result;
            return result;
        }

        int DepthOf(BbcPlanEntry e)
        {
            var depth = 0;
            for (var p = e.ParentCode; p is not null && depth < 3 && byKey.TryGetValue(BbcEntry.Key(p), out var parent); p = parent.ParentCode)
            {
                depth++;
            }
            return depth;
        }

        var rows = entries.Select(e => new BbcGapRow(e, DepthOf(e), years.ToDictionary(y => y, y =>
        {
            var ids = countsToward.GetValueOrDefault(e.Key);
            var planned = ids is null ? 0m : all.Where(l => l.Year == y && ids.Contains(l.ActionId)).Sum(l => l.Planned ?? 0m);
            return new BbcYearGap(PlanOf(e, y, 0), planned);
        }))).ToList();
        var linked = countsToward.Values.SelectMany(s => s).ToHashSet();
        var tops = rows.Where(r => r.Depth == 0).ToList();
        var planTotal = years.ToDictionary(y => y, y =>
        {
            var amounts = tops.Select(r => r.Years[y].Plan).Where(a => a is not null).ToList();
            return new BbcYearGap(amounts.Count == 0 ? null : amounts.Sum(), all.Where(l => l.Year == y && linked.Contains(l.ActionId)).Sum(l => l.Planned ?? 0m));
        });
        return new BudgetOverview(years, all, rows, planTotal, withoutCode, unknownCode);
    }
}
