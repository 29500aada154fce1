using Circulair.Library;
using Circulair.Library.Sharing;

namespace Circulair.Core.Tests.Library;

public sealed class SharedLibraryItemTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static SharedSnapshot Snapshot() => new(SharedItemKind.Action, "Herbruikbare bekers op evenementen", "CONSUMPTIEGOEDEREN", "R2", ValueChainStep.Gebruik,
    [
        new SnapshotField("Description", "Bekers huren in plaats van wegwerpbekers.", SnapshotPart.Content),
        new SnapshotField("OwnerName", "Jan Peeters", SnapshotPart.PersonalData),
        new SnapshotField("BudgetYears", "2026: 0,2 VTE, € 5000", SnapshotPart.Budget),
    ]);

    [Fact]
    public void Strips_personal_data_and_budget_unless_ticked_in()
    {
        Assert.Equal(["Description"], Snapshot().Stripped(false, false).Fields.Select(f => f.Name));
        Assert.Equal(["Description", "OwnerName"], Snapshot().Stripped(true, false).Fields.Select(f => f.Name));
        Assert.Equal(["Description", "BudgetYears"], Snapshot().Stripped(false, true).Fields.Select(f => f.Name));
    }

    [Fact]
    public void A_proposal_keeps_only_the_stripped_fields_and_is_not_published_until_approved()
    {
        var item = new SharedLibraryItem(1, "Voorbeeldegem", 7, Snapshot().Stripped(false, false), false, false, 3, Now);

        Assert.Equal(SharedItemStatus.Voorgesteld, item.Status);
        Assert.False(item.IsPublished);
        Assert.DoesNotContain("Jan Peeters", item.Content, StringComparison.Ordinal);
        Assert.Equal(["Description"], item.Fields.Select(f => f.Name));

        item.Approve(4, Now.AddDays(1));
        Assert.True(item.IsPublished);
        Assert.Equal(Now.AddDays(1), item.PublishedAt);

        item.Withdraw(4, Now.AddDays(2));
        Assert.Equal(SharedItemStatus.Ingetrokken, item.Status);
        Assert.Throws<DomainException>(() => item.Withdraw(4, Now));
        Assert.Throws<DomainException>(() => item.Approve(4, Now));
    }

    [Fact]
    public void A_refused_proposal_cannot_be_published_afterwards()
    {
        var item = new SharedLibraryItem(1, "Voorbeeldegem", 7, Snapshot(), true, true, 3, Now);
        item.Refuse(4);

        Assert.Equal(SharedItemStatus.Afgewezen, item.Status);
        Assert.Throws<DomainException>(() => item.Approve(4, Now));
    }

    [Fact]
    public void The_snapshot_reports_contact_details_in_its_title_and_fields()
    {
        var snapshot = Snapshot() with { Title = "Bekers (info: 0470 12 34 56)" };

        Assert.Equal(["0470 12 34 56"], snapshot.PersonalDataInText().Select(m => m.Value));
    }
}
