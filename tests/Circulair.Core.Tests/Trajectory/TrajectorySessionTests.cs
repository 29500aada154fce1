using System.Reflection;
using Circulair.Audit;
using Circulair.Progress;
using Circulair.Trajectory;

namespace Circulair.Core.Tests.Trajectory;

public sealed class TrajectorySessionTests
{
    private static TrajectorySession Session()
    {
        var t = new StrategyTrajectory(1, "Circulair 2030", null, null, null, null);
        t.AddDefaultSessions();
        return t.OrderedSessions()[0];
    }

    [Fact]
    public void Describe_sets_every_field_trims_text_and_blanks_empty_text()
    {
        var s = Session();

        s.Describe(SessionKind.Stakeholders, Phase.Fase2, "  Doelen  ", new DateOnly(2026, 4, 14), " Raadzaal ", "Doel", "   ", "Verslag", "");

        Assert.Equal((SessionKind.Stakeholders, Phase.Fase2), (s.Kind, s.Phase));
        Assert.Equal("Doelen", s.Title);
        Assert.Equal(new DateOnly(2026, 4, 14), s.Date);
        Assert.Equal("Raadzaal", s.Place);
        Assert.Equal("Doel", s.Purpose);
        Assert.Null(s.Participants);
        Assert.Equal("Verslag", s.Minutes);
        Assert.Null(s.Decisions);
    }

    [Theory]
    [InlineData(TrajectorySession.TitleMaxLength + 1, 0, 0)]
    [InlineData(0, TrajectorySession.PlaceMaxLength + 1, 0)]
    [InlineData(0, 0, TrajectorySession.TextMaxLength + 1)]
    public void Over_long_text_is_refused_never_cut_off(int title, int place, int minutes)
    {
        var s = Session();

        var e = Assert.Throws<DomainException>(() => s.Describe(SessionKind.Kernteam, Phase.Fase1, new string('t', title), null, new string('p', place), null, null, new string('m', minutes), null));

        Assert.Equal("Trajectory.Errors.TooLong", e.MessageKey);
        Assert.Null(s.Title);
        Assert.Null(s.Minutes);
    }

    [Fact]
    public void Text_of_exactly_the_maximum_length_is_kept_whole()
    {
        var s = Session();
        var minutes = new string('m', TrajectorySession.TextMaxLength);

        s.Describe(SessionKind.Kernteam, null, null, null, null, null, null, minutes, null);

        Assert.Equal(minutes, s.Minutes);
    }

    [Fact]
    public void A_session_has_a_record_once_it_has_minutes_or_decisions()
    {
        var s = Session();
        Assert.False(s.HasRecord);

        s.Describe(SessionKind.Kernteam, Phase.Fase1, null, null, null, null, null, null, "We starten.");

        Assert.True(s.HasRecord);
    }

    [Fact]
    public void Sessions_are_numbered_within_their_kind_in_plan_order()
    {
        var t = new StrategyTrajectory(1, "X", null, null, null, null);
        t.AddDefaultSessions();
        var sessions = t.OrderedSessions();

        Assert.Equal([1, 1, 2, 3, 1], sessions.Select(s => s.NumberWithinKind()));

        t.PlaceSession(sessions[3], 2);
        Assert.Equal(1, sessions[3].NumberWithinKind());
        Assert.Equal(2, sessions[1].NumberWithinKind());
    }

    [Fact]
    public void Participants_are_personal_data_and_the_other_texts_are_not()
    {
        static bool Personal(string name) => typeof(TrajectorySession).GetProperty(name)!.GetCustomAttribute<PersonalDataAttribute>() is not null;

        Assert.True(Personal(nameof(TrajectorySession.Participants)));
        Assert.False(Personal(nameof(TrajectorySession.Minutes)));
        Assert.False(Personal(nameof(TrajectorySession.Place)));
    }

    [Fact]
    public void An_unknown_kind_or_phase_is_refused()
    {
        var s = Session();

        Assert.Throws<DomainException>(() => s.Describe((SessionKind)42, null, null, null, null, null, null, null, null));
        Assert.Throws<DomainException>(() => s.Describe(SessionKind.Kernteam, (Phase)42, null, null, null, null, null, null, null));
    }
}
