using System.Globalization;
using Circulair.Audit;
using Circulair.Progress;

namespace Circulair.Core.Tests.Audit;

/// <summary>The trail stores values culture-invariant, whole up to <see cref="AuditEntry.ValueMaxLength"/>.</summary>
public sealed class AuditFormatTests
{
    [Fact]
    public void Values_are_written_the_same_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-BE");

            Assert.Equal("2026-03-31", AuditInterceptor.Format(new DateOnly(2026, 3, 31)));
            Assert.Equal("2026-03-02T09:00:00Z", AuditInterceptor.Format(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)));
            Assert.Equal("1234.5", AuditInterceptor.Format(1234.5));
            Assert.Equal("Fase2", AuditInterceptor.Format(Phase.Fase2));
            Assert.Equal("true", AuditInterceptor.Format(true));
            Assert.Null(AuditInterceptor.Format(null));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Text_up_to_the_column_size_is_kept_whole_and_only_longer_text_is_marked_as_cut()
    {
        var whole = new string('a', AuditEntry.ValueMaxLength);
        var longer = new string('b', AuditEntry.ValueMaxLength + 10);

        Assert.Equal(whole, AuditInterceptor.Format(whole));
        var cut = AuditInterceptor.Format(longer)!;
        Assert.Equal(AuditEntry.ValueMaxLength, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }
}
