using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>
/// Keeps the organisation archive complete as the model grows: each check fails when someone adds an entity, an
/// id-like column, a unique column or a file column without telling <see cref="ArchiveCatalogue"/> what it is.
/// </summary>
public sealed class ArchiveCatalogueTests(SharedApp app)
{
    private Task<IModel> ModelAsync() => app.WithDbAsync((db, _) => Task.FromResult(db.Model));

    [Fact]
    public async Task Every_entity_that_hangs_off_an_organisation_is_archived_or_left_out_with_a_reason()
    {
        var model = await ModelAsync();
        var scoped = new HashSet<Type> { typeof(Organisation) };
        // Grow the set to a fixed point: a direct OrganisationId, a foreign key to the organisation, or to anything scoped.
        bool grew;
        do
        {
            grew = false;
            foreach (var entity in model.GetEntityTypes())
            {
                if (scoped.Contains(entity.ClrType))
                {
                    continue;
                }
                if (entity.FindProperty("OrganisationId") is not null || typeof(IOrganisationScoped).IsAssignableFrom(entity.ClrType)
                    || entity.GetForeignKeys().Any(fk => scoped.Contains(fk.PrincipalEntityType.ClrType)))
                {
                    grew = scoped.Add(entity.ClrType) || grew;
                }
            }
        }
        while (grew);

        var forgotten = scoped.Where(t => !ArchiveCatalogue.Included.Contains(t) && !ArchiveCatalogue.Excluded.ContainsKey(t)).Select(t => t.FullName).Order().ToList();
        Assert.True(forgotten.Count == 0, "Add these to ArchiveCatalogue.Included (or Excluded with a reason): " + string.Join(", ", forgotten));
        Assert.Empty(ArchiveCatalogue.Included.Intersect(ArchiveCatalogue.Excluded.Keys));
        Assert.Equal(ArchiveCatalogue.Included.Count, ArchiveCatalogue.Included.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public async Task Every_archived_table_selects_by_organisation_and_every_id_column_is_known()
    {
        var unknown = await app.WithDbAsync((db, _) =>
        {
            var archive = ArchiveModel.For(db);
            var problems = new List<string>();
            foreach (var table in archive.Tables)
            {
                foreach (var column in table.Columns)
                {
                    var key = (table.ClrType, column.Name);
                    var idLike = column.Name.EndsWith("Id", StringComparison.Ordinal) && column.Name != "Id";
                    var declared = column.References is not null || column.ReferencesAccount || ArchiveCatalogue.NotReferences.Contains(key);
                    if (idLike && !declared)
                    {
                        problems.Add($"{table.Name}.{column.Name}: say what it points to in ArchiveCatalogue.ImplicitReferences, ImplicitUserReferences or NotReferences");
                    }
                    if (column.References is { } target && !archive.ByType.ContainsKey(target))
                    {
                        problems.Add($"{table.Name}.{column.Name} points to {target.Name}, which the archive does not hold");
                    }
                    if (column.Name.EndsWith("FileKey", StringComparison.Ordinal) && !column.IsFile)
                    {
                        problems.Add($"{table.Name}.{column.Name}: a stored file; add it to ArchiveCatalogue.FileColumns");
                    }
                }
            }
            return Task.FromResult(problems);
        });
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public async Task Every_column_unique_over_the_installation_has_a_rule_for_import()
    {
        var problems = await app.WithDbAsync((db, _) =>
        {
            var archive = ArchiveModel.For(db);
            var list = new List<string>();
            foreach (var table in archive.Tables)
            {
                foreach (var index in table.EntityType.GetIndexes().Where(i => i.IsUnique))
                {
                    // An index with a reference column (or the organisation) is unique within the organisation: new ids keep it so.
                    var columns = index.Properties.Select(p => table.Columns.Single(c => c.Property == p)).ToList();
                    if (columns.Any(c => c.References is not null))
                    {
                        continue;
                    }
                    if (columns.Count != 1 || columns[0].InstanceUnique is null)
                    {
                        list.Add($"{table.Name}({string.Join(", ", columns.Select(c => c.Name))}) is unique over the installation; add a rule to ArchiveCatalogue.InstanceUnique");
                    }
                }
            }
            return Task.FromResult(list);
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Tables_are_written_after_the_tables_they_refer_to()
    {
        var order = await app.WithDbAsync((db, _) => Task.FromResult(ArchiveModel.For(db).Tables.Select(t => t.ClrType).ToList()));
        var archive = await app.WithDbAsync((db, _) => Task.FromResult(ArchiveModel.For(db)));
        foreach (var table in archive.Tables)
        {
            foreach (var target in table.Columns.Select(c => c.References).OfType<Type>().Where(t => t != table.ClrType))
            {
                Assert.True(order.IndexOf(target) < order.IndexOf(table.ClrType), $"{table.Name} is written before {target.Name}");
            }
        }
        Assert.Equal(typeof(Circulair.Audit.AuditEntry), order[^1]);
        Assert.Equal(typeof(Organisation), order[0]);
    }
}
