using System.Text.Json;
using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Library.Sharing;

/// <summary>
/// An action, pilot or indicator an organisation offers to the shared library of the whole instance (issue 18 item 3,
/// decision 0281). A member proposes it, which takes the snapshot; a Beheerder approves (publishes) or refuses it; a
/// published item can be withdrawn. The snapshot is a copy: editing or deleting the source later changes nothing here,
/// and withdrawing changes nothing in the organisations that cloned it. The row belongs to the publishing organisation
/// (<see cref="OrganisationId"/>); only a <see cref="SharedItemStatus.Gepubliceerd"/> item is shown to anyone else.
/// </summary>
public sealed class SharedLibraryItem : IOrganisationScoped
{
    public const int TitleMaxLength = 200;
    public const int PublisherNameMaxLength = 200;
    public const int ContentMaxLength = 60_000;

    private SharedLibraryItem()
    {
        Title = "";
        PublisherName = "";
        Content = "[]";
        SearchText = "";
    }

    public SharedLibraryItem(int organisationId, string publisherName, int sourceId, SharedSnapshot stripped, bool includesPersonalData, bool includesBudget, int? proposedByUserId, DateTime now)
    {
        var title = stripped.Title.Trim();
        if (title.Length == 0 || !Enum.IsDefined(stripped.Kind) || sourceId <= 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        OrganisationId = organisationId;
        PublisherName = publisherName.Length > PublisherNameMaxLength ? publisherName[..PublisherNameMaxLength] : publisherName;
        Kind = stripped.Kind;
        SourceId = sourceId;
        Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title;
        DomainCode = stripped.DomainCode;
        RStrategyCode = stripped.RStrategyCode;
        ValueChainStep = stripped.ValueChain;
        IncludesPersonalData = includesPersonalData;
        IncludesBudget = includesBudget;
        Content = JsonSerializer.Serialize(stripped.Fields);
        if (Content.Length > ContentMaxLength)
        {
            throw new DomainException("Sharing.Error.TooLong");
        }
        var search = string.Join(' ', stripped.Fields.Where(f => f.Name is "Description" or "Definition" or "DesiredResults" or "ValueSketch").Select(f => f.Value));
        SearchText = search.Length > SharedSnapshot.SearchTextMaxLength ? search[..SharedSnapshot.SearchTextMaxLength] : search;
        ProposedByUserId = proposedByUserId;
        Status = SharedItemStatus.Voorgesteld;
        ProposedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>The organisation's name when it proposed the item, shown to the others as the publisher.</summary>
    public string PublisherName { get; private set; }

    public SharedItemKind Kind { get; private set; }

    /// <summary>The id of the action, pilot or indicator the snapshot was taken from, in the publisher's organisation.</summary>
    public int SourceId { get; private set; }

    public SharedItemStatus Status { get; private set; }
    public string Title { get; private set; }
    public string? DomainCode { get; private set; }
    public string? RStrategyCode { get; private set; }
    public ValueChainStep? ValueChainStep { get; private set; }
    public bool IncludesPersonalData { get; private set; }
    public bool IncludesBudget { get; private set; }

    /// <summary>The snapshot's fields as JSON (a list of <see cref="SnapshotField"/>).</summary>
    [NotAudited]
    public string Content { get; private set; }

    /// <summary>The first part of the snapshot's main texts, searched by the library's word search.</summary>
    [NotAudited]
    public string SearchText { get; private set; }

    public int? ProposedByUserId { get; private set; }
    public DateTime ProposedAt { get; private set; }
    public int? DecidedByUserId { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }

    public IReadOnlyList<SnapshotField> Fields => JsonSerializer.Deserialize<List<SnapshotField>>(Content) ?? [];

    public bool IsPublished => Status == SharedItemStatus.Gepubliceerd;

    /// <summary>A Beheerder publishes a proposed item: from now on every organisation of the instance sees it.</summary>
    public void Approve(int? userId, DateTime now)
    {
        if (Status != SharedItemStatus.Voorgesteld)
        {
            throw new DomainException("Sharing.Error.NotProposed");
        }
        Status = SharedItemStatus.Gepubliceerd;
        DecidedByUserId = userId;
        PublishedAt = now;
    }

    /// <summary>A Beheerder refuses a proposed item; nobody outside the organisation ever saw it.</summary>
    public void Refuse(int? userId)
    {
        if (Status != SharedItemStatus.Voorgesteld)
        {
            throw new DomainException("Sharing.Error.NotProposed");
        }
        Status = SharedItemStatus.Afgewezen;
        DecidedByUserId = userId;
    }

    /// <summary>Takes a published item out of the library. Clones other organisations made stay theirs.</summary>
    public void Withdraw(int? userId, DateTime now)
    {
        if (Status != SharedItemStatus.Gepubliceerd)
        {
            throw new DomainException("Sharing.Error.NotPublished");
        }
        Status = SharedItemStatus.Ingetrokken;
        DecidedByUserId = userId;
        WithdrawnAt = now;
    }
}
