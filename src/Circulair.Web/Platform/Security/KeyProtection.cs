using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Circulair.Persistence;
using Circulair.Web.Platform.Database;
using Microsoft.AspNetCore.DataProtection;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// The data-protection keys (which sign session cookies, antiforgery tokens and reset links) live in the database,
/// so that every instance shares them. Without more, they are stored as plain XML: anyone with a copy of the
/// database could forge a session. With "DataProtection:CertificatePath" (a PFX file with a private key) and
/// "DataProtection:CertificatePassword", every key is encrypted with that certificate before it is stored
/// (ASP.NET Core's <c>ProtectKeysWithCertificate</c>), and the start-up warning about unencrypted keys goes away.
/// Certificates listed under "DataProtection:PreviousCertificates" (each with Path and Password) can still decrypt
/// keys written before a certificate was replaced, until those keys expire (90 days).
/// </summary>
public static class KeyProtection
{
    public static IServiceCollection AddCirculairDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName("Circulair").PersistKeysToDbContext<CirculairDbContext>();
        var section = configuration.GetSection("DataProtection");
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return services;
        }
        var current = Load(path, section["CertificatePassword"], "DataProtection:CertificatePath");
        builder.ProtectKeysWithCertificate(current);
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Select((c, i) => Load(c["Path"] ?? "", c["Password"], $"DataProtection:PreviousCertificates:{i}:Path")).ToArray();
        builder.UnprotectKeysWithAnyCertificate([current, .. previous]);
        return services;
    }

    private static X509Certificate2 Load(string path, string? password, string setting)
    {
        if (!File.Exists(path))
        {
            throw new StartupException($"{setting}: the certificate file '{path}' does not exist.");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.DefaultKeySet);
        }
        catch (CryptographicException e)
        {
            throw new StartupException($"{setting}: '{path}' cannot be read as a PFX file with this password ({e.Message}).");
        }
        if (!certificate.HasPrivateKey)
        {
            throw new StartupException($"{setting}: '{path}' has no private key; the keys could be encrypted but never read again.");
        }
        return certificate;
    }
}
