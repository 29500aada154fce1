using System.Text.Json;
using Circulair.Audit;
using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Persistence;

namespace Circulair.Regions;

/// <summary>
/// An action template or a pilot template a region pushes to its members (issue 19 item 1, decision 0375). The region
/// takes it from one of its own actions or pilots as a snapshot in the shape of the shared library
/// (<see cref="SharedSnapshot"/>), without personal data or budget; the source may change or go afterwards. A member
/// that adopts it gets its own action or pilot with <c>RegionKey</c> = <see cref="Key"/>: the shared identity on which
/// the region counts adoptions per member. The key is a random text, not a row id, so it survives an archive move.
/// </summary>
public sealed class RegionTemplate : IOrganisationScoped
{
    public const int KeyMaxLength = 40;

    private RegionTemplate()
    {
        Key = "";
        Title = "";
        Content = "[]";
    }

    public RegionTemplate(int regionId, SharedSnapshot snapshot, DateTime now)
    {
        if (snapshot.Kind is not (SharedItemKind.Action or SharedItemKind.Pilot))
        {
            throw new ArgumentOutOfRangeException(nameof(snapshot), snapshot.Kind, "A region pushes action and pilot templates only.");
        }
        var title = snapshot.Title.Trim();
        if (title.Length == 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        // Only content: names of people and partners and internal budgets stay with the region.
        var fields = snapshot.Stripped(includePersonalData: false, includeBudget: false).Fields;
        OrganisationId = regionId;
        Key = "R-" + Guid.NewGuid().ToString("N");
        Kind = snapshot.Kind;
        Title = title.Length > SharedLibraryItem.TitleMaxLength ? title[..SharedLibraryItem.TitleMaxLength] : title;
        DomainCode = snapshot.DomainCode;
        RStrategyCode = snapshot.RStrategyCode;
        ValueChainStep = snapshot.ValueChain;
        Content = JsonSerializer.Serialize(fields);
        if (Content.Length > SharedLibraryItem.ContentMaxLength)
        {
            throw new DomainException("Sharing.Error.TooLong");
        }
        PushedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The region.</summary>
    public int OrganisationId { get; private set; }

    public string Key { get; private set; }

    /// <summary><see cref="SharedItemKind.Action"/> or <see cref="SharedItemKind.Pilot"/>.</summary>
    public SharedItemKind Kind { get; private set; }

    public string Title { get; private set; }
    public string? DomainCode { get; private set; }
    public string? RStrategyCode { get; private set; }
    public ValueChainStep? ValueChainStep { get; private set; }

    /// <summary>The snapshot's fields as JSON (a list of <see cref="SnapshotField"/>, content only).</summary>
    [NotAudited]
    public string Content { get; private set; }

    public DateTime PushedAt { get; private set; }

    public IReadOnlyList<SnapshotField> Fields => JsonSerializer.Deserialize<List<SnapshotField>>(Content) ?? [];

    /// <summary>The template as a snapshot, the shape the shared library's copy code reads.</summary>
    public SharedSnapshot Snapshot => new(Kind, Title, DomainCode, RStrategyCode, ValueChainStep, Fields);

    /// <summary>The main text shown with an offer: the description, else the desired results or the value sketch.</summary>
    public string? Summary
    {
        get
        {
            var s = Snapshot;
            return s.Value("Description") ?? s.Value("DesiredResults") ?? s.Value("ValueSketch");
        }
    }
}

/// <summary>
/// A member's "no, thank you" to a template its region pushed (decision 0375). Owned by the member; adopting later
/// removes it. Without a row the offer is open.
/// </summary>
public sealed class RegionTemplateDecline : IOrganisationScoped
{
    private RegionTemplateDecline()
    {
    }

    public RegionTemplateDecline(int memberId, int regionTemplateId, DateTime now)
    {
        OrganisationId = memberId;
        RegionTemplateId = regionTemplateId;
        DeclinedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The member that declined.</summary>
    public int OrganisationId { get; private set; }

    public int RegionTemplateId { get; private set; }
    public DateTime DeclinedAt { get; private set; }
}
