namespace Circulair.Strategy;

/// <summary>What executing a priority action needs, in the order the guide lists it (ch. 5, phase 2).</summary>
public enum ExecutionItem
{
    /// <summary>Project management with a clear trekker: the action has an owner.</summary>
    Trekker = 1,

    /// <summary>A project plan with steps and time: at least one timeline step with a deadline.</summary>
    ProjectPlan = 2,

    /// <summary>A business case and financial plan.</summary>
    BusinessCase = 3,

    /// <summary>Funding where needed: where the money comes from.</summary>
    Funding = 4,

    /// <summary>A communication strategy.</summary>
    Communication = 5,

    /// <summary>A monitoring system: how progress is followed (a written plan or the action's indicator).</summary>
    Monitoring = 6,
}

public sealed record ExecutionCheck(ExecutionItem Item, bool Done);

/// <summary>
/// The list for executing a priority action, checked against the action sheet. Like the SMART checklist it is advice,
/// never a block: a team may execute a small action without a business case, but it should see that it has none.
/// </summary>
public static class ExecutionChecklist
{
    public static IReadOnlyList<ExecutionCheck> Check(bool hasOwner, ActionSheet sheet, string? indicator) =>
    [
        new(ExecutionItem.Trekker, hasOwner),
        new(ExecutionItem.ProjectPlan, sheet.Steps.Any(s => s.Deadline is not null)),
        new(ExecutionItem.BusinessCase, Filled(sheet.BusinessCase)),
        new(ExecutionItem.Funding, Filled(sheet.Funding)),
        new(ExecutionItem.Communication, Filled(sheet.Communication)),
        new(ExecutionItem.Monitoring, Filled(sheet.Monitoring) || Filled(indicator)),
    ];

    private static bool Filled(string? text) => !string.IsNullOrWhiteSpace(text);
}
