using System.Text.Json;
using Circulair.Scan;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// What the check of an import found, kept beside the upload as JSON: the problems (the first
/// <see cref="ImportChecker.MaxKeptProblems"/>, with counts per kind), the unknown category texts to map,
/// and what the commit needs (header, categories, units, years with their areas).
/// </summary>
public sealed record ImportReport
{
    public IReadOnlyList<string> Header { get; init; } = [];
    public long HeaderRow { get; init; }
    public long RowCount { get; init; }
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
    public int ProblemCount { get; init; }
    public Dictionary<ImportProblemKind, int> ProblemsByKind { get; init; } = [];
    public IReadOnlyList<UnknownCategoryText> UnknownCategories { get; init; } = [];
    public IReadOnlyList<ReportCategory> Categories { get; init; } = [];
    public IReadOnlyList<string> Units { get; init; } = [];
    public IReadOnlyList<ReportYear> Years { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static ImportReport? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ImportReport>(File.ReadAllText(path), Json) : null;

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}

public sealed record UnknownCategoryText(string Text, string? Label, long FirstRow, int Column, long Count);

public sealed record ReportCategory(string Code, string? Label);

public sealed record ReportYear(int Year, long Count, IReadOnlyList<string> Areas);
