using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circulair.TestKit;

/// <summary>
/// Counts the SQL commands each marked request runs (decision 0340): register it as an EF <see cref="IInterceptor"/>
/// service (the app adds every registered one to its contexts) and send a request with the header
/// <see cref="Header"/> set to a key of your own; <see cref="Take"/> then gives that request's commands. Requests without
/// the header are not counted, so tests running at the same time do not disturb each other.
/// <code>
/// var commands = await counter.CountAsync(client.Http, url);
/// Assert.True(commands.Count &lt;= 10);
/// </code>
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    public const string Header = "X-Test-Count-Sql";

    private static readonly HttpContextAccessor Accessor = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new(StringComparer.Ordinal);

    /// <summary>GETs <paramref name="url"/> marked with a fresh key; returns the response (an HTML body read whole) and the SQL of its commands.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> GetAsync(HttpClient client, string url)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, key);
        // Headers first: a live stream (text/event-stream) never ends; only HTML is read to its end.
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            await response.Content.LoadIntoBufferAsync();
        }
        return (response, Take(key));
    }

    /// <summary>The commands counted for <paramref name="key"/> so far, forgotten afterwards.</summary>
    public IReadOnlyList<string> Take(string key) => _commands.TryRemove(key, out var queue) ? [.. queue] : [];

    private void Note(DbCommand command)
    {
        if (Accessor.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _commands.GetOrAdd(key, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }
}
