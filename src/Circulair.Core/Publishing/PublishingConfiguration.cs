using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Publishing;

/// <summary>The publishing tables, reached as db.PublicSites.</summary>
public static class PublishingSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<PublicSite> PublicSites => db.Set<PublicSite>();
    }
}

internal sealed class PublicSiteConfiguration : IEntityTypeConfiguration<PublicSite>
{
    public void Configure(EntityTypeBuilder<PublicSite> b)
    {
        b.ToTable("PublicSites");
        b.HasIndex(s => s.OrganisationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
