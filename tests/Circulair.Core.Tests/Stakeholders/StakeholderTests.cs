using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Core.Tests.Stakeholders;

public sealed class StakeholderTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Stakeholder New(string name = "Kringwinkel Demoland") => new(1, new StakeholderDetails { Name = name, Group = StakeholderGroup.Kringwinkel }, Now);

    [Fact]
    public void A_newer_assessment_becomes_the_current_rating_and_an_older_one_only_fills_the_history()
    {
        var s = New();
        s.Assess(new DateOnly(2026, 1, 10), Hoog, Hoog, null, Today, Now);
        s.Assess(new DateOnly(2025, 12, 1), Laag, Laag, "achteraf ingevuld", Today, Now);

        Assert.Equal((Hoog, Hoog), (s.Power, s.Interest));
        Assert.Equal(new DateOnly(2026, 1, 10), s.AssessedOn);
        Assert.Equal(StakeholderApproach.ContinuEnActiefManagement, s.Approach);
        Assert.Equal(2, s.Assessments.Count);

        s.Assess(new DateOnly(2026, 2, 1), Hoog, Middel, null, Today, Now);
        Assert.Equal(StakeholderApproach.HoudTevreden, s.Approach);
    }

    [Fact]
    public void Refuses_an_assessment_dated_in_the_future()
    {
        var e = Assert.Throws<DomainException>(() => New().Assess(Today.AddDays(1), Hoog, Hoog, null, Today, Now));
        Assert.Equal("Stakeholders.Validation.DateInFuture", e.MessageKey);
    }

    [Fact]
    public void Refuses_a_blank_name()
    {
        Assert.Throws<DomainException>(() => New("   "));
    }

    [Fact]
    public void Erasing_personal_data_clears_contact_person_and_email_only()
    {
        var s = new Stakeholder(1, new StakeholderDetails { Name = "Schepen", ContactPerson = "An", ContactEmail = "an@x.example", Notes = "n" }, Now);
        s.ErasePersonalData();
        Assert.Null(s.ContactPerson);
        Assert.Null(s.ContactEmail);
        Assert.Equal("n", s.Notes);
        Assert.False(s.HasPersonalData);
    }

    [Fact]
    public void Details_are_stored_normalised()
    {
        var s = new Stakeholder(1, new StakeholderDetails { Name = "  Dienst   Aankoop ", Tags = "Energie, jongeren;energie , ", Department = " " }, Now);
        Assert.Equal("Dienst Aankoop", s.Name);
        Assert.Equal("dienst aankoop", s.NameKey);
        Assert.Equal("energie, jongeren", s.Tags);
        Assert.Null(s.Department);
    }

    [Fact]
    public void A_stakeholder_described_without_a_group_has_none_not_other()
    {
        var s = new Stakeholder(1, new StakeholderDetails { Name = "Jeugdhuis" }, Now);
        Assert.Null(s.Group);
        Assert.Null(s.CustomGroupId);
        s.Describe(s.Details with { Group = StakeholderGroup.Burgers });
        s.Describe(s.Details with { Group = null });
        Assert.Null(s.Group);
    }

    [Fact]
    public void A_custom_group_always_sits_under_other()
    {
        var s = new Stakeholder(1, new StakeholderDetails { Name = "Scholengroep", Group = StakeholderGroup.Bedrijven, CustomGroupId = 7 }, Now);
        Assert.Equal(StakeholderGroup.Andere, s.Group);
        Assert.Equal(7, s.CustomGroupId);
    }

    [Theory]
    [InlineData("Kringwinkel  Demoland", "kringwinkel demoland")]
    [InlineData("Kringwinkel Démoland", "kringwinkel demoland")]
    [InlineData("KRINGWINKEL DEMOLAND", "kringwinkel demoland")]
    public void Names_that_differ_only_in_case_accents_or_spacing_share_a_key(string name, string key)
    {
        Assert.Equal(key, StakeholderText.NameKey(name));
    }

    [Fact]
    public void Tags_are_checked_for_count_and_length()
    {
        Assert.Null(StakeholderText.TagProblem("a, b"));
        Assert.Equal("Stakeholders.Validation.TooManyTags", StakeholderText.TagProblem(string.Join(",", Enumerable.Range(1, 21))));
        Assert.Equal("Stakeholders.Validation.TagTooLong", StakeholderText.TagProblem(new string('x', 41)));
    }

    [Theory]
    [InlineData("an@demostad.example", true)]
    [InlineData("an@demostad", false)]
    [InlineData("an demostad.example", false)]
    [InlineData("@demostad.example", false)]
    [InlineData("an@@demostad.example", false)]
    public void Email_addresses_are_checked_for_their_shape(string email, bool ok)
    {
        Assert.Equal(ok, StakeholderText.LooksLikeEmail(email));
    }
}
