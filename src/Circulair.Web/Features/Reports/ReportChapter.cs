namespace Circulair.Web.Features.Reports;

/// <summary>The chapters of the strategy document, in the document's order; the organisation picks which go in.</summary>
public enum ReportChapter
{
    Vision = 1,
    Stakeholders = 2,
    Scan = 3,
    Domains = 4,
    Goals = 5,
    Actions = 6,
    Priorities = 7,
    Indicators = 8,
    Governance = 9,
    Budget = 10,
    Pilots = 11,
}

public static class ReportChapters
{
    public static readonly IReadOnlyList<ReportChapter> All = Enum.GetValues<ReportChapter>();

    /// <summary>
    /// The chapters asked for: every chapter when the form was never sent (a bare link), else exactly those ticked
    /// (<paramref name="chosen"/> marks a sent form, so unticking everything gives a title page and contents only).
    /// Unknown values are dropped by binding; the order is always the document's.
    /// </summary>
    public static IReadOnlyList<ReportChapter> Pick(bool chosen, IEnumerable<ReportChapter>? ticked) =>
        chosen ? [.. All.Where(c => ticked?.Contains(c) == true)] : All;
}
