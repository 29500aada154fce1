using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>A loaded (tracked) canvas as the version pages handle it, whatever its kind.</summary>
public sealed record CanvasHandle(IPilotCanvasType Type, Guid Key, string Title, string Path, Func<string> Snapshot, Action<string> Restore);

/// <summary>A canvas in the versions overview: its kind, key, title and page, without its content.</summary>
public sealed record CanvasListing(IPilotCanvasType Type, Guid Key, string Title, string Path);

/// <summary>
/// One kind of pilot canvas for the shared version store (decision 0273). A new canvas plugs in with a subclass of
/// <see cref="PilotCanvasType{TCanvas, TSnapshot}"/> and one line in <see cref="PilotCanvasTypes.All"/>.
/// </summary>
public interface IPilotCanvasType
{
    /// <summary>The short name stored in <see cref="PilotCanvasVersion.Kind"/>; never change it once versions exist.</summary>
    string Kind { get; }

    /// <summary>Resource key of the tool's name, e.g. "Canvases.Kind.Persona".</summary>
    string NameKey { get; }

    Task<CanvasHandle?> FindAsync(CirculairDbContext db, int organisationId, int pilotId, Guid key, CancellationToken ct);

    Task<List<CanvasListing>> ListAsync(CirculairDbContext db, int organisationId, int pilotId, CancellationToken ct);

    IReadOnlyList<CanvasField> Fields(string snapshotJson);
}

public abstract class PilotCanvasType<TCanvas, TSnapshot> : IPilotCanvasType
    where TCanvas : class, IPilotCanvas<TSnapshot>
    where TSnapshot : ICanvasSnapshot
{
    public abstract string Kind { get; }

    public abstract string NameKey { get; }

    /// <summary>The snapshot schema this build writes (older ones are read, newer refused).</summary>
    protected abstract int CurrentSchema { get; }

    /// <summary>The canvas with everything its snapshot needs (override to include child rows).</summary>
    protected virtual IQueryable<TCanvas> Query(CirculairDbContext db) => db.Set<TCanvas>();

    protected abstract string Title(TCanvas canvas);

    /// <summary>The canvas's page below the pilot, e.g. "/personas/5".</summary>
    protected abstract string Path(TCanvas canvas);

    public async Task<CanvasHandle?> FindAsync(CirculairDbContext db, int organisationId, int pilotId, Guid key, CancellationToken ct)
    {
        var canvas = await Query(db).FirstOrDefaultAsync(c => c.OrganisationId == organisationId && c.PilotId == pilotId && c.CanvasKey == key, ct);
        return canvas is null ? null : Handle(canvas);
    }

    /// <summary>The pilot's canvases of this kind without their child rows: the overview needs only titles (SQL budget).</summary>
    public async Task<List<CanvasListing>> ListAsync(CirculairDbContext db, int organisationId, int pilotId, CancellationToken ct) =>
        [.. (await db.Set<TCanvas>().AsNoTracking().Where(c => c.OrganisationId == organisationId && c.PilotId == pilotId).ToListAsync(ct))
            .Select(c => new CanvasListing(this, c.CanvasKey, Title(c), Path(c)))];

    public CanvasHandle Handle(TCanvas canvas) => new(this, canvas.CanvasKey, Title(canvas), Path(canvas),
        () => CanvasJson.ToJson(canvas.TakeSnapshot()),
        json => canvas.Restore(CanvasJson.FromJson<TSnapshot>(json, CurrentSchema)));

    public IReadOnlyList<CanvasField> Fields(string snapshotJson) => CanvasJson.FromJson<TSnapshot>(snapshotJson, CurrentSchema).Fields();
}

/// <summary>Every canvas kind the version pages know.</summary>
public static class PilotCanvasTypes
{
    public static readonly PersonaCanvasType Persona = new();
    public static readonly JourneyCanvasType Journey = new();
    public static readonly ValueCanvasType Value = new();

    public static readonly IReadOnlyList<IPilotCanvasType> All =
    [
        Persona, Journey, Value,
        // The pilotops branch adds its canvases here (Tool 12, Tool 15): one line each.
    ];

    public static IPilotCanvasType? Find(string? kind) => All.FirstOrDefault(t => t.Kind == kind);
}

public sealed class PersonaCanvasType : PilotCanvasType<PilotPersona, PersonaSnapshot>
{
    public override string Kind => "persona";
    public override string NameKey => "Canvases.Kind.Persona";
    protected override int CurrentSchema => PersonaSnapshot.CurrentSchema;
    protected override IQueryable<PilotPersona> Query(CirculairDbContext db) => db.PilotPersonas.Include(p => p.Scales);
    protected override string Title(PilotPersona canvas) => canvas.Name;
    protected override string Path(PilotPersona canvas) => $"/personas/{canvas.Id}";
}

public sealed class JourneyCanvasType : PilotCanvasType<PilotJourney, JourneySnapshot>
{
    public override string Kind => "journey";
    public override string NameKey => "Canvases.Kind.Journey";
    protected override int CurrentSchema => JourneySnapshot.CurrentSchema;
    protected override IQueryable<PilotJourney> Query(CirculairDbContext db) => db.PilotJourneys.Include(j => j.Phases);
    protected override string Title(PilotJourney canvas) => canvas.Title;
    protected override string Path(PilotJourney canvas) => "/journey";
}

public sealed class ValueCanvasType : PilotCanvasType<PilotValueCanvas, ValueCanvasSnapshot>
{
    public override string Kind => "value";
    public override string NameKey => "Canvases.Kind.Value";
    protected override int CurrentSchema => ValueCanvasSnapshot.CurrentSchema;
    protected override IQueryable<PilotValueCanvas> Query(CirculairDbContext db) => db.PilotValueCanvases.Include(c => c.Items);
    protected override string Title(PilotValueCanvas canvas) => canvas.Segment ?? "";
    protected override string Path(PilotValueCanvas canvas) => "/value-proposition";
}
