namespace Circulair.Stakeholders;

/// <summary>A problem with a pasted longlist; <see cref="Key"/> is a resource key, the arguments fill it in.</summary>
public sealed record LonglistProblem(string Key, params object[] Arguments);

/// <summary>The names a pasted longlist adds, or why it cannot be added.</summary>
public sealed record LonglistResult(IReadOnlyList<string> Names, IReadOnlyList<LonglistProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Names.Count > 0;
}

/// <summary>
/// Tool 1, step 1: everyone who can influence the strategy or is affected by it, typed or pasted one name per
/// line (for example from a spreadsheet column or a meeting's notes). Blank lines and list bullets are
/// ignored. The list is refused as a whole when a name occurs twice, is already in the register or is too
/// long, and each problem says which name and line.
/// </summary>
public static class Longlist
{
    public const int MaxNames = 500;

    public static LonglistResult Parse(string? text, IReadOnlyDictionary<string, string> existingNamesByKey)
    {
        var names = new List<string>();
        var problems = new List<LonglistProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var name = StakeholderText.Clean(lines[i].TrimStart('-', '*', '•', '\t', ' '));
            if (name is null)
            {
                continue;
            }
            var line = i + 1;
            var key = StakeholderText.NameKey(name);
            if (name.Length > StakeholderDetails.NameMaxLength)
            {
                problems.Add(new LonglistProblem("Stakeholders.Longlist.Problem.TooLong", line, StakeholderDetails.NameMaxLength));
            }
            else if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new LonglistProblem("Stakeholders.Longlist.Problem.Duplicate", name, line, first));
            }
            else if (existingNamesByKey.TryGetValue(key, out var existing))
            {
                problems.Add(new LonglistProblem("Stakeholders.Longlist.Problem.Exists", name, line, existing));
            }
            seen.TryAdd(key, line);
            names.Add(name);
        }
        if (names.Count == 0)
        {
            problems.Add(new LonglistProblem("Stakeholders.Longlist.Problem.Empty"));
        }
        else if (names.Count > MaxNames)
        {
            problems.Insert(0, new LonglistProblem("Stakeholders.Longlist.Problem.TooMany", names.Count, MaxNames));
        }
        return new LonglistResult(names, problems);
    }
}
