using Circulair.Pilots;

namespace Circulair.Core.Tests.Pilots;

public sealed class PilotStepTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static Pilot NewPilot() => new(1, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank" }, new DateOnly(2026, 1, 10), Now);

    [Fact]
    public void A_new_pilot_starts_in_step_1_with_its_first_move_dated()
    {
        var pilot = NewPilot();

        Assert.Equal(PilotStep.BegrijpGebruikers, pilot.Step);
        var move = Assert.Single(pilot.Moves);
        Assert.Null(move.From);
        Assert.Equal(new DateOnly(2026, 1, 10), move.On);
    }

    [Fact]
    public void Moves_one_step_forward_and_keeps_the_date_of_each_move()
    {
        var pilot = NewPilot();

        pilot.MoveTo(PilotStep.ValideerAanbod, new DateOnly(2026, 3, 1), Today, Now);
        pilot.MoveTo(PilotStep.SchaalProject, new DateOnly(2026, 5, 1), Today, Now);

        Assert.Equal(PilotStep.SchaalProject, pilot.Step);
        Assert.Equal(new DateOnly(2026, 5, 1), pilot.StepSince);
        Assert.Equal([PilotStep.BegrijpGebruikers, PilotStep.ValideerAanbod, PilotStep.SchaalProject], pilot.Moves.Select(m => m.To));
        Assert.Equal(PilotStep.ValideerAanbod, pilot.Moves[^1].From);
    }

    [Fact]
    public void May_go_back_to_any_earlier_step()
    {
        var pilot = NewPilot();
        pilot.MoveTo(PilotStep.ValideerAanbod, new DateOnly(2026, 3, 1), Today, Now);
        pilot.MoveTo(PilotStep.SchaalProject, new DateOnly(2026, 4, 1), Today, Now);

        pilot.MoveTo(PilotStep.BegrijpGebruikers, new DateOnly(2026, 5, 1), Today, Now);

        Assert.Equal(PilotStep.BegrijpGebruikers, pilot.Step);
    }

    [Theory]
    [InlineData(PilotStep.BegrijpGebruikers, PilotStep.SchaalProject)]
    [InlineData(PilotStep.BegrijpGebruikers, PilotStep.VerbeterWerking)]
    [InlineData(PilotStep.BegrijpGebruikers, PilotStep.BegrijpGebruikers)]
    public void Refuses_skipping_a_step_or_staying_put(PilotStep from, PilotStep to)
    {
        Assert.Equal(from, NewPilot().Step);
        var pilot = NewPilot();

        var refused = Assert.Throws<DomainException>(() => pilot.MoveTo(to, Today, Today, Now));

        Assert.Equal("Pilots.Error.IllegalStepMove", refused.MessageKey);
        Assert.Equal(from, pilot.Step);
        Assert.Single(pilot.Moves);
    }

    [Fact]
    public void Lists_exactly_the_next_step_and_the_earlier_ones_as_possible_moves()
    {
        var pilot = NewPilot();
        pilot.MoveTo(PilotStep.ValideerAanbod, new DateOnly(2026, 3, 1), Today, Now);
        pilot.MoveTo(PilotStep.SchaalProject, new DateOnly(2026, 4, 1), Today, Now);

        Assert.Equal([PilotStep.BegrijpGebruikers, PilotStep.ValideerAanbod, PilotStep.VerbeterWerking], pilot.PossibleMoves);
    }

    [Fact]
    public void Refuses_a_move_dated_in_the_future_or_before_the_last_move()
    {
        var pilot = NewPilot();

        Assert.Equal("Pilots.Error.DateInFuture", Assert.Throws<DomainException>(() => pilot.MoveTo(PilotStep.ValideerAanbod, Today.AddDays(1), Today, Now)).MessageKey);
        Assert.Equal("Pilots.Error.MoveBeforeLast", Assert.Throws<DomainException>(() => pilot.MoveTo(PilotStep.ValideerAanbod, new DateOnly(2026, 1, 9), Today, Now)).MessageKey);
        Assert.Equal(PilotStep.BegrijpGebruikers, pilot.Step);
    }

    [Fact]
    public void A_role_period_needs_at_least_one_role_and_an_end_after_its_start()
    {
        var pilot = NewPilot();

        Assert.Equal("Pilots.Error.RolesRequired", Assert.Throws<DomainException>(() => pilot.AddRolePeriod(Today, null, PilotRoles.None, null)).MessageKey);
        Assert.Equal("Pilots.Error.UntilBeforeFrom", Assert.Throws<DomainException>(() => pilot.AddRolePeriod(Today, Today.AddDays(-1), PilotRoles.Trekker, null)).MessageKey);
        var period = pilot.AddRolePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), PilotRoles.Initiatiefnemer | PilotRoles.Trekker, null);

        Assert.Equal([PilotRoles.Initiatiefnemer, PilotRoles.Trekker], PilotRoleList.Split(period.Roles));
        Assert.True(period.Covers(new DateOnly(2026, 6, 30)));
        Assert.False(period.Covers(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Setting_partners_adds_the_new_ones_and_drops_the_ones_left_out()
    {
        var pilot = NewPilot();
        pilot.SetPartners([3, 4]);

        pilot.SetPartners([4, 5]);

        Assert.Equal([4, 5], pilot.Partners.Select(p => p.StakeholderId).Order());
    }

    [Fact]
    public void Ships_the_nine_templates_of_figure_12_each_with_its_texts_in_both_languages()
    {
        Assert.Equal(Enum.GetValues<PilotTemplate>(), PilotTemplates.All.Select(t => t.Template));
        Assert.All(PilotTemplates.All, t =>
        {
            Assert.All(new[] { t.Name, t.Description, t.Partners, t.Persona, t.ValueProposition }, text =>
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Nl));
                Assert.False(string.IsNullOrWhiteSpace(text.En));
            });
        });
        Assert.Equal("De lokale materialenbank", PilotTemplates.Find(PilotTemplate.Materialenbank)!.Name.Nl);
    }
}
