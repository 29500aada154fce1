namespace Circulair.Web.Platform.Mail;

/// <summary>
/// Absolute links for e-mails (password reset, invitations). They start from <c>Circulair:PublicUrl</c> when it
/// is set, else from the scheme and host of the request. Set PublicUrl in production: without it the host comes
/// from the request's Host header, which a caller chooses, so a forged header could put a foreign host in front
/// of a valid reset token (a warning is logged once when that fallback is used outside Development).
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IWebHostEnvironment environment, ILogger<PublicLinks> logger)
{
    private int _warned;

    /// <param name="pathAndQuery">Starts with "/", query values already escaped.</param>
    public string To(HttpRequest request, string pathAndQuery)
    {
        var configured = configuration["Circulair:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }
        if (!environment.IsDevelopment() && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning("Circulair:PublicUrl is not set; e-mail links use the request's host {Host}. Set it to the public address of this installation.", request.Host.Value);
        }
        return $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{pathAndQuery}";
    }
}
