using System.Globalization;
using System.Text;

namespace Circulair.Stakeholders;

/// <summary>
/// Everything about a stakeholder that a person describes (not the dated power/interest assessments):
/// what the form, the longlist and the import hand to <see cref="Stakeholder.Describe"/>. Texts are
/// trimmed and blanks become null by <see cref="Normalised"/>, so two details compare equal when a
/// person would call them equal (the import's "unchanged" rests on that).
/// </summary>
public sealed record StakeholderDetails
{
    public const int NameMaxLength = 150;
    public const int DepartmentMaxLength = 150;
    public const int ForumDetailMaxLength = 150;
    public const int ContactPersonMaxLength = 150;
    public const int EmailMaxLength = 254;
    public const int NotesMaxLength = 4000;
    public const int TagsMaxLength = 500;

    public required string Name { get; init; }
    public StakeholderKind? Kind { get; init; }

    /// <summary>The department (for internal stakeholders) or the organisation a person belongs to.</summary>
    public string? Department { get; init; }

    /// <summary>Null when the stakeholder belongs to no group: a longlist pasted without a group stays without one.</summary>
    public StakeholderGroup? Group { get; init; }

    /// <summary>An organisation-defined group; only with <see cref="StakeholderGroup.Andere"/>.</summary>
    public int? CustomGroupId { get; init; }

    public StakeholderSide? Side { get; init; }
    public StakeholderEngagement? Engagement { get; init; }
    public StakeholderForum? Forum { get; init; }

    /// <summary>Which forum exactly, e.g. the name of the "other" body or "klimaattafel Noord".</summary>
    public string? ForumDetail { get; init; }

    public string? ContactPerson { get; init; }
    public string? ContactEmail { get; init; }
    public string? Notes { get; init; }

    /// <summary>Normalised tags, see <see cref="StakeholderText.NormaliseTags"/>.</summary>
    public string? Tags { get; init; }

    public StakeholderDetails Normalised() => this with
    {
        Name = StakeholderText.Clean(Name) ?? "",
        Department = StakeholderText.Clean(Department),
        Group = CustomGroupId is null ? Group : StakeholderGroup.Andere,
        ForumDetail = StakeholderText.Clean(ForumDetail),
        ContactPerson = StakeholderText.Clean(ContactPerson),
        ContactEmail = StakeholderText.Clean(ContactEmail),
        Notes = StakeholderText.CleanMultiline(Notes),
        Tags = StakeholderText.NormaliseTags(Tags),
    };
}

/// <summary>Text rules of the register: clean values, comparable names and normalised tags.</summary>
public static class StakeholderText
{
    public const int MaxTags = 20;
    public const int TagMaxLength = 40;

    /// <summary>Trims and collapses inner whitespace to single spaces; blank becomes null.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Keeps line breaks (notes), normalised to \n; trims the whole; blank becomes null.</summary>
    public static string? CleanMultiline(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>
    /// The form of a name used to find duplicates: case, accents and spacing do not count, so
    /// "Kringwinkel  Demoland" and "kringwinkel démoland" are the same stakeholder.
    /// </summary>
    public static string NameKey(string name)
    {
        var cleaned = Clean(name) ?? "";
        var decomposed = cleaned.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Tags typed as "Energie, jongeren ; energie" become "energie, jongeren": split on commas and
    /// semicolons, cleaned, lower case, without duplicates, sorted. Null when there are none.
    /// </summary>
    public static string? NormaliseTags(string? input)
    {
        var tags = SplitTags(input);
        return tags.Count == 0 ? null : string.Join(", ", tags);
    }

    public static IReadOnlyList<string> SplitTags(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }
        return [.. input.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Clean(t)?.ToLower(CultureInfo.InvariantCulture))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Resource key of the first problem with a tag list, or null when it is acceptable.</summary>
    public static string? TagProblem(string? input)
    {
        var tags = SplitTags(input);
        if (tags.Count > MaxTags)
        {
            return "Stakeholders.Validation.TooManyTags";
        }
        return tags.Any(t => t.Length > TagMaxLength) ? "Stakeholders.Validation.TagTooLong" : null;
    }

    /// <summary>A plain check of an e-mail address's shape (something@domain.tld); the address is only shown, never mailed.</summary>
    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
