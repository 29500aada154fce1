using System.Globalization;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The workshop report as plain document models: a readable .docx (one section per activity, its results as
/// tables and lists) and an .xlsx with one sheet per kind of result in long form (one row per item, option,
/// criterion or idea, with the activity on every row) so results can be filtered and pivoted. Times are local
/// (Brussels); numbers in the document are formatted in the reader's language, in the workbook they stay numbers.
/// </summary>
public static class WorkshopReportExport
{
    public static DocumentModel Document(WorkshopReport report, Text t)
    {
        var w = report.Workshop;
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock(string.Join("\n", Meta(report, t)), Quiet: true),
        };
        foreach (var entry in report.Activities)
        {
            var a = entry.Activity;
            blocks.Add(new HeadingBlock(1, t["Workshops.Report.ActivityHeading", a.Position, a.Title]));
            blocks.Add(new ParagraphBlock(ActivityLine(entry, t), Quiet: true));
            if (entry.Results is not { } r)
            {
                blocks.Add(new ParagraphBlock(t["Workshops.Report.NotHeld"]));
                continue;
            }
            blocks.AddRange(ResultBlocks(entry, r, t));
        }
        return new DocumentModel(t["Workshops.Report.Title", w.Title], CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "nl-BE", blocks);
    }

    /// <summary>The lines under the title: session, code, status, times and participants.</summary>
    public static IReadOnlyList<string> Meta(WorkshopReport report, Text t)
    {
        var w = report.Workshop;
        var lines = new List<string>
        {
            t["Workshops.Report.Session", report.Session],
            t["Workshops.Report.CodeAndStatus", w.Code, t.Enum(w.Status)],
        };
        if (w.StartedAt is { } started)
        {
            lines.Add(t["Workshops.Report.Started", Time(started)]);
        }
        if (w.EndedAt is { } ended)
        {
            lines.Add(t["Workshops.Report.Ended", Time(ended)]);
        }
        lines.Add(t["Workshops.Report.Participants", report.Participants]);
        lines.Add(t["Workshops.Report.MadeAt", Time(report.MadeAt)]);
        return lines;
    }

    /// <summary>"Stippenstemming · Gesloten · geopend 14:05 · gesloten 14:20 · 12 deelnemers gaven antwoord".</summary>
    public static string ActivityLine(ReportActivity entry, Text t)
    {
        var a = entry.Activity;
        var parts = new List<string> { t.Enum(a.Kind), t.Enum(a.State) };
        if (a.OpenedAt is { } opened)
        {
            parts.Add(t["Workshops.Report.OpenedAt", Time(opened)]);
        }
        if (a.ClosedAt is { } closed)
        {
            parts.Add(t["Workshops.Report.ClosedAt", Time(closed)]);
        }
        if (entry.Results is { } r)
        {
            parts.Add(t.Count("Workshops.Report.Respondents", r.Respondents));
        }
        if (a.FeedOutcome is { } fed)
        {
            parts.Add(t["Workshops.Report.Fed", t.Enum(fed)]);
        }
        return string.Join(" · ", parts);
    }

    private static IEnumerable<DocumentBlock> ResultBlocks(ReportActivity entry, ActivityResults r, Text t)
    {
        var a = entry.Activity;
        if (a.Kind == ActivityKind.HoeKunnenWe)
        {
            var questions = r.Ideas.Where(i => i.Kind == IdeaKind.Vraag).ToList();
            yield return new TableBlock(t["Workshops.Report.QuestionsCaption", questions.Count],
                [t["Workshops.Report.Question"], t["Workshops.Report.Author"], t["Workshops.Report.Time"]],
                [.. questions.Select(q => (IReadOnlyList<string>)[q.Text, q.Author, Clock(q.CreatedAt)])]);
        }
        if (r.Dots is { } dots && dots.Rows.Count > 0)
        {
            yield return new TableBlock(t.Count("Workshops.Results.DotsCaption", dots.DotsGiven, Counted.Of("Workshops.Detail.Participants", dots.Participants)),
                [t["Workshops.Results.Rank"], t["Workshops.Results.Item"], t["Workshops.Results.Dots"], t["Workshops.Results.Voters"]],
                [.. dots.Rows.Select(d => (IReadOnlyList<string>)[Int(d.Rank), d.Text, Int(d.Dots), Int(d.Voters)])],
                [true, false, true, true]);
        }
        if (r.Poll is { } poll)
        {
            foreach (var block in PollBlocks(poll, t))
            {
                yield return block;
            }
        }
        if (r.Amore is { } amore)
        {
            yield return new TableBlock(t.Count("Workshops.Results.AmoreCaption", amore.Raters),
                [t["Workshops.Results.Criterion"], t["Workshops.Results.MeanHead"], t["Workshops.Report.Lowest"], t["Workshops.Report.Highest"]],
                [.. amore.Criteria.Select(c => (IReadOnlyList<string>)[t.Enum(c.Criterion), Mean(c.ShownMean), Int(c.Lowest), Int(c.Highest)])],
                [false, true, true, true]);
            if (amore.Comments.Count > 0)
            {
                yield return new HeadingBlock(2, t["Workshops.Report.Comments"]);
                yield return new BulletListBlock([.. amore.Comments.Select(c => c.Text)]);
            }
        }
        if (r.ImpactEffort is { } ie)
        {
            yield return new TableBlock(t["Workshops.Results.ImpactEffortCaption"],
                [t["Workshops.Results.Item"], t["Workshops.Impact"], t["Workshops.Effort"], t["Workshops.Results.Raters"], t["Workshops.Results.Quadrant"]],
                [.. ie.Select(x => (IReadOnlyList<string>)[x.Text, Mean(x.Impact), Mean(x.Effort), Int(x.Raters), x.Quadrant is { } q ? t.Enum(q) : "–"])],
                [false, true, true, true, false]);
        }
        if (a.Kind == ActivityKind.Brainwriting)
        {
            foreach (var sheet in r.Ideas.GroupBy(i => i.Sheet ?? 0).OrderBy(g => g.Key))
            {
                yield return new TableBlock(t["Workshops.Results.Sheet", sheet.Key + 1],
                    [t["Workshops.Report.RoundHead"], t["Workshops.Report.Idea"], t["Workshops.Report.BuildsOnHead"], t["Workshops.Report.Author"], t["Workshops.Report.Time"]],
                    [.. sheet.Select(i => (IReadOnlyList<string>)[Int(i.Round), i.Text, entry.BuildsOnText(i) ?? "", i.Author, Clock(i.CreatedAt)])],
                    [true]);
            }
            if (r.Ideas.Count == 0)
            {
                yield return new ParagraphBlock(t["Workshops.Report.NoAnswers"]);
            }
        }
        if (a.Kind == ActivityKind.WorldCafe)
        {
            foreach (var table in a.OrderedItems())
            {
                yield return new HeadingBlock(2, t["Workshops.Results.Table", table.Position, table.Text]);
                if (table.HostName is { } host)
                {
                    yield return new ParagraphBlock(t["Workshops.Report.Host", host], Quiet: true);
                }
                var notes = r.Ideas.Where(i => i.ItemKey == table.Id).ToList();
                yield return notes.Count == 0
                    ? new ParagraphBlock(t["Workshops.Results.NoNotes"])
                    : new BulletListBlock([.. notes.Select(n => $"{n.Text} ({t["Workshops.Round", n.Round]})")]);
            }
        }
        if (a.Kind == ActivityKind.Canvasverzameling)
        {
            // The notes by canvas section, each with what the team decided (kept ones are on the canvas).
            foreach (var section in a.OrderedItems())
            {
                yield return new HeadingBlock(2, SectionLabel(a, section, t));
                var notes = r.Ideas.Where(i => i.ItemKey == section.Id).ToList();
                yield return notes.Count == 0
                    ? new ParagraphBlock(t["Workshops.Collect.NoNotes"])
                    : new BulletListBlock([.. notes.Select(n => n.Review is { } review ? $"{n.Text} ({t.Enum(review)})" : n.Text)]);
            }
        }
        if (a.Summary is { } summary)
        {
            yield return new HeadingBlock(2, t["Workshops.Results.Summary"]);
            yield return new ParagraphBlock(summary);
        }
    }

    private static IEnumerable<DocumentBlock> PollBlocks(PollResults poll, Text t)
    {
        var caption = t.Count("Workshops.Results.PollCaption", poll.Participants);
        string[] headers = [t["Workshops.Results.Option"], t["Workshops.Results.Count"]];
        switch (poll.Type)
        {
            case PollType.EenKeuze:
            case PollType.MeerKeuze:
                yield return new TableBlock(caption, headers, [.. poll.Options.Select(o => (IReadOnlyList<string>)[o.Text, Int(o.Count)])], [false, true]);
                break;
            case PollType.Schaal:
                yield return new ParagraphBlock(t["Workshops.Results.Mean", Mean(poll.ScaleMean)]);
                yield return new TableBlock(caption, headers, [.. poll.ScaleCounts.Select((c, i) => (IReadOnlyList<string>)[t[$"Workshops.Score.{i + 1}"], Int(c)])], [false, true]);
                break;
            case PollType.OpenTekst:
                yield return poll.Texts.Count == 0 ? new ParagraphBlock(t["Workshops.Report.NoAnswers"]) : new BulletListBlock(poll.Texts);
                break;
            case PollType.Woordwolk:
                yield return new TableBlock(caption, [t["Workshops.Report.Word"], t["Workshops.Results.Count"]], [.. poll.Words.Select(w => (IReadOnlyList<string>)[w.Word, Int(w.Count)])], [false, true]);
                break;
        }
    }

    public static WorkbookModel Workbook(WorkshopReport report, Text t)
    {
        var w = report.Workshop;
        var ran = report.Activities.Where(e => e.Results is not null).ToList();
        CellModel Nr(ReportActivity e) => e.Activity.Position;
        CellModel Title(ReportActivity e) => e.Activity.Title;

        var workshop = new SheetModel(t["Workshops.Report.Sheet.Workshop"],
            [new ColumnModel(t["Workshops.Report.Field"], 22), new ColumnModel(t["Workshops.Report.Value"], 60)],
            [
                [t["Workshops.Field.Title"].Value, w.Title],
                [t["Workshops.Field.Session"].Value, report.Session],
                [t["Workshops.Field.Code"].Value, w.Code],
                [t["Workshops.Field.Status"].Value, t.Enum(w.Status)],
                [t["Workshops.Report.CreatedHead"].Value, Local(w.CreatedAt)],
                [t["Workshops.Report.StartedHead"].Value, Local(w.StartedAt)],
                [t["Workshops.Report.EndedHead"].Value, Local(w.EndedAt)],
                [t["Workshops.Report.ParticipantsHead"].Value, report.Participants],
                [t["Workshops.Report.MadeAtHead"].Value, Local(report.MadeAt)],
            ]);

        var activities = new SheetModel(t["Workshops.Report.Sheet.Activities"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 40), Col(t, "Workshops.Field.Kind", 24), Col(t, "Workshops.Field.Status", 12),
             Col(t, "Workshops.Report.OpenedHead", 17), Col(t, "Workshops.Report.ClosedHead", 17), Col(t, "Workshops.Report.RespondentsHead", 12),
             Col(t, "Workshops.Report.ItemsHead", 8), Col(t, "Workshops.Report.FedHead", 30), new ColumnModel(t["Workshops.Results.Summary"], 60, Wrap: true)],
            report.Activities.Select(e => (IReadOnlyList<CellModel>)
            [
                Nr(e), Title(e), t.Enum(e.Activity.Kind), t.Enum(e.Activity.State), Local(e.Activity.OpenedAt), Local(e.Activity.ClosedAt),
                e.Results is { } r ? r.Respondents : CellModel.Empty, e.Activity.Items.Count,
                e.Activity.FeedOutcome is { } fed ? t.Enum(fed) : CellModel.Empty, e.Activity.Summary,
            ]));

        var dots = new SheetModel(t["Workshops.Report.Sheet.Dots"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 30), Col(t, "Workshops.Results.Rank", 8), Col(t, "Workshops.Results.Item", 50),
             Col(t, "Workshops.Report.SourceHead", 22), Col(t, "Workshops.Results.Dots", 10), Col(t, "Workshops.Results.Voters", 10)],
            ran.Where(e => e.Results!.Dots is not null).SelectMany(e => e.Results!.Dots!.Rows.Select(d => (IReadOnlyList<CellModel>)
                [Nr(e), Title(e), d.Rank, d.Text, t.Enum(d.Source), d.Dots, d.Voters])));

        var polls = new SheetModel(t["Workshops.Report.Sheet.Polls"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 30), Col(t, "Workshops.Field.PollType", 18), new ColumnModel(t["Workshops.Results.Option"], 50, Wrap: true), Col(t, "Workshops.Results.Count", 10)],
            ran.Where(e => e.Results!.Poll is not null).SelectMany(e => PollRows(e.Results!.Poll!, t).Select(p => (IReadOnlyList<CellModel>)[Nr(e), Title(e), t.Enum(e.Results!.Poll!.Type), p.Answer, p.Count])));

        var amore = new SheetModel(t["Workshops.Report.Sheet.Amore"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 30), Col(t, "Workshops.Results.Criterion", 16), Col(t, "Workshops.Results.MeanHead", 12),
             Col(t, "Workshops.Report.Ratings", 12), Col(t, "Workshops.Report.Lowest", 10), Col(t, "Workshops.Report.Highest", 10), new ColumnModel(t["Workshops.Report.Comment"], 60, Wrap: true)],
            ran.Where(e => e.Results!.Amore is not null).SelectMany(e =>
                e.Results!.Amore!.Criteria.Select(c => (IReadOnlyList<CellModel>)[Nr(e), Title(e), t.Enum(c.Criterion), CellModel.Of(c.Mean), c.Count, CellModel.Of(c.Lowest), CellModel.Of(c.Highest)])
                    .Concat(e.Results.Amore.Comments.Select(c => (IReadOnlyList<CellModel>)[Nr(e), Title(e), t["Workshops.Report.Comment"].Value, CellModel.Empty, CellModel.Empty, CellModel.Empty, CellModel.Empty, c.Text]))));

        var impactEffort = new SheetModel(t["Workshops.Report.Sheet.ImpactEffort"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 30), Col(t, "Workshops.Results.Item", 50), Col(t, "Workshops.Impact", 10),
             Col(t, "Workshops.Effort", 12), Col(t, "Workshops.Results.Raters", 12), Col(t, "Workshops.Results.Quadrant", 18)],
            ran.Where(e => e.Results!.ImpactEffort is not null).SelectMany(e => e.Results!.ImpactEffort!.Select(x => (IReadOnlyList<CellModel>)
                [Nr(e), Title(e), x.Text, CellModel.Of(x.Impact), CellModel.Of(x.Effort), x.Raters, x.Quadrant is { } q ? t.Enum(q) : CellModel.Empty])));

        var ideas = new SheetModel(t["Workshops.Report.Sheet.Ideas"],
            [Col(t, "Workshops.Report.Number", 6), Col(t, "Workshops.Report.Activity", 30), Col(t, "Workshops.Report.Kind", 10), new ColumnModel(t["Workshops.Report.Text"], 60, Wrap: true),
             Col(t, "Workshops.Report.RoundHead", 8), Col(t, "Workshops.Report.SheetHead", 8), Col(t, "Workshops.Report.TableHead", 24), Col(t, "Workshops.Results.Dots", 10),
             new ColumnModel(t["Workshops.Report.BuildsOnHead"], 40, Wrap: true), Col(t, "Workshops.Report.Author", 18), Col(t, "Workshops.Report.Time", 17)],
            ran.SelectMany(e => e.Results!.Ideas.Select(i => (IReadOnlyList<CellModel>)
            [
                Nr(e), Title(e), t.Enum(i.Kind), i.Text, i.Round > 0 ? i.Round : CellModel.Empty, i.Sheet is { } s ? s + 1 : CellModel.Empty,
                e.Activity.Kind == ActivityKind.Canvasverzameling && e.Activity.Items.FirstOrDefault(x => x.Id == i.ItemKey) is { } section
                    ? SectionLabel(e.Activity, section, t)
                    : e.Activity.Items.FirstOrDefault(x => x.Id == i.ItemKey && e.Activity.Kind == ActivityKind.WorldCafe)?.Text,
                QuestionDots(e, i), e.BuildsOnText(i), i.Author, Local(i.CreatedAt),
            ])));

        return new WorkbookModel([workshop, activities, dots, polls, amore, impactEffort, ideas]);
    }

    /// <summary>A canvas section's label in the reader's language (a <i>Verzamelen op een canvas</i> item).</summary>
    private static string SectionLabel(WorkshopActivity a, WorkshopItem section, Text t)
    {
        var key = Activities.CanvasCollectionPhone.LabelKey(a, section);
        return key.Length == 0 ? section.Text : t[key].Value;
    }

    /// <summary>A poll's results as (answer, count) rows: options, the five scale points, each open answer once, each word.</summary>
    public static IEnumerable<(string Answer, int Count)> PollRows(PollResults poll, Text t) => poll.Type switch
    {
        PollType.EenKeuze or PollType.MeerKeuze => poll.Options.Select(o => (o.Text, o.Count)),
        PollType.Schaal => poll.ScaleCounts.Select((c, i) => (t[$"Workshops.Score.{i + 1}"].Value, c)),
        PollType.OpenTekst => poll.Texts.Select(x => (x, 1)),
        PollType.Woordwolk => poll.Words.Select(x => (x.Word, x.Count)),
        _ => [],
    };

    /// <summary>The dots a "Hoe kunnen we…" question got in the vote that followed (its item's source key is the question's id).</summary>
    private static CellModel QuestionDots(ReportActivity e, IdeaView idea)
    {
        if (idea.Kind != IdeaKind.Vraag || e.Results?.Dots is not { } dots)
        {
            return CellModel.Empty;
        }
        var key = idea.Id.ToString(CultureInfo.InvariantCulture);
        var item = e.Activity.Items.FirstOrDefault(i => i.Source == VotingItemKind.Vraag && i.SourceKey == key);
        return item is null ? CellModel.Empty : dots.Rows.FirstOrDefault(r => r.ItemId == item.Id)?.Dots ?? 0;
    }

    private static ColumnModel Col(Text t, string key, double width) => new(t[key], width);

    private static CellModel Local(DateTime? utc) => utc is { } u ? CellModel.Of(LocalTime.Of(u)) : CellModel.Empty;

    /// <summary>"2 maart 2026 14:05" in the reader's language, Brussels time.</summary>
    private static string Time(DateTime utc) => LocalTime.Of(utc).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    private static string Clock(DateTime utc) => LocalTime.Of(utc).ToString("HH:mm", CultureInfo.CurrentCulture);

    private static string Int(int? value) => value is { } v ? v.ToString(CultureInfo.CurrentCulture) : "–";

    private static string Mean(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "–";
}
