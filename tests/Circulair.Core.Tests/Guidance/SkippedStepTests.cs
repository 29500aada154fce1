using Circulair.Guidance;

namespace Circulair.Core.Tests.Guidance;

public sealed class SkippedStepTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Keeps_the_step_the_trimmed_reason_and_who_skipped_it_when()
    {
        var skipped = new SkippedStep(1, 2, NextStepRules.ScanData, "  De provincie deed de scan al.  ", 5, "An Peeters", Now);

        Assert.Equal(NextStepRules.ScanData, skipped.StepKey);
        Assert.Equal("De provincie deed de scan al.", skipped.Reason);
        Assert.Equal((5, "An Peeters", Now), (skipped.SkippedByUserId!.Value, skipped.SkippedByName, skipped.SkippedAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_a_skip_without_a_reason(string? reason)
    {
        var error = Assert.Throws<DomainException>(() => new SkippedStep(1, 2, NextStepRules.Vision, reason!, 5, "An", Now));

        Assert.Equal("Guidance.Error.ReasonRequired", error.MessageKey);
    }

    [Fact]
    public void Refuses_an_unknown_step_and_an_over_long_reason()
    {
        Assert.Equal("Guidance.Error.UnknownStep", Assert.Throws<DomainException>(() => new SkippedStep(1, 2, "Dance", "Omdat", 5, "An", Now)).MessageKey);
        Assert.Equal("Guidance.Error.ReasonTooLong", Assert.Throws<DomainException>(() => new SkippedStep(1, 2, NextStepRules.Vision, new string('x', SkippedStep.ReasonMaxLength + 1), 5, "An", Now)).MessageKey);
    }
}
