namespace Circulair.Library;

public static class GovernmentRoles
{
    private static readonly Dictionary<string, GovernmentRole> ByCode = Enum.GetValues<GovernmentRole>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The role for its code in data files ("richting", "intern", "extern"), or null.</summary>
    public static GovernmentRole? Parse(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var r) ? r : null;

    public static string Code(this GovernmentRole role) => role.ToString().ToLowerInvariant();
}
