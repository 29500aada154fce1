using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// The documents axe-core has passed in this test run, so that the same document is not audited again: the log-in
/// page every journey starts from, the dashboard a journey returns to between tools. axe's result depends only on
/// the document, the window size and whether scripts ran; a document is the same when its HTML is equal apart from
/// the antiforgery token, which differs on every answer. Only a pass is remembered: a document with findings is
/// audited (and reported) every time it appears. Every navigation still gets the session's other checks (console
/// errors, failed requests).
/// </summary>
internal static partial class CheckedDocuments
{
    private static readonly ConcurrentDictionary<string, byte> Passes = new(StringComparer.Ordinal);

    public static string Key(string html, bool javaScript, int? width, int? height)
    {
        var document = AntiforgeryValue().Replace(html, "${name}");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        return $"{(javaScript ? "js" : "no-js")} {width}x{height} {hash}";
    }

    public static bool PassedBefore(string key) => Passes.ContainsKey(key);

    public static void Passed(string key) => Passes.TryAdd(key, 0);

    [GeneratedRegex("(?<name>name=\"__RequestVerificationToken\"[^>]*?value=\")[^\"]*")]
    private static partial Regex AntiforgeryValue();
}
