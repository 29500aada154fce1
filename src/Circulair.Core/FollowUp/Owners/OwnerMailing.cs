namespace Circulair.FollowUp.Owners;

/// <summary>The three mails of a follow-up round: the cycle's request, a reminder before its deadline and one after.</summary>
public enum OwnerMailKind
{
    Request = 1,
    ReminderBefore = 2,
    ReminderAfter = 3,
}

public enum OwnerMailStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>
/// One mail to one owner (an address) in one round of an organisation's follow-up cycle, and the claim on it
/// (decision 0251). The unique key (organisation, round, kind, address) is what makes every mail go out once, however
/// many instances plan it; the claim (<see cref="ClaimedUntil"/>) is taken with FOR UPDATE SKIP LOCKED so that one
/// instance sends it. A failed send is retried later and, after the last attempt, stays <see cref="OwnerMailStatus.Failed"/>
/// for the coordinator to see. Plumbing, not domain data: not audited (not <c>IOrganisationScoped</c>), but always
/// read within its organisation.
/// </summary>
public sealed class OwnerMailing
{
    public const int ErrorMaxLength = 500;

    private OwnerMailing()
    {
        EmailKey = "";
        Email = "";
        Name = "";
    }

    public OwnerMailing(int organisationId, DateOnly roundStart, OwnerMailKind kind, string email, string name, DateTime now)
    {
        OrganisationId = organisationId;
        RoundStart = roundStart;
        Kind = kind;
        Email = email;
        EmailKey = OwnerContact.KeyOf(email);
        Name = name;
        Status = OwnerMailStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public DateOnly RoundStart { get; private set; }
    public OwnerMailKind Kind { get; private set; }
    public string EmailKey { get; private set; }
    public string Email { get; private set; }
    public string Name { get; private set; }
    public OwnerMailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }

    public void MarkSent(DateTime now)
    {
        Status = OwnerMailStatus.Sent;
        SentAt = now;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>A failed attempt: retried after a growing pause, and failed for good after <paramref name="maxAttempts"/>.</summary>
    public void MarkFailed(string error, DateTime now, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        ClaimedUntil = null;
        if (Attempts >= maxAttempts)
        {
            Status = OwnerMailStatus.Failed;
            return;
        }
        NextAttemptAt = now + RetryPause(Attempts);
    }

    /// <summary>5, 10, 20, 40… minutes, at most six hours.</summary>
    public static TimeSpan RetryPause(int attempts) => TimeSpan.FromMinutes(Math.Min(360, 5 * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>The coordinator sends a failed mail again: it goes back in the queue with a fresh count.</summary>
    public void Retry(DateTime now)
    {
        if (Status != OwnerMailStatus.Failed)
        {
            return;
        }
        Status = OwnerMailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
