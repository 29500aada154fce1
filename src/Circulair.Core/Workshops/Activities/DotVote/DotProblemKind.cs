namespace Circulair.Workshops;

/// <summary>What is wrong with a dot allocation; <see cref="DotProblemKind.None"/> when it may be stored.</summary>
public enum DotProblemKind
{
    None,
    OverBudget,
    OverItemMaximum,
    Negative,
    UnknownItem,
}
