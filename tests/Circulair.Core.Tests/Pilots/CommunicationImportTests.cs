using Circulair.Imports;
using Circulair.Pilots;
using Circulair.Pilots.Import;
using Circulair.Stakeholders.Import;

namespace Circulair.Core.Tests.Pilots;

public sealed class CommunicationImportTests
{
    private static readonly CommunicationDetails Existing = new()
    {
        StakeholderId = 1, Priority = TestLevel.Hoog, Message = "Kom langs", Channels = "Stadskrant", StartsOn = new DateOnly(2027, 3, 1), EndsOn = new DateOnly(2027, 4, 30), Responsible = "Marie",
    };

    private static readonly CommunicationImportContext Context = new(
        [new KnownAudience(1, "Buurtcomité Kerkwijk"), new KnownAudience(2, "Kringwinkel Demoland")],
        [new ExistingCommunication(1, Existing)]);

    private static CommunicationImportPlan Check(params string?[][] rows) =>
        CommunicationImport.Instance.Check(new SheetContent(rows[0], [.. rows.Skip(1).Select((r, i) => new SheetRow(i + 2, r))]), Context);

    [Fact]
    public void Reads_back_an_exported_row_unchanged_changes_a_numbered_row_and_adds_one_without_a_number()
    {
        var plan = Check(
            ["Nr", "Doelgroep", "Prioriteit", "Boodschap", "Kanalen", "Van", "Tot", "Verantwoordelijke", "Opmerking"],
            ["1", "buurtcomite  kerkwijk", "Hoog", "Kom langs", "Stadskrant", "2027-03-01", "30/04/2027", "Marie", "genegeerd"],
            [null, "Kringwinkel Demoland", "low", "Samen sterker", null, null, null, null, null]);

        Assert.True(plan.CanApply());
        Assert.Equal([ImportAction.Unchanged, ImportAction.Add], plan.Rows.Select(r => r.Action));
        Assert.Equal(2, plan.Rows[1].Details!.StakeholderId);
        Assert.Equal(TestLevel.Laag, plan.Rows[1].Details!.Priority);
        Assert.Equal(["Opmerking"], plan.IgnoredHeaders);

        var changed = Check(["Nr", "Doelgroep", "Prioriteit"], ["1", "Buurtcomité Kerkwijk", ""]);
        Assert.Equal(ImportAction.Update, Assert.Single(changed.Rows).Action);
        Assert.Equal(TestLevel.Gemiddeld, changed.Rows[0].Details!.Priority);
    }

    [Fact]
    public void Names_each_bad_cell_by_row_and_column_and_cannot_be_applied()
    {
        var plan = Check(
            ["Nr", "Doelgroep", "Prioriteit", "Van", "Tot"],
            [null, "Pers", "Hoog", null, null],
            [null, "Kringwinkel Demoland", "dringend", "morgen", null],
            ["7", "Kringwinkel Demoland", null, "2027-05-01", "2027-04-01"],
            [null, "Kringwinkel Demoland", null, null, null]);

        Assert.False(plan.CanApply());
        Assert.Equal(3, plan.RowsWithProblems());
        var unknown = Assert.Single(plan.Rows[0].Problems);
        Assert.Equal((CommunicationColumn?)CommunicationColumn.Audience, unknown.Column);
        Assert.EndsWith("UnknownAudience", unknown.Key, StringComparison.Ordinal);
        Assert.Equal(2, plan.Rows[0].RowNumber);
        Assert.Equal([CommunicationColumn.Priority, CommunicationColumn.StartsOn], plan.Rows[1].Problems.Select(p => p.Column!.Value));
        Assert.EndsWith("InvalidDate", plan.Rows[1].Problems[1].Key, StringComparison.Ordinal);
        Assert.Equal([CommunicationColumn.Number, CommunicationColumn.EndsOn], plan.Rows[2].Problems.Select(p => p.Column!.Value));
        Assert.EndsWith("EndBeforeStart", plan.Rows[2].Problems[1].Key, StringComparison.Ordinal);
        Assert.True(plan.Rows[3].IsValid);
    }

    [Fact]
    public void A_sheet_without_the_audience_column_is_refused_as_a_whole()
    {
        var plan = Check(["Nr", "Boodschap"], ["1", "Hallo"]);

        Assert.False(plan.CanApply());
        Assert.EndsWith("MissingColumns", Assert.Single(plan.FileProblems).Key, StringComparison.Ordinal);
        Assert.Empty(plan.Rows);
    }

    [Fact]
    public void The_same_number_twice_is_refused_on_the_second_row()
    {
        var plan = Check(["Nr", "Doelgroep"], ["1", "Kringwinkel Demoland"], ["1", "Kringwinkel Demoland"]);

        Assert.True(plan.Rows[0].IsValid);
        Assert.EndsWith("DuplicateNumber", Assert.Single(plan.Rows[1].Problems).Key, StringComparison.Ordinal);
    }
}

public sealed class PilotCanvasTests
{
    [Fact]
    public void A_business_model_snapshot_survives_json_and_restores_every_block()
    {
        var pilot = new Pilot(1, null, new PilotDetails { Name = "Deelplek" }, new DateOnly(2027, 1, 1), new DateTime(2027, 1, 1));
        var snapshot = new BusinessModelSnapshot { ValueProposition = " Lenen in plaats van kopen ", CostStructure = "Huur" };
        var canvas = new PilotBusinessModel(pilot, BusinessModelSnapshot.FromJson(snapshot.ToJson()), new DateTime(2027, 2, 1));

        Assert.Equal("Lenen in plaats van kopen", canvas.ValueProposition);
        Assert.Equal("Huur", PilotBusinessModel.Block(canvas.Snapshot, BusinessModelBlock.CostStructure));
        Assert.Null(canvas.Snapshot.Channels);
        Assert.Equal(9, Enum.GetValues<BusinessModelBlock>().Length);
        canvas.Restore(new BusinessModelSnapshot(), new DateTime(2027, 3, 1));
        Assert.Null(canvas.ValueProposition);
    }

    [Fact]
    public void A_legacy_snapshot_survives_json()
    {
        var snapshot = new LegacySnapshot { Statement = "Blijft bestaan", ScaleDown = "Stoppen met ophalen" };

        Assert.Equal(snapshot, LegacySnapshot.FromJson(snapshot.ToJson()));
        Assert.Equal(new LegacySnapshot(), LegacySnapshot.FromJson(null));
    }

    [Fact]
    public void An_improvement_or_communication_row_that_ends_before_it_starts_is_refused()
    {
        var pilot = new Pilot(1, null, new PilotDetails { Name = "Deelplek" }, new DateOnly(2027, 1, 1), new DateTime(2027, 1, 1));

        Assert.Throws<DomainException>(() => new PilotImprovement(pilot, new ImprovementDetails
        {
            Area = ImprovementArea.Innovatie, Title = "X", StartsOn = new DateOnly(2027, 5, 1), DueOn = new DateOnly(2027, 4, 1),
        }, DateTime.UnixEpoch));
        Assert.Throws<DomainException>(() => new PilotCommunication(pilot, 1, new CommunicationDetails
        {
            StakeholderId = 1, StartsOn = new DateOnly(2027, 5, 1), EndsOn = new DateOnly(2027, 4, 1),
        }, DateTime.UnixEpoch));
    }
}
