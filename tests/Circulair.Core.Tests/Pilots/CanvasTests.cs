using Circulair.Pilots;
using Circulair.Pilots.Canvases;

namespace Circulair.Core.Tests.Pilots;

/// <summary>Tools 9–11 in the model: slider ranges, the fit check, the circularity check, snapshots and their comparison.</summary>
public sealed class CanvasTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private static Pilot NewPilot() => new(1, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank" }, new DateOnly(2026, 1, 10), Now);

    private static ValueItem Item(ValueItemKind kind, string text, params Guid[] answers) => new(Guid.NewGuid(), kind, text, answers);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_slider_outside_1_to_5_is_refused_and_the_persona_keeps_its_values(int value)
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot { Name = "Lotte" }, Now);

        var refused = Assert.Throws<DomainException>(() => persona.Describe(new PersonaSnapshot
        {
            Name = "Lotte B.", Sliders = new Dictionary<PersonaSlider, int> { [PersonaSlider.IntrovertExtravert] = value },
        }));

        Assert.Equal("Canvases.Error.SliderRange", refused.MessageKey);
        Assert.Equal("Lotte", persona.Name);
        Assert.Equal(PersonaScale.Middle, persona.IntrovertExtravert);
    }

    [Fact]
    public void An_own_scale_outside_its_range_or_without_poles_is_refused()
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot { Name = "Lotte" }, Now);

        Assert.Equal("Canvases.Error.SliderRange", Assert.Throws<DomainException>(() => persona.Describe(new PersonaSnapshot
        {
            Name = "Lotte", OwnScales = [new PersonaOwnScale(Guid.NewGuid(), "zelf", "laten doen", 9)],
        })).MessageKey);
        Assert.Equal("Canvases.Error.ScalePoles", Assert.Throws<DomainException>(() => persona.Describe(new PersonaSnapshot
        {
            Name = "Lotte", OwnScales = [new PersonaOwnScale(Guid.NewGuid(), "zelf", " ", 2)],
        })).MessageKey);
        Assert.Empty(persona.Scales);
    }

    [Fact]
    public void Every_slider_from_1_to_5_is_kept()
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot
        {
            Name = "Ahmed",
            Sliders = new Dictionary<PersonaSlider, int> { [PersonaSlider.OnverschilligMilieubewust] = 1, [PersonaSlider.KennisCirculair] = 5 },
        }, Now);

        Assert.Equal(1, persona.OnverschilligMilieubewust);
        Assert.Equal(5, persona.KennisCirculair);
        Assert.Equal(PersonaScale.Middle, persona.Comfort);
    }

    [Fact]
    public void A_photo_needs_its_alt_text()
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot { Name = "Lotte" }, Now);

        Assert.Equal("Canvases.Error.AltRequired", Assert.Throws<DomainException>(() => persona.SetPhoto("abc", "image/png", "  ")).MessageKey);
        Assert.False(persona.HasPhoto);
        persona.SetPhoto("abc", "image/png", "Vrouw met een verfrol in een lege kamer");
        Assert.True(persona.HasPhoto);
    }

    [Fact]
    public void A_photo_is_recognised_by_its_bytes_not_its_name()
    {
        Assert.Equal("image/png", PersonaPhoto.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]));
        Assert.Equal("image/jpeg", PersonaPhoto.Detect([0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.Equal("image/webp", PersonaPhoto.Detect("RIFF\0\0\0\0WEBPVP8 "u8));
        Assert.Null(PersonaPhoto.Detect("GIF89a......"u8));
        Assert.Null(PersonaPhoto.Detect("%PDF-1.7\n"u8));
    }

    [Fact]
    public void The_fit_check_lists_pains_and_gains_that_no_reliever_or_creator_answers()
    {
        var time = Item(ValueItemKind.Pijn, "tijd kwijt aan zoeken");
        var quality = Item(ValueItemKind.Pijn, "onzeker over kwaliteit");
        var cheap = Item(ValueItemKind.Winst, "goedkoper");
        var story = Item(ValueItemKind.Winst, "een verhaal bij elk stuk");
        var items = new[]
        {
            time, quality, cheap, story,
            Item(ValueItemKind.Pijnstiller, "online catalogus", time.Key),
            Item(ValueItemKind.Winstmaker, "lage prijs", cheap.Key),
        };

        var fit = ValueFit.Check(items);

        Assert.Equal(["onzeker over kwaliteit"], fit.UnansweredPains.Select(p => p.Text));
        Assert.Equal(["een verhaal bij elk stuk"], fit.UnansweredGains.Select(g => g.Text));
        Assert.Equal((1, 1), (fit.AnsweredPains, fit.AnsweredGains));
        Assert.False(fit.Complete);
    }

    [Fact]
    public void The_canvas_drops_answers_that_point_at_the_wrong_kind_so_a_reliever_cannot_answer_a_gain()
    {
        var canvas = new PilotValueCanvas(NewPilot(), Now);
        var gain = Item(ValueItemKind.Winst, "goedkoper");
        var pain = Item(ValueItemKind.Pijn, "zoeken");

        canvas.Describe(new ValueCanvasSnapshot { Items = [gain, pain, Item(ValueItemKind.Pijnstiller, "catalogus", gain.Key, pain.Key)] });

        var reliever = canvas.Items.Single(i => i.Kind == ValueItemKind.Pijnstiller);
        Assert.Equal([pain.Key], reliever.AnswerKeys);
        Assert.Equal(["goedkoper"], canvas.Fit().UnansweredGains.Select(g => g.Text));
        Assert.Empty(canvas.Fit().UnansweredPains);
    }

    [Fact]
    public void The_circularity_check_names_the_higher_steps_of_the_R_ladder()
    {
        var recycle = CircularityCheck.For("R8");
        Assert.True(recycle.HigherPossible);
        Assert.Equal("R8", recycle.Current!.Code);
        Assert.Equal(["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7"], recycle.Higher.Select(r => r.Code));

        Assert.False(CircularityCheck.For("R0").HigherPossible);
        Assert.Null(CircularityCheck.For(null).Current);
    }

    [Fact]
    public void An_R_step_is_refused_on_anything_but_a_product_and_when_the_ladder_does_not_know_it()
    {
        var canvas = new PilotValueCanvas(NewPilot(), Now);

        Assert.Equal("Canvases.Error.UnknownRStep", Assert.Throws<DomainException>(() => canvas.Describe(new ValueCanvasSnapshot
        {
            Items = [new ValueItem(Guid.NewGuid(), ValueItemKind.ProductDienst, "verkoop", [], "R12")],
        })).MessageKey);
        Assert.Equal("Canvases.Error.UnknownRStep", Assert.Throws<DomainException>(() => canvas.Describe(new ValueCanvasSnapshot
        {
            Items = [new ValueItem(Guid.NewGuid(), ValueItemKind.Pijn, "zoeken", [], "R3")],
        })).MessageKey);
        Assert.Empty(canvas.Items);
    }

    [Fact]
    public void A_persona_snapshot_survives_json_and_restores_every_field_and_own_scale()
    {
        var persona = new PilotPersona(NewPilot(), new PersonaSnapshot
        {
            Name = "Lotte", Job = "kinesitherapeut", Quote = "Geen tijd om te zoeken", ProblemWho = "Lotte", ProblemGoal = "tegels vinden", ProblemObstacle = "onzekerheid",
            Sliders = new Dictionary<PersonaSlider, int> { [PersonaSlider.AnalytischCreatief] = 5 },
            OwnScales = [new PersonaOwnScale(Guid.NewGuid(), "doet alles zelf", "laat alles doen", 2)],
        }, Now);
        var json = CanvasJson.ToJson(persona.TakeSnapshot());

        persona.Describe(new PersonaSnapshot { Name = "Iemand anders" });
        persona.Restore(CanvasJson.FromJson<PersonaSnapshot>(json, PersonaSnapshot.CurrentSchema));

        Assert.Equal(("Lotte", "kinesitherapeut", "tegels vinden", 5), (persona.Name, persona.Job, persona.ProblemGoal, persona.AnalytischCreatief));
        var scale = Assert.Single(persona.Scales);
        Assert.Equal(("doet alles zelf", "laat alles doen", 2), (scale.LeftLabel, scale.RightLabel, scale.Value));
        Assert.Equal(json, CanvasJson.ToJson(persona.TakeSnapshot()));
    }

    [Fact]
    public void A_value_canvas_and_a_journey_snapshot_round_trip_with_their_keys_links_and_emotions()
    {
        var pilot = NewPilot();
        var canvas = new PilotValueCanvas(pilot, Now);
        var pain = Item(ValueItemKind.Pijn, "zoeken");
        canvas.Describe(new ValueCanvasSnapshot { Segment = "verbouwers", Items = [pain, Item(ValueItemKind.Pijnstiller, "catalogus", pain.Key), new ValueItem(Guid.NewGuid(), ValueItemKind.ProductDienst, "verkoop", [], "R3", "delen?")] });
        var json = CanvasJson.ToJson(canvas.TakeSnapshot());
        canvas.Describe(new ValueCanvasSnapshot());
        canvas.Restore(CanvasJson.FromJson<ValueCanvasSnapshot>(json, ValueCanvasSnapshot.CurrentSchema));
        Assert.Equal(json, CanvasJson.ToJson(canvas.TakeSnapshot()));
        Assert.Empty(canvas.Fit().UnansweredPains);

        var journey = new PilotJourney(pilot, Now);
        var lotte = new JourneyPersona(Guid.NewGuid(), "Lotte");
        journey.Describe(new JourneySnapshot { Title = "Reis", Personas = [lotte], Phases = [new(Guid.NewGuid(), "Ontdekken", "weten", null, "krant", null, "twijfel", -1), new(Guid.NewGuid(), "Kopen", null, null, null, null, null, 2)] });
        var journeyJson = CanvasJson.ToJson(journey.TakeSnapshot());
        journey.Describe(new JourneySnapshot { Title = "Leeg" });
        journey.Restore(CanvasJson.FromJson<JourneySnapshot>(journeyJson, JourneySnapshot.CurrentSchema));
        Assert.Equal(journeyJson, CanvasJson.ToJson(journey.TakeSnapshot()));
        Assert.Equal([-1, 2], journey.Phases.OrderBy(p => p.Position).Select(p => p.Emotion));
        Assert.Equal([lotte.Key], journey.PersonaKeys);
    }

    [Fact]
    public void An_emotion_outside_minus_2_to_plus_2_is_refused()
    {
        var journey = new PilotJourney(NewPilot(), Now);
        Assert.Equal("Canvases.Error.EmotionRange", Assert.Throws<DomainException>(() => journey.Describe(new JourneySnapshot
        {
            Title = "Reis", Phases = [new(Guid.NewGuid(), "Ontdekken", null, null, null, null, null, 3)],
        })).MessageKey);
    }

    [Fact]
    public void The_emotion_curve_puts_plus_2_at_the_top_and_minus_2_at_the_bottom()
    {
        var points = EmotionCurve.Points([2, 0, -2], 100, 60, 10);
        Assert.Equal([(10d, 10d), (50d, 30d), (90d, 50d)], points);
    }

    [Fact]
    public void A_newer_snapshot_schema_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => CanvasJson.FromJson<PersonaSnapshot>("{\"schema\":99,\"name\":\"x\"}", PersonaSnapshot.CurrentSchema));
    }

    [Fact]
    public void The_comparison_matches_fields_by_key_and_says_what_changed_was_added_or_removed()
    {
        var left = new[] { new CanvasField("a", "L.a", null, "een"), new CanvasField("b", "L.b", null, "twee"), new CanvasField("c", "L.c", null, "drie") };
        var right = new[] { new CanvasField("a", "L.a", null, "een"), new CanvasField("c", "L.c", null, "drie!"), new CanvasField("d", "L.d", null, "vier") };

        var rows = CanvasComparison.Compare(left, right);

        Assert.Equal([("a", FieldChange.Unchanged), ("b", FieldChange.Removed), ("c", FieldChange.Changed), ("d", FieldChange.Added)], rows.Select(r => (r.Key, r.Change)));
        Assert.Equal(("drie", "drie!"), (rows[2].Left, rows[2].Right));
    }

    [Fact]
    public void Versions_are_numbered_after_the_highest_and_need_a_label()
    {
        var version = new PilotCanvasVersion(1, 2, "persona", Guid.NewGuid(), [1, 3], "Na de workshop", "{}", null, null, null, Now);
        Assert.Equal(4, version.Number);
        Assert.Equal("Canvases.Error.LabelRequired", Assert.Throws<DomainException>(() => new PilotCanvasVersion(1, 2, "persona", Guid.NewGuid(), [], " ", "{}", null, null, null, Now)).MessageKey);
    }
}
