using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// Names as a report may print them: members (the organisation's staff) by name, organisations by name, and a private
/// person never by name: by the department given, else as "a private person". Reports leave the organisation (the
/// college, the council, the public), so a citizen in the stakeholder register must not travel with them.
/// </summary>
public sealed class ReportPeople
{
    private readonly Dictionary<int, string> _members;
    private readonly Dictionary<int, (string Name, bool Private, string? Department)> _stakeholders;
    private readonly string _privatePerson;

    private ReportPeople(Dictionary<int, string> members, Dictionary<int, (string, bool, string?)> stakeholders, string privatePerson)
    {
        _members = members;
        _stakeholders = stakeholders;
        _privatePerson = privatePerson;
    }

    public string? NameOf(ActionOwner? owner) => owner switch
    {
        null => null,
        { Kind: OwnerKind.Lid } o => _members.GetValueOrDefault(o.Id),
        { } o => StakeholderName(o.Id),
    };

    public string? StakeholderName(int id) => _stakeholders.TryGetValue(id, out var s)
        ? s.Private ? s.Department ?? _privatePerson : s.Name
        : null;

    /// <summary>The names from rows a report read with other lists (members by user id, stakeholders by id).</summary>
    public static ReportPeople From(
        IEnumerable<(int Id, string Name)> members, IEnumerable<(int Id, string Name, bool Private, string? Department)> stakeholders, string privatePerson) =>
        new(members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => m.Name),
            stakeholders.ToDictionary(s => s.Id, s => (s.Name, s.Private, s.Department)),
            privatePerson);

    public static async Task<ReportPeople> LoadAsync(CirculairDbContext db, int organisationId, string privatePerson, CancellationToken ct)
    {
        // Members and stakeholders in one command (UNION ALL), as StrategyPeople reads them.
        var people = await db.Memberships.InOrganisation(organisationId)
            .Select(m => new { Member = true, Id = m.UserId, Name = m.User.DisplayName, Private = false, Department = (string?)null })
            .Concat(db.Stakeholders.InOrganisation(organisationId)
                .Select(s => new { Member = false, s.Id, s.Name, Private = s.Kind == StakeholderKind.Persoon, s.Department }))
            .ToListAsync(ct);
        return new ReportPeople(
            people.Where(p => p.Member).DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => m.Name),
            people.Where(p => !p.Member).ToDictionary(s => s.Id, s => (s.Name, s.Private, s.Department)),
            privatePerson);
    }
}
