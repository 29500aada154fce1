using Circulair.Persistence;
using Circulair.Vision;

namespace Circulair.Participation;

/// <summary>
/// A personal no-login invitation to rate a round (the AMORE check's external raters, the health check's outside
/// raters): one person, one hashed link that expires, is used once and can be renewed. The Web layer runs both kinds
/// through the same pages (<c>ExternalRatingPageModel</c>, <c>RatersPageModel</c>).
/// </summary>
public interface IPersonalLinkInvitation : IOrganisationScoped
{
    int Id { get; }
    string Name { get; }
    string Email { get; }
    DateTime CreatedAt { get; }
    DateTime ExpiresAt { get; }

    AmoreLinkState StateAt(DateTime now);

    /// <summary>A fresh link (new token, new expiry) for the same rater; the old link stops working.</summary>
    string Renew(DateTime now);
}

/// <summary>A round that raters join through personal links and that a coordinator closes and reopens.</summary>
public interface IRatingRound : IOrganisationScoped
{
    int Id { get; }
    bool IsOpen { get; }
    void Close(DateTime now);
    void Reopen();
}
