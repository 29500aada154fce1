namespace Circulair.Pilots;

/// <summary>Where a test result sends the team (Tool 14, after the guide's chapter 6, step 2).</summary>
public enum TestNextStep
{
    /// <summary>The hypothesis holds: go on to the next step.</summary>
    VolgendeStap = 1,

    /// <summary>The hypothesis does not hold: rework the value proposition canvas (Tool 11).</summary>
    TerugNaarWaardepropositie = 2,

    /// <summary>The test did not tell: design another test.</summary>
    NieuweTest = 3,
}

public static class TestOutcome
{
    /// <summary>The board's rule: validated → next step; invalidated → back to the value proposition canvas; unclear → another test.</summary>
    public static TestNextStep NextStepFor(LearningResult result) => result switch
    {
        LearningResult.Gevalideerd => TestNextStep.VolgendeStap,
        LearningResult.NietGevalideerd => TestNextStep.TerugNaarWaardepropositie,
        LearningResult.Onduidelijk => TestNextStep.NieuweTest,
        _ => throw new DomainException("Errors.NotFound"),
    };
}
