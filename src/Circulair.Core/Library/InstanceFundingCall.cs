namespace Circulair.Library;

/// <summary>
/// A funding programme or call the instance administrator added or changed in the web (form or CSV import; decision
/// 0285). A row whose key is a shipped programme's replaces it; any other key adds one. <see cref="LastChecked"/> is
/// the date someone last verified it against the funder's own page.
/// </summary>
public sealed class InstanceFundingCall
{
    private InstanceFundingCall()
    {
        Key = NameNl = NameEn = Funder = Domains = Themes = WhoMayApplyNl = WhoMayApplyEn = AmountNl = AmountEn = SummaryNl = SummaryEn = "";
    }

    public InstanceFundingCall(FundingCall c, string? by, DateTime now) : this()
    {
        Key = c.Key;
        Take(c, by, now);
    }

    public int Id { get; private set; }
    public string Key { get; private set; }
    public string NameNl { get; private set; }
    public string NameEn { get; private set; }
    public string Funder { get; private set; }

    /// <summary>Action domain codes separated by semicolons, or "*" for every domain, as in the file.</summary>
    public string Domains { get; private set; }

    public string Themes { get; private set; }
    public string WhoMayApplyNl { get; private set; }
    public string WhoMayApplyEn { get; private set; }
    public string AmountNl { get; private set; }
    public string AmountEn { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string? Url { get; private set; }
    public DateOnly LastChecked { get; private set; }
    public string SummaryNl { get; private set; }
    public string SummaryEn { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }

    public void Take(FundingCall c, string? by, DateTime now)
    {
        if (!string.Equals(c.Key, Key, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Call {c.Key} cannot replace row {Key}.");
        }
        var f = LibraryFields.Of(c);
        (NameNl, NameEn, Funder, Domains, Themes) = (f["name_nl"], f["name_en"], f["funder"], f["domains"], f["themes"]);
        (WhoMayApplyNl, WhoMayApplyEn, AmountNl, AmountEn) = (f["who_may_apply_nl"], f["who_may_apply_en"], f["amount_nl"], f["amount_en"]);
        (Deadline, Url, LastChecked, SummaryNl, SummaryEn) = (c.Deadline, c.Url?.ToString(), c.LastChecked, f["summary_nl"], f["summary_en"]);
        UpdatedBy = by is null ? null : by[..Math.Min(by.Length, InstanceCase.ByMaxLength)];
        UpdatedAt = now;
    }

    public FundingCall? ToCall()
    {
        var fields = new Dictionary<string, string>
        {
            ["key"] = Key, ["name_nl"] = NameNl, ["name_en"] = NameEn, ["funder"] = Funder, ["domains"] = Domains, ["themes"] = Themes,
            ["who_may_apply_nl"] = WhoMayApplyNl, ["who_may_apply_en"] = WhoMayApplyEn, ["amount_nl"] = AmountNl, ["amount_en"] = AmountEn,
            ["deadline"] = LibraryFields.Date(Deadline), ["url"] = Url ?? "", ["last_checked"] = LibraryFields.Date(LastChecked),
            ["summary_nl"] = SummaryNl, ["summary_en"] = SummaryEn,
        };
        return FundingCatalogue.CheckRow(0, LibraryFields.Reader(fields)).Call;
    }
}
