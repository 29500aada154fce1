namespace Circulair.Library;

/// <summary>
/// A case the instance administrator added or changed in the web (form or CSV import; decision 0285). A row whose key
/// is a shipped case's replaces that case in the library; any other key adds one. It belongs to the instance, not to
/// an organisation, so it is neither audited per organisation nor archived with one.
/// </summary>
public sealed class InstanceCase
{
    public const int ChapterMaxLength = 20;
    public const int ByMaxLength = 200;

    private InstanceCase()
    {
        Key = TitleNl = TitleEn = Place = Organisations = DomainCode = RStrategyCode = ValueChain = Role = SummaryNl = SummaryEn = "";
    }

    public InstanceCase(LibraryCase c, string? by, DateTime now) : this()
    {
        Key = c.Key;
        Take(c, by, now);
    }

    public int Id { get; private set; }
    public string Key { get; private set; }
    public string TitleNl { get; private set; }
    public string TitleEn { get; private set; }
    public string Place { get; private set; }

    /// <summary>The organisations behind the case, separated by semicolons as in the file.</summary>
    public string Organisations { get; private set; }

    public string DomainCode { get; private set; }
    public string? SubdomainCode { get; private set; }
    public string RStrategyCode { get; private set; }
    public string ValueChain { get; private set; }
    public string Role { get; private set; }

    /// <summary>The guide's chapter when this row replaces one of the guide's cases; null for a case of the instance.</summary>
    public string? Chapter { get; private set; }

    public string? Url { get; private set; }
    public string SummaryNl { get; private set; }
    public string SummaryEn { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The name of the administrator who last saved it (a name, not an account id: the row outlives accounts).</summary>
    public string? UpdatedBy { get; private set; }

    /// <summary>Takes a checked case (<see cref="CaseLibrary.CheckRow"/>); its key must be this row's.</summary>
    public void Take(LibraryCase c, string? by, DateTime now)
    {
        if (!string.Equals(c.Key, Key, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Case {c.Key} cannot replace row {Key}.");
        }
        var f = LibraryFields.Of(c);
        (TitleNl, TitleEn, Place, Organisations, DomainCode) = (f["title_nl"], f["title_en"], f["place"], f["organisations"], f["domain"]);
        (SubdomainCode, RStrategyCode, ValueChain, Role) = (Empty(f["subdomain"]), f["r_strategy"], f["value_chain"], f["role"]);
        (Chapter, Url, SummaryNl, SummaryEn) = (c.Chapter, Empty(f["url"]), f["summary_nl"], f["summary_en"]);
        UpdatedBy = by is null ? null : by[..Math.Min(by.Length, ByMaxLength)];
        UpdatedAt = now;
    }

    /// <summary>The case this row holds, checked again (a reference list that lost a code drops the row rather than break the library).</summary>
    public LibraryCase? ToCase()
    {
        var fields = new Dictionary<string, string>
        {
            ["key"] = Key, ["title_nl"] = TitleNl, ["title_en"] = TitleEn, ["place"] = Place, ["organisations"] = Organisations,
            ["domain"] = DomainCode, ["subdomain"] = SubdomainCode ?? "", ["r_strategy"] = RStrategyCode, ["value_chain"] = ValueChain,
            ["role"] = Role, ["url"] = Url ?? "", ["summary_nl"] = SummaryNl, ["summary_en"] = SummaryEn,
        };
        return CaseLibrary.CheckRow(0, LibraryFields.Reader(fields), fromGuide: false).Case is { } c ? c with { Chapter = Chapter } : null;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
