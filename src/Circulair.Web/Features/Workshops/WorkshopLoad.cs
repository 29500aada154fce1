using Circulair.Persistence;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>Loading a workshop within the current organisation (null = 404), and its addresses.</summary>
public static class WorkshopLoad
{
    public static Task<Workshop?> FindAsync(CirculairDbContext db, int organisationId, int workshopId, CancellationToken ct) =>
        db.Workshops.InOrganisation(organisationId)
            .Include(w => w.Activities).ThenInclude(a => a.Items)
            .AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Id == workshopId, ct);

    public static Task<Workshop?> FindByCodeAsync(CirculairDbContext db, string code, CancellationToken ct) =>
        db.Workshops
            .Include(w => w.Activities).ThenInclude(a => a.Items)
            .AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Code == code, ct);

    public static string Url(string org, int workshopId, string rest = "") => $"/o/{org}/workshops/{workshopId}{rest}";

    public static string ParticipantPath(string code) => $"/w/{code}";

    /// <summary>"Sessie 2 – Visie en kansen": how a session is named in pickers and headings.</summary>
    public static IQueryable<SessionOption> SessionOptions(CirculairDbContext db, int organisationId, int? sessionId = null) =>
        db.TrajectorySessions.InOrganisation(organisationId)
            .Where(s => sessionId == null || s.Id == sessionId)
            .OrderBy(s => s.Trajectory.Title).ThenBy(s => s.Position)
            .Select(s => new SessionOption(s.Id, s.TrajectoryId, s.Trajectory.Title, s.Position, s.Title, s.Date));
}

public sealed record SessionOption(int Id, int TrajectoryId, string TrajectoryTitle, int Position, string? Title, DateOnly? Date)
{
    public string Label => $"{TrajectoryTitle} – {Position}. {Title}".TrimEnd(' ', '.');
}

/// <summary>Participants of one workshop numbered in the order they joined, as the screens name them.</summary>
public sealed class ParticipantDirectory
{
    private readonly Dictionary<int, (int Index, string? Name)> _byId;

    private ParticipantDirectory(IReadOnlyList<(int Id, string? Name)> ordered)
    {
        _byId = ordered.Select((p, i) => (p.Id, i, p.Name)).ToDictionary(x => x.Id, x => (x.i, x.Name));
    }

    public int Count => _byId.Count;

    /// <summary>Every participant's id, in the order they joined.</summary>
    public IReadOnlyList<int> InJoinOrder => [.. _byId.OrderBy(p => p.Value.Index).Select(p => p.Key)];

    public static async Task<ParticipantDirectory> LoadAsync(CirculairDbContext db, int workshopId, CancellationToken ct)
    {
        var rows = await db.WorkshopParticipants.Where(p => p.WorkshopId == workshopId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct);
        return new ParticipantDirectory([.. rows.Select(r => (r.Id, r.DisplayName))]);
    }

    /// <summary>0-based position in join order (used by the rotations).</summary>
    public int IndexOf(int participantId) => _byId.TryGetValue(participantId, out var p) ? p.Index : -1;

    /// <summary>The chosen name, else "Deelnemer 3" (number = join order).</summary>
    public string NameOf(int? participantId, Platform.Localization.Text t) =>
        participantId is { } id && _byId.TryGetValue(id, out var p)
            ? p.Name ?? t["Workshops.Participant.Numbered", p.Index + 1].Value
            : t["Workshops.Participant.Unknown"].Value;
}
