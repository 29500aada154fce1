using System.Net;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>The join page tells a code that no workshop has apart from input that cannot be a code.</summary>
public sealed class JoinCodeTests(SharedApp app)
{
    [Theory]
    [InlineData("ABCDEF")]
    [InlineData("acd-efg")]
    public async Task A_well_formed_code_of_no_workshop_is_called_unknown(string code)
    {
        using var phone = app.NewClient();
        var join = await phone.OpenAsync("/join");

        var result = await phone.SubmitAsync(join, "#join-code", new Dictionary<string, string?> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
        Assert.Contains("Er is geen workshop met deze code", result.FieldError("Code"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("AB?DEF")]
    public async Task Input_that_cannot_be_a_code_is_told_what_a_code_looks_like(string code)
    {
        using var phone = app.NewClient();
        var join = await phone.OpenAsync("/join");

        var result = await phone.SubmitAsync(join, "#join-code", new Dictionary<string, string?> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
        Assert.Contains("Een code heeft 6 letters en cijfers", result.FieldError("Code"), StringComparison.Ordinal);
    }
}
