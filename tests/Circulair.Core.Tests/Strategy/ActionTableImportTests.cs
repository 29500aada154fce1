using Circulair.Prioritisation;
using Circulair.Stakeholders.Import;
using Circulair.Strategy;
using Circulair.Strategy.Import;

namespace Circulair.Core.Tests.Strategy;

public sealed class ActionTableImportTests
{
    private static readonly ActionImportVocabulary Words = Vocabulary();

    private static ActionImportVocabulary Vocabulary()
    {
        var v = new ActionImportVocabulary();
        v.AddColumn("Nummer", ActionColumn.Number);
        v.AddColumn("Actie", ActionColumn.Title);
        v.AddColumn("Actielijn", ActionColumn.ActionLine);
        v.AddColumn("Trekker", ActionColumn.Owner);
        v.AddColumn("Start", ActionColumn.Start);
        v.AddColumn("Einde", ActionColumn.End);
        v.AddColumn("Status", ActionColumn.Status);
        v.AddColumn("Kwadrant", ActionColumn.Quadrant);
        v.AddColumn("Budget", ActionColumn.Budget);
        v.AddStatus("Gepland", ActionStatus.Gepland);
        v.AddStatus("Lopend", ActionStatus.Lopend);
        v.AddStatus("Running", ActionStatus.Lopend);
        v.AddStatus("On hold", ActionStatus.OnHold);
        v.AddQuadrant("Quick win", Quadrant.QuickWin);
        return v;
    }

    private static readonly ExistingAction[] Actions =
    [
        new(1, new ActionDetails { Number = "A01", Title = "Opleiding", Status = ActionStatus.Gepland }, 100),
        new(2, new ActionDetails { Number = "A02", Title = "Sloopinventaris", Status = ActionStatus.Idee }, null),
    ];

    private static readonly ExistingLine[] Lines =
    [
        new(100, "Aanbesteden", null, null),
        new(101, "Materialenbank", null, null),
        new(102, "Voedseloverschotten", "Bio-economie en voeding", "Te weinig draagvlak"),
    ];

    private static readonly ExistingOwner[] Owners = [new(ActionOwner.Member(5), "An Peeters"), new(ActionOwner.OfStakeholder(9), "Kringwinkel Demoland")];

    private static SheetContent Sheet(string[] headers, params string?[][] rows) =>
        new(headers, [.. rows.Select((r, i) => new SheetRow(i + 2, r))]);

    private static ActionImportPlan Check(SheetContent sheet) => ActionTableImport.Check(sheet, Words, Actions, Lines, Owners);

    [Fact]
    public void Plans_every_change_by_action_number_and_leaves_unchanged_rows_alone()
    {
        var plan = Check(Sheet(["Nummer", "Actie", "Actielijn", "Trekker", "Start", "Einde", "Status", "Budget"],
            ["A01", "Opleiding", "Aanbesteden", "", "", "", "Gepland", "999"],
            ["a02", "Sloopinventaris bij eigen werven", "Materialenbank", "kringwinkel demoland", "2026-04-01", "31/12/2026", "Running", "1"]));

        Assert.True(plan.CanApply);
        Assert.Equal(1, plan.UnchangedRows);
        Assert.Equal(1, plan.ChangedRows);
        Assert.Equal(["Budget"], plan.IgnoredHeaders);
        var row = plan.Rows[1];
        Assert.Equal([ActionColumn.Title, ActionColumn.ActionLine, ActionColumn.Owner, ActionColumn.Start, ActionColumn.End, ActionColumn.Status], row.Changes.Select(c => c.Column));
        Assert.Equal(101, row.LineId);
        Assert.Equal(ActionOwner.OfStakeholder(9), row.Details!.Owner);
        Assert.Equal(new DateOnly(2026, 12, 31), row.Details.End);
        Assert.Equal(ActionStatus.Lopend, row.Details.Status);
        Assert.Equal(new ImportChange(ActionColumn.Status, ActionStatus.Idee, ActionStatus.Lopend), row.Changes[^1]);
    }

    [Fact]
    public void Refuses_unknown_statuses_duplicate_numbers_and_numbers_of_actions_that_do_not_exist()
    {
        var plan = Check(Sheet(["Nummer", "Status"], ["A01", "Bezig"], ["A02", "Lopend"], ["A02", "Lopend"], ["A77", "Lopend"]));

        Assert.False(plan.CanApply);
        Assert.Equal(3, plan.RowsWithProblems);
        Assert.Equal("Strategy.Import.Problem.UnknownStatus", Assert.Single(plan.Rows[0].Problems).Key);
        Assert.True(plan.Rows[1].IsValid);
        var duplicate = Assert.Single(plan.Rows[2].Problems);
        Assert.Equal(("Strategy.Import.Problem.DuplicateNumber", 3), (duplicate.Key, (int)duplicate.Arguments[1]));
        Assert.Equal("Strategy.Import.Problem.UnknownNumber", Assert.Single(plan.Rows[3].Problems).Key);
    }

    [Fact]
    public void Refuses_a_line_in_a_dropped_domain_an_unknown_owner_a_bad_date_and_an_end_before_the_start()
    {
        var plan = Check(Sheet(["Nummer", "Actielijn", "Trekker", "Start", "Einde"],
            ["A01", "Voedseloverschotten", "Niemand", "morgen", ""],
            ["A02", "", "", "2026-06-01", "2026-05-01"]));

        Assert.Equal(["Strategy.Import.Problem.LineInDroppedDomain", "Strategy.Import.Problem.UnknownOwner", "Strategy.Import.Problem.InvalidDate"], plan.Rows[0].Problems.Select(p => p.Key));
        Assert.Equal("Te weinig draagvlak", plan.Rows[0].Problems[0].Arguments[2]);
        Assert.Equal(["Strategy.Import.Problem.EndBeforeStart"], plan.Rows[1].Problems.Select(p => p.Key));
    }

    [Fact]
    public void Reports_an_unknown_quadrant_but_never_applies_a_quadrant()
    {
        var plan = Check(Sheet(["Nummer", "Kwadrant"], ["A01", "Quick win"], ["A02", "Topper"]));

        Assert.Empty(plan.Rows[0].Changes);
        Assert.True(plan.Rows[0].IsValid);
        Assert.Equal("Strategy.Import.Problem.UnknownQuadrant", Assert.Single(plan.Rows[1].Problems).Key);
    }

    [Theory]
    [InlineData("In progress", ActionStatus.Lopend)]
    [InlineData("ongoing", ActionStatus.Lopend)]
    [InlineData("In uitvoering", ActionStatus.Lopend)]
    [InlineData("Klaar", ActionStatus.Afgerond)]
    [InlineData("done", ActionStatus.Afgerond)]
    [InlineData("Uitgesteld", ActionStatus.OnHold)]
    [InlineData("Cancelled", ActionStatus.Stopgezet)]
    [InlineData("To do", ActionStatus.Gepland)]
    public void Understands_common_dutch_and_english_words_for_a_status(string word, ActionStatus expected)
    {
        var words = new ActionImportVocabulary();
        words.AddColumn("Nummer", ActionColumn.Number);
        words.AddColumn("Status", ActionColumn.Status);

        var plan = ActionTableImport.Check(Sheet(["Nummer", "Status"], ["A02", word]), words, Actions, Lines, Owners);

        Assert.True(plan.CanApply);
        Assert.Equal(expected, plan.Rows[0].Details!.Status);
    }

    [Fact]
    public void Says_which_derived_columns_were_edited_and_reads_none_of_them()
    {
        var words = Vocabulary();
        words.AddColumn("Doel", ActionColumn.Goal);
        words.AddColumn("Impact", ActionColumn.Impact);
        words.AddQuadrant("Groot project", Quadrant.GrootProject);
        var shown = new DerivedValues("Circulair bouwen", null, 12500.5m, 1, 5, 5, Quadrant.GrootProject);
        ExistingAction[] actions = [Actions[0] with { Derived = shown }, Actions[1] with { Derived = shown with { Quadrant = null, Impact = null, Effort = null } }];

        var plan = ActionTableImport.Check(
            Sheet(["Nummer", "Doel", "Budget", "Impact", "Kwadrant"],
                ["A01", "Circulair bouwen", "12.500,5", "5", "Quick win"],
                ["A02", "circulair  bouwen", "12500.5", "", ""]),
            words, actions, Lines, Owners);

        Assert.True(plan.CanApply);
        Assert.Equal([ActionColumn.Quadrant], plan.Rows[0].IgnoredEdits);
        Assert.Empty(plan.Rows[0].Changes);
        Assert.Empty(plan.Rows[1].IgnoredEdits);
        Assert.Equal([1], plan.RowsWithIgnoredEdits.Select(r => r.ActionId!.Value));
    }

    [Fact]
    public void A_file_without_a_number_column_or_without_rows_is_refused_as_a_whole()
    {
        Assert.Equal("Strategy.Import.Problem.NoNumberColumn", Assert.Single(Check(Sheet(["Actie"], ["x"])).FileProblems).Key);
        Assert.Equal("Strategy.Import.Problem.NoRows", Assert.Single(Check(Sheet(["Nummer"])).FileProblems).Key);
    }

    [Fact]
    public void Applying_moves_the_action_and_sets_its_fields()
    {
        var domain = Build.Domain();
        var goal = Build.Goal(domain);
        var from = Build.Line(goal, "Aanbesteden");
        var to = Build.Line(goal, "Materialenbank");
        SetId(from, 100);
        SetId(to, 101);
        var a1 = Build.Action("A01", "Opleiding");
        var a2 = Build.Action("A02", "Sloopinventaris");
        SetId(a1, 1);
        SetId(a2, 2);
        a1.PlaceIn(from, []);
        a2.PlaceIn(from, [a1]);
        var existing = new[] { new ExistingAction(1, a1.Details, 100), new ExistingAction(2, a2.Details, 100) };
        var plan = ActionTableImport.Check(Sheet(["Nummer", "Actielijn", "Status"], ["A01", "Materialenbank", "Lopend"]), Words, existing, Lines, Owners);

        plan.Apply([a1, a2], new Dictionary<int, ActionLine> { [100] = from, [101] = to }, DateTime.UtcNow);

        Assert.Same(to, a1.Line);
        Assert.Equal(ActionStatus.Lopend, a1.Status);
        Assert.Equal(1, a2.Position);
    }

    private static void SetId(object entity, int id) => entity.GetType().GetProperty("Id")!.SetValue(entity, id);
}
