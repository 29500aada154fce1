using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Library.Sharing;

public static class SharedLibrarySets
{
    extension(CirculairDbContext db)
    {
        public DbSet<SharedLibraryItem> SharedLibraryItems => db.Set<SharedLibraryItem>();
    }
}

/// <summary>Queries every reader of the shared library goes through: only published items leave their organisation.</summary>
public static class SharedLibraryQueries
{
    public static IQueryable<SharedLibraryItem> Published(this IQueryable<SharedLibraryItem> items) =>
        items.Where(i => i.Status == SharedItemStatus.Gepubliceerd);
}

internal sealed class SharedLibraryItemConfiguration : IEntityTypeConfiguration<SharedLibraryItem>
{
    public void Configure(EntityTypeBuilder<SharedLibraryItem> b)
    {
        b.ToTable("SharedLibraryItems");
        b.Property(i => i.Title).HasMaxLength(SharedLibraryItem.TitleMaxLength).IsRequired();
        b.Property(i => i.PublisherName).HasMaxLength(SharedLibraryItem.PublisherNameMaxLength).IsRequired();
        b.Property(i => i.DomainCode).HasMaxLength(60);
        b.Property(i => i.RStrategyCode).HasMaxLength(3);
        b.Property(i => i.Content).HasMaxLength(SharedLibraryItem.ContentMaxLength).IsRequired();
        b.Property(i => i.SearchText).HasMaxLength(Sharing.SharedSnapshot.SearchTextMaxLength).IsRequired();
        b.Ignore(i => i.Fields);
        b.Ignore(i => i.IsPublished);
        // The library lists published items of every organisation; each organisation lists its own.
        b.HasIndex(i => new { i.Status, i.PublishedAt });
        b.HasIndex(i => new { i.OrganisationId, i.Kind, i.SourceId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
