using System.Globalization;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// How the register's values read on pages, in the workbook and in import messages. A group is either one of
/// the method's fixed groups (value "Bedrijven") or an organisation's own group (value "c12").
/// </summary>
public static class StakeholderLabels
{
    public const string CustomGroupPrefix = "c";

    /// <summary>The filter value for stakeholders without a group (in a form, "no group" is the empty value).</summary>
    public const string NoGroupValue = "none";

    /// <summary>The form and API value of a group; null when the stakeholder has no group.</summary>
    public static string? GroupValue(StakeholderGroup? group, int? customGroupId) =>
        customGroupId is { } id ? CustomGroupPrefix + id.ToString(CultureInfo.InvariantCulture) : group?.ToString();

    /// <summary>The group as a person reads it; "Zonder groep" when there is none.</summary>
    public static string GroupLabel(Text t, StakeholderGroup? group, string? customGroupName) =>
        customGroupName ?? (group is { } g ? t.Enum(g) : t["Stakeholders.Groups.None"]);

    /// <summary>
    /// Reads a group value from a form, a filter or the API: a fixed group, the id of an own group (not yet checked
    /// against the organisation) or <see cref="NoGroupValue"/> (group null). False for an empty or unknown value.
    /// </summary>
    public static bool TryParseGroup(string? value, out StakeholderGroup? group, out int? customGroupId)
    {
        group = null;
        customGroupId = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        if (value == NoGroupValue)
        {
            return true;
        }
        if (value.StartsWith(CustomGroupPrefix, StringComparison.Ordinal) && int.TryParse(value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            group = StakeholderGroup.Andere;
            customGroupId = id;
            return true;
        }
        if (Enum.TryParse<StakeholderGroup>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            group = parsed;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The group choices: <paramref name="firstText"/> with the empty value first (a form's "— geen groep —", a filter's
    /// "all groups"), then, for a filter, <paramref name="noGroupText"/> with <see cref="NoGroupValue"/>, the fixed groups and the own groups.
    /// </summary>
    public static List<SelectListItem> GroupItems(Text t, IEnumerable<(int Id, string Name)> customGroups, string? firstText, string? noGroupText = null)
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        if (noGroupText is not null)
        {
            items.Add(new SelectListItem(noGroupText, NoGroupValue));
        }
        var fixedGroup = new SelectListGroup { Name = t["Stakeholders.Groups.Fixed"] };
        items.AddRange(Enum.GetValues<StakeholderGroup>().Select(g => new SelectListItem(t.Enum(g), g.ToString()) { Group = fixedGroup }));
        var own = customGroups.ToList();
        if (own.Count > 0)
        {
            var ownGroup = new SelectListGroup { Name = t["Stakeholders.Groups.Own"] };
            items.AddRange(own.Select(g => new SelectListItem(g.Name, GroupValue(StakeholderGroup.Andere, g.Id)) { Group = ownGroup }));
        }
        return items;
    }

    public static List<SelectListItem> EnumItems<TEnum>(Text t, string? firstText) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        items.AddRange(Enum.GetValues<TEnum>().Select(v => new SelectListItem(t.Enum(v), v.ToString())));
        return items;
    }

    /// <summary>"Macht gestegen, belang gedaald" for a movement, or null when nothing moved.</summary>
    public static string? MovementText(Text t, Movement? movement)
    {
        if (movement is null || !movement.HasMoved)
        {
            return null;
        }
        var parts = new List<string>();
        if (movement.Power != Trend.Gelijk)
        {
            parts.Add(t[$"Stakeholders.Movement.Power{movement.Power}"]);
        }
        if (movement.Interest != Trend.Gelijk)
        {
            parts.Add(t[$"Stakeholders.Movement.Interest{movement.Interest}"]);
        }
        return string.Join(", ", parts);
    }

    /// <summary>The column header as the workbook writes it (in the reader's language).</summary>
    public static string ColumnHeader(Text t, StakeholderColumn column) => t[$"Stakeholders.Column.{column}"];

    /// <summary>
    /// The words an import understands: headers and value labels in Dutch and English, whatever the language of
    /// the person importing, because a workbook may have been exported by a colleague in the other language.
    /// </summary>
    public static ImportVocabulary Vocabulary()
    {
        var vocabulary = new ImportVocabulary();
        foreach (var culture in CultureSetup.SupportedUICultures)
        {
            foreach (var column in StakeholderSheet.Columns)
            {
                if (CirculairLocalizer.Find($"Stakeholders.Column.{column}", culture) is { } header)
                {
                    vocabulary.AddHeader(column, header);
                }
                foreach (var alias in (CirculairLocalizer.Find($"Stakeholders.ColumnAlias.{column}", culture) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    vocabulary.AddHeader(column, alias);
                }
            }
            AddLabels<StakeholderKind>(vocabulary, culture);
            AddLabels<StakeholderSide>(vocabulary, culture);
            AddLabels<StakeholderEngagement>(vocabulary, culture);
            AddLabels<StakeholderForum>(vocabulary, culture);
            AddLabels<StakeholderGroup>(vocabulary, culture);
            if (CirculairLocalizer.Find("Stakeholders.Groups.None", culture) is { } noGroup)
            {
                vocabulary.AddNoGroup(noGroup);
            }
        }
        return vocabulary;
    }

    private static void AddLabels<TEnum>(ImportVocabulary vocabulary, CultureInfo culture) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (CirculairLocalizer.Find($"Enum.{typeof(TEnum).Name}.{value}", culture) is { } label)
            {
                vocabulary.AddValue(value, label);
            }
        }
    }

    /// <summary>Today as a calendar date in Belgium (an assessment made at 00:30 on 1 March belongs to 1 March).</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, LocalTime.Brussels));

}
