using Circulair.Persistence;

namespace Circulair.Publishing;

/// <summary>
/// An organisation's choice to publish its progress at /p/{slug} (issue 16 item 5, decision 0310): off until a
/// Coördinator switches it on, and then only the sections and fields marked in <see cref="Sections"/>. One row per
/// organisation; no row means not published. A change raises the organisation's data version like every audited
/// change, so the public pages and their ETag follow at once.
/// </summary>
public sealed class PublicSite : IOrganisationScoped
{
    /// <summary>What a new site shows until the Coördinator chooses otherwise: everything but the vision canvas's blocks.</summary>
    public const PublicSections DefaultSections = PublicSections.All & ~PublicSections.VisionBlocks;

    private PublicSite() { }

    public PublicSite(int organisationId, DateTime now)
    {
        OrganisationId = organisationId;
        Sections = DefaultSections;
        ChangedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>Whether the site answers at all; when off, every public address answers 404.</summary>
    public bool Published { get; private set; }

    public PublicSections Sections { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public bool Shows(PublicSections section) => Published && (Sections & section) == section;

    public void Choose(bool published, PublicSections sections, DateTime now)
    {
        Published = published;
        Sections = sections & PublicSections.All;
        ChangedAt = now;
    }
}
