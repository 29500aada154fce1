using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Audit;

/// <summary>
/// The history ("Geschiedenis") names each changed field with its <c>Field.{Entity}.{Property}</c> label; without one
/// it shows the internal name ("DomainCode"). Every field the audit trail records, of every item whose page shows a
/// history, has a label in both languages.
/// </summary>
public sealed partial class HistoryLabelTests(SharedApp app)
{
    [GeneratedRegex("<vc:history entity-type=\"([A-Za-z]+)\"")]
    private static partial Regex HistoryTag();

    [Fact]
    public void Every_audited_field_of_an_item_with_a_history_has_a_label_in_both_languages()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Circulair.Web", "Features");
        var withHistory = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => HistoryTag().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CirculairDbContext>().Model;
        var missing = new List<string>();

        foreach (var entity in model.GetEntityTypes().Where(e => withHistory.Contains(e.ClrType.Name)))
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.IsPrimaryKey() || property.Name == nameof(IOrganisationScoped.OrganisationId)
                    || property.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null)
                {
                    continue;
                }
                foreach (var culture in new[] { "nl-BE", "en" })
                {
                    if (CirculairLocalizer.Find($"Field.{entity.ClrType.Name}.{property.Name}", CultureInfo.GetCultureInfo(culture)) is null)
                    {
                        missing.Add($"Field.{entity.ClrType.Name}.{property.Name} ({culture})");
                    }
                }
            }
        }

        Assert.NotEmpty(withHistory);
        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Circulair.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
