using Circulair.Pilots;
using Circulair.Pilots.Canvases;
using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Workshops;

namespace Circulair.Core.Tests.Workshops.Activities;

/// <summary>
/// <i>Verzamelen op een canvas</i> in the model (issue 17 item 10): the sections a target offers, a note kept once, and a
/// kept note landing on a value proposition canvas or a persona field.
/// </summary>
public sealed class CanvasCollectionTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private static Workshop NewWorkshop()
    {
        var trajectory = new StrategyTrajectory(1, "Circulair 2030", 2025, 2030, null, null);
        var session = trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2);
        return new Workshop(session, "Workshop", "ACDEFG", Now);
    }

    private static Pilot NewPilot() => new(1, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank" }, new DateOnly(2026, 1, 10), Now);

    private static List<(string, string)> Labels(string kind) => [.. CanvasCollectionRules.Sections(kind).Select(s => (s.Code, s.LabelKey))];

    [Fact]
    public void A_value_canvas_offers_the_users_side_and_a_persona_its_free_text_fields_as_sections()
    {
        var activity = NewWorkshop().AddActivity(ActivityKind.Canvasverzameling, "Verzamelen");
        var key = Guid.NewGuid();

        activity.CollectInto(CanvasCollectionRules.ValueCanvas, key, Labels(CanvasCollectionRules.ValueCanvas));

        Assert.Equal(["FunctioneleKlus", "EmotioneleKlus", "SocialeKlus", "Pijn", "Winst"], activity.OrderedItems().Select(i => i.SourceKey));
        Assert.All(activity.Items, i => Assert.Equal(VotingItemKind.Canvasdeel, i.Source));
        Assert.Equal((CanvasCollectionRules.ValueCanvas, key), (activity.CanvasKind, activity.CanvasKey!.Value));
        Assert.Contains("Frustrations", CanvasCollectionRules.Sections(CanvasCollectionRules.Persona).Select(s => s.Code));
        Assert.Contains("Motivation", CanvasCollectionRules.Sections(CanvasCollectionRules.Persona).Select(s => s.Code));
        Assert.True(activity.NeedsItems);
    }

    [Fact]
    public void Only_a_canvas_collection_takes_a_canvas_and_only_a_known_kind_of_canvas()
    {
        var workshop = NewWorkshop();
        var vote = workshop.AddActivity(ActivityKind.Stippenstemming, "Stem");
        var collect = workshop.AddActivity(ActivityKind.Canvasverzameling, "Verzamelen");

        Assert.Throws<DomainException>(() => vote.CollectInto(CanvasCollectionRules.ValueCanvas, Guid.NewGuid(), []));
        Assert.Throws<DomainException>(() => collect.CollectInto("journey", Guid.NewGuid(), []));
        Assert.Null(collect.CanvasKind);
    }

    [Fact]
    public void A_note_is_kept_once_a_kept_note_cannot_be_discarded_and_a_discarded_one_can_still_be_kept()
    {
        var workshop = NewWorkshop();
        var activity = workshop.AddActivity(ActivityKind.Canvasverzameling, "Verzamelen");
        var (me, _) = WorkshopParticipant.Join(workshop, "Anna", Now);
        var note = new WorkshopIdea(activity, me, IdeaKind.Notitie, "Geen auto nodig", 1, null, 0, null, Guid.NewGuid(), Now);
        var other = new WorkshopIdea(activity, me, IdeaKind.Notitie, "Te duur", 1, null, 0, null, Guid.NewGuid(), Now);

        Assert.True(note.Keep(Now));
        Assert.False(note.Keep(Now.AddMinutes(1)));
        Assert.Equal(Now, note.ReviewedAt);
        Assert.Equal("Workshops.Error.NoteAlreadyKept", Assert.Throws<DomainException>(() => note.Discard(Now)).MessageKey);
        other.Discard(Now);
        Assert.Equal(NoteReview.Verworpen, other.Review);
        Assert.True(other.Keep(Now));
        Assert.Equal(NoteReview.Bewaard, other.Review);
    }

    [Fact]
    public void A_kept_note_becomes_an_item_of_its_part_of_the_value_canvas_once_per_key()
    {
        var canvas = new PilotValueCanvas(NewPilot(), Now);
        canvas.Describe(new ValueCanvasSnapshot { Segment = "Doe-het-zelvers", Items = [new ValueItem(Guid.NewGuid(), ValueItemKind.ProductDienst, "Uitleenpunt", [])] });
        var key = CanvasCollectionRules.ItemKeyFor(Guid.NewGuid(), 7);

        Assert.True(canvas.AddCollected(ValueItemKind.Pijn, "Materiaal is duur", key));
        Assert.False(canvas.AddCollected(ValueItemKind.Pijn, "Materiaal is duur", key));

        Assert.Equal([(ValueItemKind.ProductDienst, "Uitleenpunt"), (ValueItemKind.Pijn, "Materiaal is duur")],
            canvas.TakeSnapshot().Items.Select(i => (i.Kind, i.Text)));
        Assert.Equal("Doe-het-zelvers", canvas.Segment);
        Assert.Throws<DomainException>(() => canvas.AddCollected(ValueItemKind.Pijnstiller, "Gratis lenen", Guid.NewGuid()));
    }

    [Fact]
    public void The_item_key_of_a_note_is_the_same_every_time_and_differs_between_notes()
    {
        var submission = Guid.NewGuid();

        Assert.Equal(CanvasCollectionRules.ItemKeyFor(submission, 3), CanvasCollectionRules.ItemKeyFor(submission, 3));
        Assert.NotEqual(CanvasCollectionRules.ItemKeyFor(submission, 3), CanvasCollectionRules.ItemKeyFor(submission, 4));
    }

    [Fact]
    public void A_kept_note_is_a_new_line_of_the_persona_field_and_a_field_that_would_grow_too_long_is_left_alone()
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot { Name = "Lotte", Frustrations = "Wachttijden" }, Now);

        persona.AddCollected(nameof(PilotPersona.Frustrations), "Geen plek om te herstellen");
        persona.AddCollected(nameof(PilotPersona.Motivation), "Minder weggooien");

        Assert.Equal("Wachttijden\nGeen plek om te herstellen", persona.Frustrations);
        Assert.Equal("Minder weggooien", persona.Motivation);
        persona.Describe(persona.TakeSnapshot() with { Biography = new string('a', PilotPersona.TextMaxLength - 3) });
        Assert.Equal("Canvases.Error.CollectedFieldFull",
            Assert.Throws<DomainException>(() => persona.AddCollected(nameof(PilotPersona.Biography), "Te veel")).MessageKey);
        Assert.Equal(PilotPersona.TextMaxLength - 3, persona.Biography!.Length);
        Assert.Throws<DomainException>(() => persona.AddCollected(nameof(PilotPersona.Name), "Lotte B."));
    }
}
