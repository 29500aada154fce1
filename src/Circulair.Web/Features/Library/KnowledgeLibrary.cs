using Circulair.Library;
using Circulair.Persistence;
using Circulair.Web.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The instance's knowledge library: the guide's cases and funding programmes shipped with the app, plus what the
/// instance administrator adds in two files of the same columns (Library:CasesFile, Library:FundingFile; decision
/// 0280), plus the rows the administrator saved in the web (<see cref="InstanceCase"/>, <see cref="InstanceFundingCall"/>;
/// decision 0285), which replace a shipped or file entry with the same key or add one. The files are checked whole at
/// start-up: a file with any problem stops the app with the rows named, so a half-read catalogue never shows.
/// </summary>
/// <remarks>
/// The merged catalogue is kept here (a singleton), so the library pages never touch the database. It is built on first
/// use and rebuilt after the administrator's change on this instance (<see cref="Refresh"/>); other web instances of
/// the same installation rebuild theirs at most <see cref="MaxAge"/> later.
/// </remarks>
public sealed class KnowledgeLibrary
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly CaseLibrary _baseCases;
    private readonly FundingCatalogue _baseFunding;
    private readonly IServiceScopeFactory? _scopes;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private volatile Snapshot? _current;

    private sealed record Snapshot(CaseLibrary Cases, FundingCatalogue Funding, IReadOnlySet<string> StoredCaseKeys, IReadOnlySet<string> StoredCallKeys, DateTimeOffset BuiltAt);

    public KnowledgeLibrary(IConfiguration configuration, IHostEnvironment environment, IServiceScopeFactory? scopes = null, TimeProvider? clock = null)
    {
        _scopes = scopes;
        _clock = clock ?? TimeProvider.System;
        _baseCases = CaseLibrary.Guide;
        _baseFunding = FundingCatalogue.Guide;
        if (Resolve(configuration["Library:CasesFile"], environment) is { } casesFile)
        {
            using var reader = new StreamReader(casesFile);
            var (cases, problems) = CaseLibrary.Read(reader, fromGuide: false, _baseCases.All.Select(c => c.Key));
            Refuse(casesFile, problems);
            _baseCases = _baseCases.With(cases);
        }
        if (Resolve(configuration["Library:FundingFile"], environment) is { } fundingFile)
        {
            using var reader = new StreamReader(fundingFile);
            var (calls, problems) = FundingCatalogue.Read(reader, _baseFunding.All.Select(c => c.Key));
            Refuse(fundingFile, problems);
            _baseFunding = _baseFunding.With(calls);
        }
    }

    public CaseLibrary Cases => Current().Cases;

    public FundingCatalogue Funding => Current().Funding;

    /// <summary>The shipped and file cases, without the administrator's rows: what "undo my change" returns to.</summary>
    public CaseLibrary ShippedCases => _baseCases;

    public FundingCatalogue ShippedFunding => _baseFunding;

    /// <summary>Whether the administrator has a stored row under this key (an addition or a replacement).</summary>
    public bool IsStoredCase(string key) => Current().StoredCaseKeys.Contains(key);

    public bool IsStoredCall(string key) => Current().StoredCallKeys.Contains(key);

    /// <summary>Forgets the merged catalogue; the next reader builds it again from the stored rows. Call after saving them.</summary>
    public void Refresh() => _current = null;

    private Snapshot Current()
    {
        var snapshot = _current;
        if (snapshot is not null && _clock.GetUtcNow() - snapshot.BuiltAt < MaxAge)
        {
            return snapshot;
        }
        lock (_gate)
        {
            snapshot = _current;
            if (snapshot is null || _clock.GetUtcNow() - snapshot.BuiltAt >= MaxAge)
            {
                snapshot = Build();
                _current = snapshot;
            }
            return snapshot;
        }
    }

    private Snapshot Build()
    {
        List<LibraryCase> storedCases = [];
        List<FundingCall> storedCalls = [];
        if (_scopes is not null)
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            // Synchronous on purpose: this runs once per change (or MaxAge) behind a lock, inside property getters the pages read.
            storedCases = [.. db.InstanceCases.AsNoTracking().AsEnumerable().Select(c => c.ToCase()).OfType<LibraryCase>()];
            storedCalls = [.. db.InstanceFundingCalls.AsNoTracking().AsEnumerable().Select(c => c.ToCall()).OfType<FundingCall>()];
        }
        var caseKeys = storedCases.Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var callKeys = storedCalls.Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Snapshot(
            new CaseLibrary(_baseCases.All.Where(c => !caseKeys.Contains(c.Key)).Concat(storedCases)),
            new FundingCatalogue(_baseFunding.All.Where(c => !callKeys.Contains(c.Key)).Concat(storedCalls)),
            caseKeys, callKeys, _clock.GetUtcNow());
    }

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
