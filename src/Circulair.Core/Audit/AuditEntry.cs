namespace Circulair.Audit;

/// <summary>
/// One field of one change to domain data: who, when, which entity, which field, old → new.
/// Written by <see cref="AuditInterceptor"/> only; never edited except to erase personal values (GDPR).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>
    /// Room for the longest text field of the model (8,000 characters), so the trail keeps whole values; a
    /// Web test checks that no audited text field is longer. Longer values would be cut with an ellipsis.
    /// </summary>
    public const int ValueMaxLength = 8000;

    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    /// <summary>The field holds personal data (marked <see cref="PersonalDataAttribute"/>); its values can be erased on request.</summary>
    public bool IsPersonal { get; set; }

    /// <summary>Set when personal values were erased, so the history says so instead of showing blanks.</summary>
    public bool IsErased { get; set; }

    /// <summary>Groups the rows written by one SaveChanges, so the history can show one change as one line.</summary>
    public Guid ChangeId { get; set; }
}

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
}

/// <summary>Marks a property as personal data: audited, but erasable from the trail when the person asks.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>Keeps a property out of the audit trail (secrets, hashes, derived or bulky values).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>Who is making the current change. The web host reads it from the signed-in user; jobs name themselves.</summary>
public interface IAuditActor
{
    int? UserId { get; }
    string? Name { get; }
}

public sealed class SystemActor(string name) : IAuditActor
{
    public int? UserId => null;
    public string? Name { get; } = name;
}

/// <summary>A person named explicitly, for work done on their behalf outside their request (a queued import).</summary>
public sealed record PersonActor(int? UserId, string? Name) : IAuditActor;
