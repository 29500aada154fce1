using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Circulair.Web.Features.Privacy;

/// <summary>
/// Finds, exports and erases what one organisation holds about one person, named by e-mail address and/or name
/// (decision 0244). It does not keep a list of "personal" columns that new features would forget to extend: it reads
/// every text column of every table that belongs to an organisation (every entity with an <c>OrganisationId</c>, the
/// audit trail included) and matches the address or the name as a whole word, case-insensitively. Erasing replaces
/// each match with a pseudonym in place, with ExecuteUpdate so that the erasure itself writes no old values into the
/// audit trail; audit rows it touched are marked erased, so the history still shows that a change happened.
/// </summary>
public sealed class PersonalData(CirculairDbContext db)
{
    /// <summary>Shorter names would match too much ordinary text.</summary>
    public const int MinimumNameLength = 3;

    public async Task<PersonalDataReport> FindAsync(int organisationId, PersonQuery person, CancellationToken ct)
    {
        var places = new List<PersonalDataPlace>();
        foreach (var (entity, columns) in Tables())
        {
            var rows = await Call<List<PersonalDataPlace>>(nameof(FindInAsync), entity, organisationId, person, columns, ct);
            places.AddRange(rows);
        }
        var email = person.Email?.ToLowerInvariant();
        var account = email is null
            ? null
            : await db.Memberships
                .Where(m => m.OrganisationId == organisationId && m.User.NormalizedEmail == email.ToUpperInvariant())
                .Select(m => new PersonalDataAccount(m.User.DisplayName, m.User.Email!, m.Role.ToString(), m.CreatedAt, m.User.TwoFactorEnabled, m.User.Language))
                .FirstOrDefaultAsync(ct);
        return new PersonalDataReport(person, account, places);
    }

    /// <summary>Replaces every match with <paramref name="pseudonym"/>; returns the number of values changed.</summary>
    public async Task<int> EraseAsync(int organisationId, PersonQuery person, string pseudonym, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = 0;
        foreach (var (entity, columns) in Tables())
        {
            changed += await Call<int>(nameof(EraseInAsync), entity, organisationId, person, columns, ct, pseudonym);
        }
        if (changed > 0)
        {
            // The history shows "erased" for these rows instead of what they said.
            await db.AuditEntries
                .Where(e => e.OrganisationId == organisationId && (e.OldValue!.Contains(pseudonym) || e.NewValue!.Contains(pseudonym) || e.UserName!.Contains(pseudonym)))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.IsErased, true).SetProperty(e => e.IsPersonal, true), ct);
            await OrganisationDataVersion.RaiseAsync(db, organisationId, ct);
        }
        await transaction.CommitAsync(ct);
        return changed;
    }

    /// <summary>Every table of an organisation's data with its text columns.</summary>
    private IEnumerable<(IEntityType Entity, IReadOnlyList<IProperty> Columns)> Tables() =>
        db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.ClrType != typeof(Dictionary<string, object>) && t.FindPrimaryKey() is { Properties.Count: 1 })
            .Where(t => t.FindProperty("OrganisationId") is { } p && p.ClrType == typeof(int) && p.PropertyInfo is not null)
            .Select(t => (t, (IReadOnlyList<IProperty>)[.. t.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null && !p.IsPrimaryKey())]))
            .Where(x => x.Item2.Count > 0)
            .OrderBy(x => x.t.ClrType.Name, StringComparer.Ordinal);

    private Task<T> Call<T>(string method, IEntityType entity, int organisationId, PersonQuery person, IReadOnlyList<IProperty> columns, CancellationToken ct, string? pseudonym = null)
    {
        var generic = typeof(PersonalData).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(entity.ClrType);
        object?[] arguments = pseudonym is null ? [organisationId, person, columns, ct] : [organisationId, person, columns, pseudonym, ct];
        return (Task<T>)generic.Invoke(this, arguments)!;
    }

    private async Task<List<PersonalDataPlace>> FindInAsync<T>(int organisationId, PersonQuery person, IReadOnlyList<IProperty> columns, CancellationToken ct) where T : class
    {
        var rows = await db.Set<T>().AsNoTracking().Where(Matching<T>(organisationId, person, columns)).ToListAsync(ct);
        var places = new List<PersonalDataPlace>();
        var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0];
        foreach (var row in rows)
        {
            var values = columns
                .Select(c => (c.Name, Value: (string?)c.PropertyInfo!.GetValue(row)))
                .Where(c => c.Value is { Length: > 0 })
                .ToDictionary(c => c.Name, c => c.Value!);
            var matched = values.Where(v => person.Matches(v.Value)).Select(v => v.Key).ToList();
            if (matched.Count > 0)
            {
                places.Add(new PersonalDataPlace(typeof(T).Name, Convert.ToString(key.PropertyInfo!.GetValue(row), System.Globalization.CultureInfo.InvariantCulture) ?? "", matched, values));
            }
        }
        return places;
    }

    private async Task<int> EraseInAsync<T>(int organisationId, PersonQuery person, IReadOnlyList<IProperty> columns, string pseudonym, CancellationToken ct) where T : class
    {
        var changed = 0;
        foreach (var column in columns)
        {
            var name = column.Name;
            var found = await db.Set<T>()
                .Where(Matching<T>(organisationId, person, [column]))
                .Select(e => EF.Property<string>(e, name))
                .Distinct()
                .ToListAsync(ct);
            foreach (var value in found.Where(person.Matches))
            {
                var replaced = person.Replace(value, pseudonym);
                changed += await db.Set<T>()
                    .Where(e => EF.Property<int>(e, "OrganisationId") == organisationId && EF.Property<string>(e, name) == value)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string>(e, name), replaced), ct);
            }
        }
        return changed;
    }

    /// <summary>OrganisationId = org AND (lower(c1) LIKE %needle% OR …): a coarse filter in the database; the whole-word test follows in memory.</summary>
    private static Expression<Func<T, bool>> Matching<T>(int organisationId, PersonQuery person, IReadOnlyList<IProperty> columns)
    {
        var e = Expression.Parameter(typeof(T), "e");
        var property = typeof(EF).GetMethod(nameof(EF.Property))!;
        var orgId = Expression.Call(property.MakeGenericMethod(typeof(int)), e, Expression.Constant("OrganisationId"));
        Expression? any = null;
        foreach (var column in columns)
        {
            var value = Expression.Call(property.MakeGenericMethod(typeof(string)), e, Expression.Constant(column.Name));
            var lower = Expression.Call(value, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
            foreach (var needle in person.Needles)
            {
                var contains = Expression.AndAlso(
                    Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
                    Expression.Call(lower, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Constant(needle)));
                any = any is null ? contains : Expression.OrElse(any, contains);
            }
        }
        var body = Expression.AndAlso(Expression.Equal(orgId, Expression.Constant(organisationId)), any ?? Expression.Constant(false));
        return Expression.Lambda<Func<T, bool>>(body, e);
    }
}

/// <summary>Whom to look for: an e-mail address, a name, or both (each matched as a whole word, ignoring case).</summary>
public sealed record PersonQuery(string? Email, string? Name)
{
    public IReadOnlyList<string> Needles { get; } =
        [.. new[] { Email, Name }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim().ToLowerInvariant()).Distinct()];

    private Regex Pattern => new("(?<![\\p{L}\\p{N}_.@-])(" + string.Join('|', Needles.OrderByDescending(n => n.Length).Select(Regex.Escape)) + ")(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public bool IsEmpty => Needles.Count == 0;

    public bool Matches(string? text) => text is { Length: > 0 } && !IsEmpty && Pattern.IsMatch(text);

    public string Replace(string text, string pseudonym) => Pattern.Replace(text, pseudonym);
}

public sealed record PersonalDataAccount(string Name, string Email, string Role, DateTime MemberSince, bool TwoFactor, string Language);

/// <param name="Table">The entity's class name (the glossary in docs/glossary.md names the Dutch term).</param>
/// <param name="Matched">The columns in which the person was found.</param>
/// <param name="Values">Every non-empty text column of the row, for context.</param>
public sealed record PersonalDataPlace(string Table, string Id, IReadOnlyList<string> Matched, IReadOnlyDictionary<string, string> Values);

public sealed record PersonalDataReport(PersonQuery Person, PersonalDataAccount? Account, IReadOnlyList<PersonalDataPlace> Places);
