using Circulair.Library.Sharing;

namespace Circulair.Core.Tests.Library;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("Vragen aan jan.peeters@voorbeeldegem.be, hij trekt het.", "jan.peeters@voorbeeldegem.be")]
    [InlineData("Mail (an+circulair@stad.gent.be).", "an+circulair@stad.gent.be")]
    public void Finds_an_email_address_as_written(string text, string expected)
    {
        var match = Assert.Single(PersonalDataDetector.Find(text));
        Assert.Equal(PersonalDataKind.Email, match.Kind);
        Assert.Equal(expected, match.Value);
    }

    [Theory]
    [InlineData("Bel 0470 12 34 56 na 17 uur", "0470 12 34 56")]
    [InlineData("Tel. +32 9 266 70 00.", "+32 9 266 70 00")]
    [InlineData("telefoon 09/266.70.00", "09/266.70.00")]
    [InlineData("GSM: 0032-470-123456", "0032-470-123456")]
    public void Finds_phone_numbers_in_the_usual_Belgian_and_international_notations(string text, string expected)
    {
        var match = Assert.Single(PersonalDataDetector.Find(text));
        Assert.Equal(PersonalDataKind.Phone, match.Kind);
        Assert.Equal(expected, match.Value);
    }

    [Theory]
    [InlineData("Looptijd 2024-2030, budget € 150.000 per jaar, 3,5 VTE.")]
    [InlineData("Doel: 30% minder restafval tegen 2030 (basisjaar 2019), 120000 inwoners.")]
    [InlineData("Artikel 12 van het decreet van 23 december 2011; zie www.vlaanderen.be/circulair.")]
    [InlineData("Versie 0.9.1 van de template")]
    [InlineData("")]
    public void Leaves_years_amounts_periods_and_ordinary_text_alone(string text)
    {
        Assert.Empty(PersonalDataDetector.Find(text));
    }

    [Fact]
    public void Lists_every_match_once_in_order_across_texts()
    {
        var matches = PersonalDataDetector.FindAll(["Contact: els@gemeente.be of 0470 12 34 56", null, "Nogmaals els@gemeente.be"]);

        Assert.Equal([new PersonalDataMatch(PersonalDataKind.Email, "els@gemeente.be"), new PersonalDataMatch(PersonalDataKind.Phone, "0470 12 34 56")], matches);
    }

    [Fact]
    public void Digits_inside_an_email_address_are_not_a_phone_number_too()
    {
        var match = Assert.Single(PersonalDataDetector.Find("schrijf naar 0470123456@sms.example.be"));
        Assert.Equal(PersonalDataKind.Email, match.Kind);
    }
}
