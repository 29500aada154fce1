using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform;

/// <summary>An app configured with a key-protection certificate (a self-signed PFX made for the test run).</summary>
public sealed class KeyProtectedApp : CirculairFactory
{
    public const string Password = "geheim-voor-de-test";

    public static readonly string CertificatePath = MakeCertificate();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = CertificatePath,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private static string MakeCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Circulair data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"circulair-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}

/// <summary>
/// Issue 12 item 6: with a certificate configured, the data-protection keys stored in the database are encrypted
/// (no key material in the stored XML), and what they protect still round-trips; without it (the shared test app)
/// the stored XML holds the key in the clear, which is what a copy of the database would give away.
/// </summary>
public sealed class KeyProtectionTests(KeyProtectedApp app, SharedApp plain) : IClassFixture<KeyProtectedApp>
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_work()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var token = protector.Protect("sessie");

        var xml = await app.WithDbAsync((db, _) => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.NotEmpty(xml);
        Assert.All(xml, x =>
        {
            Assert.Contains("<encryptedSecret", x, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", x, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", x, StringComparison.Ordinal);
        });
        Assert.Equal("sessie", protector.Unprotect(token));
    }

    [Fact]
    public async Task Without_a_certificate_the_stored_key_is_in_the_clear()
    {
        plain.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("sessie");

        var xml = await plain.WithDbAsync((db, _) => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.Contains(xml, x => x is not null && x.Contains("<masterKey", StringComparison.Ordinal) && !x.Contains("<encryptedSecret", StringComparison.Ordinal));
    }
}
