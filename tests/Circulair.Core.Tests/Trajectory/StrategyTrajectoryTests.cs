using Circulair.Progress;
using Circulair.Trajectory;

namespace Circulair.Core.Tests.Trajectory;

public sealed class StrategyTrajectoryTests
{
    private static StrategyTrajectory Plan(DateOnly? start = null, DateOnly? end = null) =>
        new(1, "Circulair 2030", 2025, 2030, start, end);

    private static StrategyTrajectory WithDefaults()
    {
        var t = Plan();
        t.AddDefaultSessions();
        return t;
    }

    [Theory]
    [InlineData("2026-03-15", "2026-07-15", LeadTimeAdvice.WithinAdvice)] // exactly four months
    [InlineData("2026-03-15", "2026-09-15", LeadTimeAdvice.WithinAdvice)] // exactly six months
    [InlineData("2026-03-15", "2026-07-14", LeadTimeAdvice.TooShort)]
    [InlineData("2026-03-15", "2026-09-16", LeadTimeAdvice.TooLong)]
    [InlineData("2026-03-15", "2026-03-15", LeadTimeAdvice.TooShort)]
    [InlineData("2026-01-31", "2026-06-30", LeadTimeAdvice.WithinAdvice)] // month ends: 31 Jan + 5 months is 30 Jun
    public void Lead_time_advice_follows_the_four_to_six_months_of_the_guide(string start, string end, LeadTimeAdvice expected)
    {
        var t = Plan(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, t.LeadTime);
    }

    [Fact]
    public void Lead_time_is_unknown_until_both_dates_are_known()
    {
        Assert.Equal(LeadTimeAdvice.Unknown, Plan(new DateOnly(2026, 3, 1), null).LeadTime);
        Assert.Equal(LeadTimeAdvice.Unknown, Plan(null, new DateOnly(2026, 8, 1)).LeadTime);
        Assert.Null(Plan().PlannedMonths);
    }

    [Fact]
    public void Planned_months_count_calendar_months_and_a_fraction_of_the_next()
    {
        Assert.Equal(4.0, Plan(new DateOnly(2026, 3, 15), new DateOnly(2026, 7, 15)).PlannedMonths);
        // 15 July → 31 July is 16 of the 31 days up to 15 August.
        Assert.Equal(4 + 16 / 31.0, Plan(new DateOnly(2026, 3, 15), new DateOnly(2026, 7, 31)).PlannedMonths!.Value, 6);
    }

    [Fact]
    public void A_planned_end_before_the_start_is_refused_and_the_plan_stays_as_it_was()
    {
        var t = Plan(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1));

        var e = Assert.Throws<DomainException>(() => t.Reschedule(new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 31)));

        Assert.Equal("Errors.EndBeforeStart", e.MessageKey);
        Assert.Equal(new DateOnly(2026, 3, 1), t.StartDate);
        Assert.Equal(new DateOnly(2026, 8, 1), t.PlannedEndDate);
        Assert.Throws<DomainException>(() => new StrategyTrajectory(1, "X", null, null, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_or_lies_outside_plausible_years_is_refused()
    {
        var t = Plan();

        Assert.Equal("Errors.PeriodEndBeforeStart", Assert.Throws<DomainException>(() => t.SetPeriod(2030, 2025)).MessageKey);
        Assert.Equal("Trajectory.Errors.YearOutOfRange", Assert.Throws<DomainException>(() => t.SetPeriod(2025, 20300)).MessageKey);
        t.SetPeriod(2026, 2026);
        Assert.Equal((2026, 2026), (t.PeriodStartYear, t.PeriodEndYear));
    }

    [Fact]
    public void A_title_is_trimmed_and_must_be_present_and_not_too_long()
    {
        var t = Plan();

        t.Rename("  Circulair Demostad  ");

        Assert.Equal("Circulair Demostad", t.Title);
        Assert.Equal("Trajectory.Errors.TitleRequired", Assert.Throws<DomainException>(() => t.Rename("   ")).MessageKey);
        var tooLong = Assert.Throws<DomainException>(() => t.Rename(new string('x', StrategyTrajectory.TitleMaxLength + 1)));
        Assert.Equal("Trajectory.Errors.TooLong", tooLong.MessageKey);
        Assert.Equal(StrategyTrajectory.TitleMaxLength, tooLong.Arguments[0]);
        Assert.Equal("Circulair Demostad", t.Title);
    }

    [Fact]
    public void A_new_trajectory_is_in_preparation_and_any_known_status_can_follow()
    {
        var t = Plan();
        Assert.Equal(TrajectoryStatus.InVoorbereiding, t.Status);

        t.ChangeStatus(TrajectoryStatus.Gepauzeerd);

        Assert.Equal(TrajectoryStatus.Gepauzeerd, t.Status);
        Assert.Throws<DomainException>(() => t.ChangeStatus((TrajectoryStatus)99));
    }

    [Fact]
    public void Default_sessions_are_the_guides_minimum_in_order_on_the_spine()
    {
        var t = WithDefaults();

        var sessions = t.OrderedSessions();
        Assert.Equal(
            [(1, SessionKind.Kernteam, Phase.Fase1), (2, SessionKind.Stakeholders, Phase.Fase1), (3, SessionKind.Stakeholders, Phase.Fase2), (4, SessionKind.Stakeholders, Phase.Fase2), (5, SessionKind.Nazorg, Phase.Fase3)],
            sessions.Select(s => (s.Position, s.Kind, s.Phase!.Value)));
        Assert.All(sessions, s => Assert.Equal(1, s.OrganisationId));
    }

    [Fact]
    public void Default_sessions_are_refused_when_the_plan_already_has_sessions()
    {
        var t = WithDefaults();

        Assert.Throws<DomainException>(t.AddDefaultSessions);
        Assert.Equal(5, t.Sessions.Count);
    }

    [Fact]
    public void An_added_session_goes_to_the_end_and_a_removed_one_closes_the_gap()
    {
        var t = WithDefaults();
        var extra = t.AddSession(SessionKind.Andere, null);
        Assert.Equal(6, extra.Position);

        t.RemoveSession(t.OrderedSessions()[1]);

        Assert.Equal([1, 2, 3, 4, 5], t.OrderedSessions().Select(s => s.Position));
        Assert.Equal(5, extra.Position);
        Assert.Equal("Errors.NotFoundItem", Assert.Throws<DomainException>(() => t.RemoveSession(WithDefaults().Sessions[0])).MessageKey);
    }

    [Fact]
    public void Moving_up_and_down_swaps_with_the_neighbour()
    {
        var t = WithDefaults();
        var third = t.OrderedSessions()[2];
        var second = t.OrderedSessions()[1];

        t.MoveSessionUp(third);

        Assert.Equal(2, third.Position);
        Assert.Equal(3, second.Position);

        t.MoveSessionDown(third);
        Assert.Equal(3, third.Position);
        Assert.Equal(2, second.Position);
    }

    [Fact]
    public void The_first_session_cannot_go_up_nor_the_last_down()
    {
        var t = WithDefaults();
        var sessions = t.OrderedSessions();

        Assert.Equal("Trajectory.Errors.CannotMove", Assert.Throws<DomainException>(() => t.MoveSessionUp(sessions[0])).MessageKey);
        Assert.Throws<DomainException>(() => t.MoveSessionDown(sessions[4]));
        Assert.Equal(sessions, t.OrderedSessions());
    }

    [Fact]
    public void Placing_a_session_shifts_the_others_and_keeps_positions_without_gaps()
    {
        var t = WithDefaults();
        var before = t.OrderedSessions();

        t.PlaceSession(before[4], 1);

        Assert.Equal([before[4], before[0], before[1], before[2], before[3]], t.OrderedSessions());
        Assert.Equal([1, 2, 3, 4, 5], t.OrderedSessions().Select(s => s.Position));
        Assert.Throws<DomainException>(() => t.PlaceSession(before[0], 6));
        Assert.Throws<DomainException>(() => t.PlaceSession(before[0], 0));
    }

    [Fact]
    public void The_spine_has_every_phase_and_the_pilot_track_with_sessions_in_plan_order()
    {
        var t = WithDefaults();
        var late = t.OrderedSessions()[4];
        late.Describe(SessionKind.Stakeholders, Phase.Fase1, null, null, null, null, null, null, null);
        t.PlaceSession(late, 1);

        var spine = t.Spine();

        Assert.Equal([Phase.Fase1, Phase.Fase2, Phase.Fase3, Phase.Pilot], spine.Select(s => s.Phase!.Value));
        Assert.Equal([1, 2, 3], spine[0].Sessions.Select(s => s.Position));
        Assert.Same(late, spine[0].Sessions[0]);
        Assert.Empty(spine[2].Sessions);
        Assert.Empty(spine[3].Sessions);
    }

    [Fact]
    public void Sessions_without_a_phase_get_their_own_segment_at_the_end_of_the_spine()
    {
        var t = WithDefaults();
        var loose = t.AddSession(SessionKind.Andere, null);

        var spine = t.Spine();

        Assert.Equal(5, spine.Count);
        Assert.Null(spine[4].Phase);
        Assert.Equal([loose], spine[4].Sessions);
    }

    [Fact]
    public void A_session_counts_as_after_the_planned_end_only_when_both_dates_are_known_and_it_is_later()
    {
        var trajectory = new StrategyTrajectory(1, "Plan", 2025, 2030, new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31));
        var late = trajectory.AddSession(SessionKind.Kernteam, null);
        var onTheDay = trajectory.AddSession(SessionKind.Kernteam, null);
        var undated = trajectory.AddSession(SessionKind.Kernteam, null);
        late.Describe(SessionKind.Kernteam, null, null, new DateOnly(2026, 9, 1), null, null, null, null, null);
        onTheDay.Describe(SessionKind.Kernteam, null, null, new DateOnly(2026, 8, 31), null, null, null, null, null);

        Assert.True(trajectory.IsAfterPlannedEnd(late));
        Assert.False(trajectory.IsAfterPlannedEnd(onTheDay));
        Assert.False(trajectory.IsAfterPlannedEnd(undated));
        trajectory.Reschedule(new DateOnly(2026, 3, 1), null);
        Assert.False(trajectory.IsAfterPlannedEnd(late));
    }
}
