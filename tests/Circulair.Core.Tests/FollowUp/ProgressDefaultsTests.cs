using Circulair.FollowUp;
using Circulair.Strategy;

namespace Circulair.Core.Tests.FollowUp;

public sealed class ProgressDefaultsTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ActionStatus.Idee, 0)]
    [InlineData(ActionStatus.Gepland, 0)]
    [InlineData(ActionStatus.Lopend, 50)]
    [InlineData(ActionStatus.Afgerond, 100)]
    [InlineData(ActionStatus.OnHold, null)]
    [InlineData(ActionStatus.Stopgezet, null)]
    public void Every_status_has_a_default_percent_from_the_app(ActionStatus status, int? percent)
    {
        Assert.Equal(percent, ProgressDefaults.Percent(status));
        Assert.Equal(percent, FollowUpSettings.Defaults(1).DefaultPercentOf(status));
    }

    [Fact]
    public void An_organisation_sets_its_own_default_percent_and_label_per_status()
    {
        var settings = new FollowUpSettings(1);
        settings.SetStatus(ActionStatus.Lopend, "  In uitvoering ", 30);
        settings.SetStatus(ActionStatus.OnHold, null, 10);

        Assert.Equal(30, settings.DefaultPercentOf(ActionStatus.Lopend));
        Assert.Equal("In uitvoering", settings.LabelOf(ActionStatus.Lopend));
        Assert.Equal(10, settings.DefaultPercentOf(ActionStatus.OnHold));
        Assert.Null(settings.LabelOf(ActionStatus.OnHold));
        Assert.Equal(100, settings.DefaultPercentOf(ActionStatus.Afgerond));
        Assert.Equal(FollowUpCycle.Driemaandelijks, settings.Cycle);
        Assert.Equal(RollUpWeighting.Gelijk, settings.Weighting);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Refuses_a_default_percent_outside_0_to_100(int percent)
    {
        var error = Assert.Throws<DomainException>(() => new FollowUpSettings(1).SetStatus(ActionStatus.Lopend, null, percent));
        Assert.Equal("FollowUp.Error.PercentRange", error.MessageKey);
    }

    [Theory]
    [InlineData(35, ActionStatus.Lopend, 50, 20, 35)] // given wins
    [InlineData(null, ActionStatus.Lopend, 50, 20, 50)] // else the status's default
    [InlineData(null, ActionStatus.OnHold, null, 20, 20)] // else the last %
    [InlineData(null, ActionStatus.OnHold, null, null, 0)] // else 0
    [InlineData(null, ActionStatus.Afgerond, 80, 20, 100)] // done is 100 % unless said otherwise
    public void Picks_the_percent_of_an_update(int? given, ActionStatus status, int? statusDefault, int? last, int expected) =>
        Assert.Equal(expected, ProgressDefaults.PercentFor(given, status, statusDefault, last));

    [Fact]
    public void An_update_without_percent_takes_the_default_and_sets_the_status_of_the_action()
    {
        var action = new PlannedAction(1, 2, new ActionDetails { Number = "A01", Title = "Opleiding", Status = ActionStatus.Gepland }, Now);
        var settings = new FollowUpSettings(1);
        settings.SetStatus(ActionStatus.Lopend, null, 40);

        var update = ProgressUpdate.Give(action, new ProgressReport { Date = new DateOnly(2026, 6, 15), Status = ActionStatus.Lopend, Text = "Gestart" }, settings, null, 7, "An", Now);

        Assert.Equal(40, update.Percent);
        Assert.Equal(ActionStatus.Lopend, action.Status);
        Assert.Equal("An", update.GivenByName);
    }

    [Fact]
    public void An_update_refuses_a_date_after_today_a_percent_out_of_range_and_a_link_that_is_not_a_web_address()
    {
        var action = new PlannedAction(1, 2, new ActionDetails { Number = "A01", Title = "Opleiding" }, Now);
        var settings = FollowUpSettings.Defaults(1);
        var ok = new ProgressReport { Date = new DateOnly(2026, 6, 15), Status = ActionStatus.Lopend, Percent = 100 };

        Assert.NotNull(ProgressUpdate.Give(action, ok, settings, null, null, "An", Now));
        Assert.Equal("FollowUp.Error.DateInFuture", Assert.Throws<DomainException>(() => ProgressUpdate.Give(action, ok with { Date = new DateOnly(2026, 6, 16) }, settings, null, null, "An", Now)).MessageKey);
        Assert.Equal("FollowUp.Error.PercentRange", Assert.Throws<DomainException>(() => ProgressUpdate.Give(action, ok with { Percent = 101 }, settings, null, null, "An", Now)).MessageKey);
        Assert.Equal("FollowUp.Error.LinkNotWeb", Assert.Throws<DomainException>(() => ProgressUpdate.Give(action, ok with { EvidenceLink = "javascript:alert(1)" }, settings, null, null, "An", Now)).MessageKey);
    }
}
