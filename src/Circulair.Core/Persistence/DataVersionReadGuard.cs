using System.Data.Common;
using System.Runtime.CompilerServices;
using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circulair.Persistence;

/// <summary>
/// Notes on the context when a query reads a table whose changes do not raise <see cref="Organisation.DataVersion"/>
/// (<see cref="CirculairDbContext.ReadBeyondDataVersion"/>): workshop participants' live input (decision 0190), import
/// drafts, Identity's own tables. The output cache (decision 0171) never stores a page whose request did that, so a page
/// cannot be served stale because it read something the version does not cover, whichever page it is.
/// Covered: every <see cref="IOrganisationScoped"/> entity and <see cref="Organisation"/> (the audit interceptor raises
/// the version on every change), accounts (shown fields raise the versions of the person's organisations) and the audit
/// trail (written with the changes it records; erasure raises the version). Sessions (<see cref="UserSession"/>) are
/// read on every signed-in request to authenticate it, not to render the page; the caches check a session's end
/// themselves (decision 0240).
/// </summary>
public sealed class DataVersionReadGuard : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<string, object> _verdicts = new();
    private static readonly object Beyond = new();
    private static readonly object Within = new();
    private string[]? _uncoveredTables;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    /// <summary>The tables a cached page must not read, as they appear quoted in the SQL of both providers.</summary>
    public static string[] UncoveredTables(DbContext context)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var uncovered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in context.Model.GetEntityTypes())
        {
            if (type.GetTableName() is not { } table)
            {
                continue;
            }
            var clr = type.ClrType;
            var isCovered = typeof(IOrganisationScoped).IsAssignableFrom(clr) || clr == typeof(Organisation) || clr == typeof(AppUser) || clr == typeof(AuditEntry) || clr == typeof(UserSession);
            (isCovered ? covered : uncovered).Add(table);
        }
        uncovered.ExceptWith(covered);
        return [.. uncovered.Order(StringComparer.Ordinal).Select(t => $"\"{t}\"")];
    }

    private void Check(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not CirculairDbContext { ReadBeyondDataVersion: false } db)
        {
            return;
        }
        var sql = command.CommandText;
        if (!_verdicts.TryGetValue(sql, out var verdict))
        {
            var tables = _uncoveredTables ??= UncoveredTables(db);
            verdict = tables.Any(t => sql.Contains(t, StringComparison.OrdinalIgnoreCase)) ? Beyond : Within;
            _verdicts.AddOrUpdate(sql, verdict);
        }
        if (ReferenceEquals(verdict, Beyond))
        {
            db.ReadBeyondDataVersion = true;
        }
    }
}
