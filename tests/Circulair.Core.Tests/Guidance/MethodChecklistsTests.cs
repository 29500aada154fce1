using Circulair.FollowUp;
using Circulair.Guidance;
using Circulair.Stakeholders;
using Circulair.Trajectory;

namespace Circulair.Core.Tests.Guidance;

public sealed class MethodChecklistsTests
{
    private static readonly KnownParticipant Milieu = new("Dienst milieu", "Milieu", StakeholderSide.Intern, StakeholderGroup.InterneDienst);
    private static readonly KnownParticipant Economie = new("Dienst economie", "Economie", StakeholderSide.Intern, StakeholderGroup.InterneDienst);
    private static readonly KnownParticipant Kringwinkel = new("Kringwinkel Zuid", null, StakeholderSide.Extern, StakeholderGroup.Kringwinkel);
    private static readonly KnownParticipant Bakkerij = new("Bakkerij Peeters", null, StakeholderSide.Extern, StakeholderGroup.Bedrijven);
    private static readonly KnownParticipant[] Register = [Milieu, Economie, Kringwinkel, Bakkerij];

    private static ChecklistState StateOf(Checklist list, string key) => list.Items.Single(i => i.Key == key).State;

    [Fact]
    public void An_empty_trajectory_has_every_item_open_in_the_order_of_the_guide()
    {
        var lists = MethodChecklists.For(new ChecklistFacts([], [], [], new HashSet<ConditionKind>()));

        Assert.Equal([MethodChecklists.Sessions, MethodChecklists.Politics, MethodChecklists.Diversity, MethodChecklists.Conditions], lists.Select(l => l.Key));
        Assert.All(lists.SelectMany(l => l.Items), i => Assert.Equal(ChecklistState.Open, i.State));
        Assert.Equal(["Politics.MandaatOmTeStarten", "Politics.BudgettaireToets", "Politics.FormeleBekrachtiging", "Politics.PubliekMoment"], lists[1].Items.Select(i => i.Key));
        Assert.All(lists[3].Items, i => Assert.True(i.Manual));
    }

    [Fact]
    public void Sessions_are_under_way_when_dated_and_done_when_written_down_and_three_stakeholder_sessions_are_needed()
    {
        var list = MethodChecklists.SessionChecklist(
        [
            new SessionFacts(SessionKind.Kernteam, Dated: true, Held: true, null),
            new SessionFacts(SessionKind.Stakeholders, Dated: true, Held: true, null),
            new SessionFacts(SessionKind.Stakeholders, Dated: true, Held: true, null),
            new SessionFacts(SessionKind.Stakeholders, Dated: true, Held: false, null),
            new SessionFacts(SessionKind.Nazorg, Dated: false, Held: false, null),
        ]);

        Assert.Equal(ChecklistState.Done, StateOf(list, "Sessions.CoreTeam"));
        var stakeholders = list.Items.Single(i => i.Key == "Sessions.Stakeholders");
        Assert.Equal((ChecklistState.Partly, 2, 3), (stakeholders.State, stakeholders.Count, stakeholders.Needed));
        Assert.Equal(ChecklistState.Open, StateOf(list, "Sessions.Aftercare"));
        Assert.Equal(1, list.Done);
    }

    [Fact]
    public void Three_written_down_stakeholder_sessions_complete_the_item_and_other_kinds_do_not_count()
    {
        var list = MethodChecklists.SessionChecklist(
        [
            new SessionFacts(SessionKind.Stakeholders, true, true, null),
            new SessionFacts(SessionKind.Stakeholders, true, true, null),
            new SessionFacts(SessionKind.Andere, true, true, null),
            new SessionFacts(SessionKind.Stakeholders, false, true, null),
        ]);

        Assert.Equal(ChecklistState.Done, StateOf(list, "Sessions.Stakeholders"));
        Assert.Equal(ChecklistState.Open, StateOf(list, "Sessions.CoreTeam"));
    }

    [Fact]
    public void A_political_moment_is_done_with_a_decision_and_only_under_way_when_it_was_postponed_or_refused()
    {
        var list = MethodChecklists.PoliticsChecklist(
        [
            new DecisionFacts(PoliticalMoment.MandaatOmTeStarten, DecisionOutcome.Goedgekeurd),
            new DecisionFacts(PoliticalMoment.BudgettaireToets, DecisionOutcome.Uitgesteld),
            new DecisionFacts(PoliticalMoment.FormeleBekrachtiging, DecisionOutcome.Afgekeurd),
            new DecisionFacts(PoliticalMoment.FormeleBekrachtiging, DecisionOutcome.GoedgekeurdMetWijzigingen),
        ]);

        Assert.Equal(ChecklistState.Done, StateOf(list, "Politics.MandaatOmTeStarten"));
        Assert.Equal(ChecklistState.Partly, StateOf(list, "Politics.BudgettaireToets"));
        Assert.Equal(ChecklistState.Done, StateOf(list, "Politics.FormeleBekrachtiging"));
        Assert.Equal(ChecklistState.Open, StateOf(list, "Politics.PubliekMoment"));
    }

    [Fact]
    public void Participants_are_recognised_by_name_or_department_ignoring_case_and_unknown_names_are_left_out()
    {
        var found = MethodChecklists.Recognise("An Janssens (milieu)\nKRINGWINKEL ZUID; Piet, iemand van Bakkerij Peeters", Register);

        Assert.Equal([Milieu, Kringwinkel, Bakkerij], found);
        Assert.Empty(MethodChecklists.Recognise(null, Register));
        Assert.Empty(MethodChecklists.Recognise("Jan, Piet", Register));
    }

    [Fact]
    public void Diversity_counts_internal_departments_and_external_groups_over_the_sessions_and_sees_varied_sessions()
    {
        var list = MethodChecklists.DiversityChecklist(
        [
            new SessionFacts(SessionKind.Stakeholders, true, true, "Dienst milieu, Kringwinkel Zuid"),
            new SessionFacts(SessionKind.Stakeholders, true, true, "Dienst economie, Bakkerij Peeters"),
        ], Register);

        Assert.Equal(ChecklistState.Done, StateOf(list, "Diversity.Internal"));
        Assert.Equal(ChecklistState.Done, StateOf(list, "Diversity.External"));
        Assert.Equal(ChecklistState.Done, StateOf(list, "Diversity.Varied"));
    }

    [Fact]
    public void The_same_group_every_session_is_flagged_and_the_core_team_session_does_not_count()
    {
        var list = MethodChecklists.DiversityChecklist(
        [
            new SessionFacts(SessionKind.Kernteam, true, true, "Dienst economie, Bakkerij Peeters"),
            new SessionFacts(SessionKind.Stakeholders, true, true, "Dienst milieu, Kringwinkel Zuid"),
            new SessionFacts(SessionKind.Stakeholders, true, true, "kringwinkel zuid\ndienst milieu"),
        ], Register);

        Assert.Equal(ChecklistState.Partly, StateOf(list, "Diversity.Internal"));
        Assert.Equal(ChecklistState.Partly, StateOf(list, "Diversity.External"));
        Assert.Equal(ChecklistState.Partly, StateOf(list, "Diversity.Varied"));
    }

    [Fact]
    public void An_external_stakeholder_without_group_is_not_counted_as_a_group_of_its_own()
    {
        var buurt = new KnownParticipant("Buurtcomité West", null, StakeholderSide.Extern, null);
        var list = MethodChecklists.DiversityChecklist(
        [
            new SessionFacts(SessionKind.Stakeholders, true, true, "Kringwinkel Zuid, Buurtcomité West"),
        ], [.. Register, buurt]);

        Assert.Equal(1, list.Items.Single(i => i.Key == "Diversity.External").Count);
    }

    [Fact]
    public void Diversity_needs_two_sessions_with_participants_before_it_can_tell_whether_they_vary()
    {
        var list = MethodChecklists.DiversityChecklist([new SessionFacts(SessionKind.Stakeholders, true, true, "Dienst milieu")], Register);

        Assert.Equal(ChecklistState.Open, StateOf(list, "Diversity.Varied"));
        Assert.Equal(ChecklistState.Open, StateOf(list, "Diversity.External"));
    }

    [Fact]
    public void Internal_conditions_are_done_exactly_when_ticked()
    {
        var list = MethodChecklists.ConditionChecklist(new HashSet<ConditionKind> { ConditionKind.Mandaat, ConditionKind.Cultuur });

        Assert.Equal([ChecklistState.Done, ChecklistState.Open, ChecklistState.Open, ChecklistState.Done], list.Items.Select(i => i.State));
    }

    [Fact]
    public void A_condition_refuses_an_unknown_kind_and_a_note_that_is_too_long_and_blanks_an_empty_note()
    {
        Assert.Throws<DomainException>(() => new InternalCondition(1, 1, (ConditionKind)99, null, null, DateTime.UtcNow));
        Assert.Throws<DomainException>(() => new InternalCondition(1, 1, ConditionKind.Tijd, new string('x', InternalCondition.NoteMaxLength + 1), null, DateTime.UtcNow));
        Assert.Null(new InternalCondition(1, 1, ConditionKind.Tijd, "   ", null, DateTime.UtcNow).Note);
    }
}
