namespace Circulair.Library;

/// <summary>
/// Where in the value chain an action or case works (our choice, after the guide's chapter 3): from design to
/// processing at end of life, or the chain as a whole (strategy, governance, platforms).
/// </summary>
public enum ValueChainStep
{
    Ontwerp = 1,
    Productie = 2,
    Distributie = 3,
    Gebruik = 4,
    Inzameling = 5,
    Verwerking = 6,
    Keten = 7,
}

public static class ValueChainSteps
{
    private static readonly Dictionary<string, ValueChainStep> ByCode = Enum.GetValues<ValueChainStep>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The step for its code in data files ("gebruik"), or null.</summary>
    public static ValueChainStep? Parse(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var s) ? s : null;

    public static string Code(this ValueChainStep step) => step.ToString().ToLowerInvariant();
}
