using Circulair.Library;
using Circulair.Web.Platform.Database;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The instance's knowledge library: the guide's cases and funding programmes shipped with the app, plus what the
/// instance administrator adds in two files of the same columns (Library:CasesFile, Library:FundingFile; decision
/// 0280). The files are checked whole at start-up: a file with any problem stops the app with the rows named, so a
/// half-read catalogue never shows.
/// </summary>
public sealed class KnowledgeLibrary
{
    public KnowledgeLibrary(IConfiguration configuration, IHostEnvironment environment)
    {
        Cases = CaseLibrary.Guide;
        Funding = FundingCatalogue.Guide;
        if (Resolve(configuration["Library:CasesFile"], environment) is { } casesFile)
        {
            using var reader = new StreamReader(casesFile);
            var (cases, problems) = CaseLibrary.Read(reader, fromGuide: false, Cases.All.Select(c => c.Key));
            Refuse(casesFile, problems);
            Cases = Cases.With(cases);
        }
        if (Resolve(configuration["Library:FundingFile"], environment) is { } fundingFile)
        {
            using var reader = new StreamReader(fundingFile);
            var (calls, problems) = FundingCatalogue.Read(reader, Funding.All.Select(c => c.Key));
            Refuse(fundingFile, problems);
            Funding = Funding.With(calls);
        }
    }

    public CaseLibrary Cases { get; }

    public FundingCatalogue Funding { get; }

    private static string? Resolve(string? path, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        var full = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        return File.Exists(full) ? full : throw new StartupException($"Library file {full} does not exist.");
    }

    private static void Refuse(string file, IReadOnlyList<CaseRowProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new StartupException($"{file} was not loaded; fix these rows: " + string.Join("; ", problems.Select(p => $"row {p.Row} {p.Column}: {p.MessageKey}")));
        }
    }
}
